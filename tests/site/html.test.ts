/** Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.mjs lists the exceptions and why). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, pageFile } from '../checks/dist.ts';

test('html-validate reports nothing on any built page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
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
