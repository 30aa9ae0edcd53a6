/** Every internal link and #anchor in the built site resolves (check-html-links over dist/, external links skipped). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIST, builtPages } from '../checks/dist.ts';
import { brokenLinks } from '../checks/links.ts';

test('no broken internal link or anchor', async () => {
  const report = await brokenLinks(DIST);
  assert.ok(report.checked >= builtPages().length, `only ${report.checked} pages were read`);
  assert.deepEqual(report.broken, []);
});
