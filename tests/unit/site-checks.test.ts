/** The built-site gates each catch a planted fault (tests/fixtures/site/) before they are trusted on dist/. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { inlineCode, missingMeta, policyProblems } from '../checks/html.ts';
import { brokenLinks } from '../checks/links.ts';
import { FIXTURES } from './helpers.ts';

const planted = readFileSync(`${FIXTURES}/site/index.html`, 'utf8');

test('html-validate, with the site’s configuration, finds the unclosed element', async () => {
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(`${FIXTURES}/site/index.html`);
  const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
  assert.ok(rules.includes('close-order'), rules.join());
  assert.ok(rules.includes('no-inline-style'), rules.join());
});

test('the link check finds a missing page and a missing anchor, and passes the good ones', async () => {
  const report = await brokenLinks(`${FIXTURES}/site`, 4398);
  assert.equal(report.broken.length, 2, report.broken.join('\n'));
  assert.ok(report.broken.some((link) => link.includes('/missing/')));
  assert.ok(report.broken.some((link) => link.includes('#nowhere')));
});

test('a weak policy, inline code and missing meta tags are found', () => {
  assert.deepEqual(policyProblems(planted, false), [
    "object-src is not 'none'",
    'allows inline code, eval, wildcards or other origins',
  ]);
  assert.deepEqual(inlineCode(planted), ['onclick=', 'style=']);
  assert.equal(missingMeta(planted).length, 5);
});
