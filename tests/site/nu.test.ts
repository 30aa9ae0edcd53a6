/**
 * Every built page is valid HTML by the W3C Nu Html Checker itself (vnu), run once over dist/.
 * tests/checks/nu.ts says why the Content-Security-Policy warnings it gives on file: URLs are set
 * apart; every other warning and every error fails the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIST, builtPages } from '../checks/dist.ts';
import { describe, javaMissing, runNu } from '../checks/nu.ts';

test('the Nu Html Checker finds no error and no warning on any built page', () => {
  assert.equal(javaMissing(), undefined);
  const started = performance.now();
  const report = runNu(DIST);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `# Nu Html Checker: ${builtPages().length} pages in ${seconds} s: ` +
      `${report.errors.length} errors, ${report.warnings.length} warnings, ` +
      `${report.policyOnFiles.length} CSP warnings of file: URLs (set apart), ${report.info.length} info`,
  );
  assert.deepEqual(describe(report.errors, DIST), []);
  assert.deepEqual(describe(report.warnings, DIST), []);
});
