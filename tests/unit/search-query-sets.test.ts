/**
 * The blind search test set (issue 19): two halves that share no query, cover every family, and
 * point only at pages the site really has.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ValidEntry } from '../../src/checks/types.ts';
import { siteContent } from './helpers.ts';
import { decisionOutcomePath, entryPath } from '../../src/lib/routes.ts';
import { SEARCH_QUERIES_DEV } from '../search-queries-dev.ts';
import { SEARCH_QUERIES_HELD_OUT } from '../search-queries-held-out.ts';
import { SEARCH_FAMILIES } from '../search-query-set.ts';

const ALL = [...SEARCH_QUERIES_DEV, ...SEARCH_QUERIES_HELD_OUT];
const PER_FAMILY = 8;

/** Every address the content gives a page: entries, sectioned pages, the decision tree and its outcomes. */
function siteAddresses(entries: readonly ValidEntry[]): Set<string> {
  const addresses = new Set<string>();
  for (const entry of entries) {
    const section = entry.collection === 'pages' ? (entry as ValidEntry<'pages'>).parsed.section : undefined;
    addresses.add(entryPath(entry.collection, entry.id, section));
    if (entry.collection === 'decisions')
      for (const outcome of (entry as ValidEntry<'decisions'>).parsed.outcomes)
        addresses.add(decisionOutcomePath(outcome.id));
  }
  return addresses;
}

test('the two halves are the same size give or take one, and share no query', () => {
  assert.ok(ALL.length >= 130, `${ALL.length} queries, expected at least 130`);
  assert.ok(Math.abs(SEARCH_QUERIES_DEV.length - SEARCH_QUERIES_HELD_OUT.length) <= 1);
  const seen = new Set<string>();
  const repeated = ALL.map((item) => item.query.toLowerCase()).filter((query) => seen.has(query) || !seen.add(query));
  assert.deepEqual(repeated, []);
});

test(`every family has at least ${PER_FAMILY} queries, split across both halves`, () => {
  for (const family of SEARCH_FAMILIES) {
    const dev = SEARCH_QUERIES_DEV.filter((item) => item.family === family).length;
    const heldOut = SEARCH_QUERIES_HELD_OUT.filter((item) => item.family === family).length;
    assert.ok(dev + heldOut >= PER_FAMILY, `${family}: ${dev + heldOut} queries`);
    assert.ok(Math.abs(dev - heldOut) <= 1, `${family}: ${dev} in the development half, ${heldOut} held out`);
  }
  assert.deepEqual(
    ALL.filter((item) => !SEARCH_FAMILIES.includes(item.family)).map((item) => item.query),
    [],
  );
});

test('every query has a situation, and the language-notice queries sit in both halves', () => {
  assert.deepEqual(
    ALL.filter((item) => item.situation.trim().length < 10).map((item) => item.query),
    [],
  );
  for (const half of [SEARCH_QUERIES_DEV, SEARCH_QUERIES_HELD_OUT])
    assert.ok(half.some((item) => item.expect === 'language-notice'));
});

test('every target is the address of a page the content publishes', async () => {
  const { entries } = await siteContent();
  const addresses = siteAddresses(entries);
  const unknown = ALL.flatMap((item) =>
    item.targets.filter((target) => !addresses.has(target)).map((target) => `"${item.query}": ${target}`),
  );
  assert.deepEqual(unknown, []);
});
