/**
 * Search as stressed maintainers use it, measured on the built site's search run in Node
 * (tests/checks/search-node.ts: the page's own index, files and steps; the browser test
 * tests/e2e/search-quality.spec.ts shows the page answers a sample of these queries the same way).
 * A query passes when a right page is among the first five results (three for situations).
 * - tests/search-queries.ts, the project's own everyday queries and paraphrases: at least 90 % must
 *   pass, and every query a first review found failing.
 * - tests/situation-queries.ts, readers' descriptions of their situation: at least 90 % in the top three.
 * - The blind set of issue 19 (tests/search-queries-dev.ts, tests/search-queries-held-out.ts): the
 *   development half prints its misses for whoever tunes the search; the held-out half prints only
 *   its score, never its queries or misses: it must not fall below its last score, and issue 19 asks
 *   90 % of it (not met yet, marked as a known failure below). A query in another language passes
 *   when the page would say the guidance is in English for now.
 * - The fresh development set (tests/search-queries-fresh.ts), written after the twelve newer
 *   situation pages: it prints its score and misses like the development half, with no pass bar.
 * - The blind validation set (tests/search-queries-validation.ts), written after those: only its
 *   score, which must not fall below its last one.
 * - Two sets written at the same time, blind to each other and to every set above: a second
 *   development set (tests/search-queries-dev2.ts), which prints its misses, and a second blind set
 *   (tests/search-queries-blind2.ts), which prints only its score and must not fall below it.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { nodeSearch, type NodeAnswer } from '../checks/search-node.ts';
import { EVERYDAY_CASES, MUST_FIND, PARAPHRASE_CASES, SEARCH_CASES, type SearchCase } from '../search-queries.ts';
import { SEARCH_QUERIES_BLIND2 } from '../search-queries-blind2.ts';
import { SEARCH_QUERIES_DEV } from '../search-queries-dev.ts';
import { SEARCH_QUERIES_DEV2 } from '../search-queries-dev2.ts';
import { SEARCH_QUERIES_FRESH } from '../search-queries-fresh.ts';
import { SEARCH_QUERIES_HELD_OUT } from '../search-queries-held-out.ts';
import { SEARCH_QUERIES_VALIDATION } from '../search-queries-validation.ts';
import type { SearchQuery } from '../search-query-set.ts';
import { SITUATION_QUERIES } from '../situation-queries.ts';

const TOP = 5;
const REQUIRED = 0.9;
/** Readers' descriptions of their situation must find it this high. */
const SITUATION_TOP = 3;
/** Issue 19's bar for the held-out half. */
const HELD_OUT_REQUIRED = 0.9;
const EXPECTED_NOTICE = 'the note that the guidance is in English';

let search: (query: string) => Promise<NodeAnswer>;
before(async () => {
  search = await nodeSearch();
});

const searchAll = (queries: readonly string[]) => Promise.all(queries.map((query) => search(query)));

const scoreLine = (found: number, total: number, top = TOP) =>
  `${found} of ${total} (${((found / total) * 100).toFixed(0)} %) in the top ${top}`;

