/** The real content: it passes every rule, and every collection has at least one entry to show. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { formatProblem } from '../../src/checks/problems.ts';
import { siteContent } from './helpers.ts';

test('the site’s content passes every schema and integrity rule', async () => {
  const { entries, problems } = await siteContent();
  assert.deepEqual(problems.map(formatProblem), []);
  for (const collection of COLLECTION_NAMES) {
    assert.ok(
      entries.some((entry) => entry.collection === collection),
      `content/${collection}/ has no entry`,
    );
  }
});
