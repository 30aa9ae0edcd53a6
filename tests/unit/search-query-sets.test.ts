/**
 * The blind search test set (issue 19): two halves that share no query, cover every family, and
 * point only at pages the site really has. Each later set (fresh, validation, second development,
 * second blind) repeats no query of the sets before it, covers every family too, and points only
 * at real pages.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import type { ValidEntry } from '../../src/checks/types.ts';
import { siteContent } from './helpers.ts';
import { entryPages, type AliasedEntry } from '../../src/lib/page-names.ts';
import { SEARCH_QUERIES_BLIND2 } from '../search-queries-blind2.ts';
import { SEARCH_QUERIES_DEV } from '../search-queries-dev.ts';
import { SEARCH_QUERIES_DEV2 } from '../search-queries-dev2.ts';
import { SEARCH_QUERIES_FRESH } from '../search-queries-fresh.ts';
import { SEARCH_QUERIES_HELD_OUT } from '../search-queries-held-out.ts';
import { SEARCH_QUERIES_VALIDATION } from '../search-queries-validation.ts';
import { SEARCH_FAMILIES, type SearchQuery } from '../search-query-set.ts';

const ALL = [...SEARCH_QUERIES_DEV, ...SEARCH_QUERIES_HELD_OUT];
const PER_FAMILY = 8;
/** Issue 19's brief for the fresh set: at least 100 queries, at least five in each family. */
const FRESH_MIN = 100;
const FRESH_PER_FAMILY = 5;
const VALIDATION_MIN = 120;
const VALIDATION_PER_FAMILY = 6;

/** Pages written as code, not content, such as the exposure check (src/pages/check.astro is /check/). */
const CODE_PAGES = readdirSync(new URL('../../src/pages/', import.meta.url))
  .filter((file) => file.endsWith('.astro') && !file.startsWith('[') && !['index.astro', '404.astro'].includes(file))
  .map((file) => `/${file.replace(/\.astro$/, '')}/`);

/** Every address the site gives a page: the entries' pages and the pages written as code. */
function siteAddresses(entries: readonly ValidEntry[]): Set<string> {
  const pages = entryPages(entries.map((entry) => ({ ...entry, data: entry.parsed }) as AliasedEntry));
  return new Set([...CODE_PAGES, ...pages.keys()]);
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
  const later = [SEARCH_QUERIES_FRESH, SEARCH_QUERIES_VALIDATION, SEARCH_QUERIES_DEV2, SEARCH_QUERIES_BLIND2];
  const unknown = [...ALL, ...later.flat()].flatMap((item) =>
    item.targets.filter((target) => !addresses.has(target)).map((target) => `"${item.query}": ${target}`),
  );
  assert.deepEqual(unknown, []);
});

/** A later set: at least this many queries and this many per family, and no query of an earlier set again. */
function checkLaterSet(
  name: string,
  queries: readonly SearchQuery[],
  earlier: readonly SearchQuery[],
  min: number,
  perFamily: number,
) {
  test(`the ${name} set has at least ${min} queries, ${perFamily} per family, none repeated from an earlier set`, () => {
    assert.ok(queries.length >= min, `${queries.length} ${name} queries`);
    for (const family of SEARCH_FAMILIES) {
      const count = queries.filter((item) => item.family === family).length;
      assert.ok(count >= perFamily, `${family}: ${count} ${name} queries`);
    }
    const seen = new Set(earlier.map((item) => item.query.toLowerCase()));
    const repeated = queries
      .map((item) => item.query.toLowerCase())
      .filter((query) => seen.has(query) || !seen.add(query));
    assert.deepEqual(repeated, []);
    assert.deepEqual(
      queries
        .filter((item) => item.situation.trim().length < 10 || item.targets.length === 0)
        .map((item) => item.query),
      [],
    );
    assert.ok(queries.some((item) => item.expect === 'language-notice'));
  });
}

checkLaterSet('fresh', SEARCH_QUERIES_FRESH, ALL, FRESH_MIN, FRESH_PER_FAMILY);
checkLaterSet(
  'validation',
  SEARCH_QUERIES_VALIDATION,
  [...ALL, ...SEARCH_QUERIES_FRESH],
  VALIDATION_MIN,
  VALIDATION_PER_FAMILY,
);
// Written at the same time, blind to each other and to every set above.
checkLaterSet(
  'second development',
  SEARCH_QUERIES_DEV2,
  [...ALL, ...SEARCH_QUERIES_FRESH, ...SEARCH_QUERIES_VALIDATION],
  VALIDATION_MIN,
  VALIDATION_PER_FAMILY,
);
checkLaterSet(
  'second blind',
  SEARCH_QUERIES_BLIND2,
  [...ALL, ...SEARCH_QUERIES_FRESH, ...SEARCH_QUERIES_VALIDATION, ...SEARCH_QUERIES_DEV2],
  VALIDATION_MIN,
  VALIDATION_PER_FAMILY,
);