/** One half of the blind set: a query misses when none of its targets is in the top five. */
async function runBlindSet(queries: readonly SearchQuery[]): Promise<{ found: number; misses: string[] }> {
  const answers = await searchAll(queries.map((item) => item.query));
  const misses: string[] = [];
  for (const [index, item] of queries.entries()) {
    const { results, foreign } = answers[index]!;
    const top = results.slice(0, TOP);
    const targets = item.targets.map((target) => target.replace(/^\//, ''));
    const notice = item.expect === 'language-notice';
    if (notice ? foreign : targets.some((target) => top.includes(target))) continue;
    const expected = notice ? EXPECTED_NOTICE : targets.join(', ') || 'no page yet';
    misses.push(`"${item.query}": expected ${expected}; got ${top.join(', ') || 'nothing'}`);
  }
  return { found: queries.length - misses.length, misses };
}

test(`at least ${REQUIRED * 100} % of the everyday queries find a right page in the top ${TOP}, and every query a first review found failing`, async () => {
  assert.ok(SEARCH_CASES.length >= 50, `only ${SEARCH_CASES.length} everyday queries`);
  const shown = await searchAll(SEARCH_CASES.map((item) => item.query));
  const misses: string[] = [];
  /** Per query: the rank of the first right page (0 when none is in the top five), and how many are there. */
  const scores = new Map<string, { rank: number; right: number }>();
  for (const [index, { query, answers }] of SEARCH_CASES.entries()) {
    const top = shown[index]!.results.slice(0, TOP);
    if (!answers.some((answer) => top.includes(answer))) misses.push(`"${query}": got ${top.join(', ') || 'nothing'}`);
    scores.set(query, {
      rank: top.findIndex((path) => answers.includes(path)) + 1,
      right: top.filter((path) => answers.includes(path)).length,
    });
  }
  // For each set: right pages in the top five, the share of the top five that is right, and the
  // mean reciprocal rank of the first right page.
  const measure = (name: string, cases: readonly SearchCase[]) => {
    const each = cases.map((item) => scores.get(item.query)!);
    const found = each.filter((score) => score.rank > 0).length;
    const precision = each.reduce((sum, score) => sum + score.right / TOP, 0) / each.length;
    const reciprocal = each.reduce((sum, score) => sum + (score.rank > 0 ? 1 / score.rank : 0), 0) / each.length;
    return `${name}: ${scoreLine(found, each.length)}, precision at ${TOP} ${precision.toFixed(2)}, mean reciprocal rank ${reciprocal.toFixed(2)}`;
  };
  const found = SEARCH_CASES.length - misses.length;
  console.log(
    `search quality: ${scoreLine(found, SEARCH_CASES.length)}` +
      `\n  ${measure('everyday queries', EVERYDAY_CASES)}\n  ${measure('paraphrases', PARAPHRASE_CASES)}` +
      misses.map((miss) => `\n  missed ${miss}`).join(''),
  );
  const missing = MUST_FIND.filter((query) => !SEARCH_CASES.some((item) => item.query === query));
  assert.deepEqual(missing, [], 'a query the first review found failing is no longer in tests/search-queries.ts');
  assert.deepEqual(
    misses.filter((miss) => MUST_FIND.some((query) => miss.startsWith(`"${query}"`))),
    [],
  );
  assert.ok(
    found / SEARCH_CASES.length >= REQUIRED,
    `queries without a right answer in the top ${TOP}:\n${misses.join('\n')}`,
  );
});

test(`at least ${REQUIRED * 100} % of readers' descriptions find their situation in the top ${SITUATION_TOP}`, async () => {
  assert.ok(SITUATION_QUERIES.length >= 60, `only ${SITUATION_QUERIES.length} situation queries`);
  const shown = await searchAll(SITUATION_QUERIES.map((item) => item.query));
  const misses: string[] = [];
  for (const [index, { query, answers }] of SITUATION_QUERIES.entries()) {
    const top = shown[index]!.results.slice(0, SITUATION_TOP);
    if (!answers.some((answer) => top.includes(answer))) misses.push(`"${query}": got ${top.join(', ') || 'nothing'}`);
  }
  const found = SITUATION_QUERIES.length - misses.length;
  console.log(
    `situation search: ${scoreLine(found, SITUATION_QUERIES.length, SITUATION_TOP)}` +
      misses.map((miss) => `\n  missed ${miss}`).join(''),
  );
  assert.ok(found / SITUATION_QUERIES.length >= REQUIRED, misses.join('\n'));
});

// Sets open to tuning: each prints its score and misses. Issue 19 sets no share for them, but
// every query in another language must get the note.
for (const [name, queries] of [
  ['blind set, development half', SEARCH_QUERIES_DEV],
  ['fresh development set', SEARCH_QUERIES_FRESH],
  ['second development set', SEARCH_QUERIES_DEV2],
] as const) {
  test(`${name}: ${queries.length} queries, with their misses; each in another language gets the note`, async () => {
    const { found, misses } = await runBlindSet(queries);
    console.log(
      `search quality, ${name}: ${scoreLine(found, queries.length)}` +
        misses.map((miss) => `\n  missed ${miss}`).join(''),
    );
    assert.deepEqual(
      misses.filter((miss) => miss.includes(EXPECTED_NOTICE)),
      [],
    );
  });
}

/**
 * Sets that print only their score, never their queries or misses, and must not fall below the
 * last score measured. Raise a floor when the score rises; never tune on their queries.
 * - The validation set, written blind on 6 December 2026 after the sets above: 121 of 130 after
 *   that day's first changes, then 125 with pages' names matched whole, 126 with the TLP label
 *   pages' new aliases, and 125 again after the expert re-read of the same evening gave the
 *   danger exit's message to the person at risk two safety sentences (warn them at once; never ask
 *   a child to keep it secret). Bisecting that re-read's 21 edits to the decision tree found that
 *   one part alone moved the score; the floor was lowered for safety, not for a search change.
 * - The second blind set, written blind the same day, beside the second development set: 108 of
 *   138 on the search before pages' names were matched whole (its first run, on main at af64916),
 *   118 with them, 119 with the TLP label pages' new aliases, 121 with the decision outcomes' and
 *   norms' aliases in readers' words.
 */
for (const [name, queries, floor] of [
  ['blind validation set', SEARCH_QUERIES_VALIDATION, 125],
  ['second blind set', SEARCH_QUERIES_BLIND2, 121],
] as const) {
  test(`${name}: no fewer than ${floor} of ${queries.length} queries find a right page in the top ${TOP}`, async () => {
    const { found } = await runBlindSet(queries);
    const result = scoreLine(found, queries.length);
    console.log(`search quality, ${name}: ${result}`);
    assert.ok(found >= floor, `${name}: ${result}; its queries are not shown, so that no one tunes on them`);
  });
}

// The held-out half reports its score and nothing else: its queries and misses would invite tuning.
// It is measured once; two tests judge it. The first is a floor that must hold: the score last
// measured, so a change to search cannot make it worse unnoticed. The second is issue 19's bar,
// which the search does not reach yet: it is marked as a known failure (todo), so it runs and
// prints the score in every `npm test`, and CI stays usable for everything else. The day the bar is
// met, the mark must go. Do not lower the bar, and do not tune the search, its aliases or its word
// map on these queries.
/**
 * Measured on 6 December 2026: 57 of 71 (hq2), then 58 of 71 (h19b, h19d), then 59 of 71 after a
 * review of the answer lists, blind to results, added seven pages written after the set (h19q):
 * the search itself did not change; then 62 of 71 with pages' names (title and aliases) matched
 * whole (h19p). Raise it when the score rises.
 */
const FLOOR = 62;
let heldOut = -1;

test(`blind set, held-out half: no fewer than ${FLOOR} of ${SEARCH_QUERIES_HELD_OUT.length} queries find a right page in the top ${TOP}`, async () => {
  heldOut = (await runBlindSet(SEARCH_QUERIES_HELD_OUT)).found;
  const result = scoreLine(heldOut, SEARCH_QUERIES_HELD_OUT.length);
  console.log(`search quality, blind held-out half: ${result}`);
  assert.ok(heldOut >= FLOOR, `held-out half: ${result}; its queries are not shown, so that no one tunes on them`);
});

test(
  `blind set, held-out half: issue 19's bar, at least ${HELD_OUT_REQUIRED * 100} % of them`,
  { todo: 'issue 19: the held-out half is below 90 % (62 of 71 on 6 December 2026)' },
  () => {
    assert.ok(heldOut >= 0, 'the held-out half was measured by the test before');
    assert.ok(
      heldOut / SEARCH_QUERIES_HELD_OUT.length >= HELD_OUT_REQUIRED,
      `held-out half: ${scoreLine(heldOut, SEARCH_QUERIES_HELD_OUT.length)}, below the ${HELD_OUT_REQUIRED * 100} % issue 19 asks`,
    );
  },
);
