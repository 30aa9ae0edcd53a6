/** Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.mjs lists the exceptions and why). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIST, builtPages, pageFile } from '../checks/dist.ts';
import { otherConfigs, siteValidator } from '../checks/html-validate.ts';

test('html-validate reports nothing on any built page', async () => {
  assert.deepEqual(otherConfigs(DIST), [], 'html-validate configurations in dist/ that the one resolution would miss');
  const validator = siteValidator();
  const pages = builtPages();
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(pageFile(page));
    for (const result of report.results)
      for (const message of result.messages)
        problems.push(`/${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  }
  assert.ok(pages.length > 100, `only ${pages.length} pages were built`);
  assert.deepEqual(problems, []);
});
