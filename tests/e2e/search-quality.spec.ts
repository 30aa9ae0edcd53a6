/**
 * Search as stressed maintainers use it: each query is typed into the search page, and passes when a
 * right answer is among the first five results.
 * - tests/search-queries.ts, the project's own everyday queries and paraphrases: at least 90 % must
 *   pass, and every query a first review found failing.
 * - The blind set of issue 19 (tests/search-queries-dev.ts, tests/search-queries-held-out.ts): the
 *   development half prints its misses for whoever tunes the search; the held-out half prints only
 *   its score, never its queries or misses: it must not fall below its last score, and issue 19 asks 90 %
 *   of it (not met yet, marked as a known failure below). A query in another
 *   language passes when the page says the guidance is in English for now.
 * - The fresh development set (tests/search-queries-fresh.ts), written after the twelve newer
 *   situation pages: it prints its score and misses like the development half, with no pass bar.
 */
import type { Page } from '@playwright/test';
import { openSearch, searchEach } from './search-page.ts';
import { EVERYDAY_CASES, PARAPHRASE_CASES, SEARCH_CASES, type SearchCase } from '../search-queries.ts';
import { SEARCH_QUERIES_DEV } from '../search-queries-dev.ts';
import { SEARCH_QUERIES_FRESH } from '../search-queries-fresh.ts';
import { SEARCH_QUERIES_HELD_OUT } from '../search-queries-held-out.ts';
import type { SearchQuery } from '../search-query-set.ts';
import { expect, test } from './fixtures.ts';

const TOP = 5;
const REQUIRED = 0.9;
/** Issue 19's bar for the held-out half. */
const HELD_OUT_REQUIRED = 0.9;
const EXPECTED_NOTICE = 'the note that the guidance is in English';
/** The queries a first review found failing: each of these must find a right page, not just most. */
const MUST_FIND = [
  'hospital',
  'release delayed',
  'fake account pretending to be maintainer',
  'harassment campaign across projects',
  'harassment campaign',
  'conduct investigation finished',
  'get ready for a crisis',
  'leaked private logs',
  'impersonation',
  'press inquiry',
];

/** One half of the blind set: a query misses when none of its targets is in the top five. */
async function runBlindHalf(page: Page, queries: readonly SearchQuery[]): Promise<{ found: number; misses: string[] }> {
  await openSearch(page);
  const answers = await searchEach(
    page,
    queries.map((item) => item.query),
  );
  const misses: string[] = [];
  for (const [index, item] of queries.entries()) {
    const { results, inEnglishNotice } = answers[index]!;
    const top = results.slice(0, TOP);
    const targets = item.targets.map((target) => target.replace(/^\//, ''));
    const notice = item.expect === 'language-notice';
    if (notice ? inEnglishNotice : targets.some((target) => top.includes(target))) continue;
    const expected = notice ? EXPECTED_NOTICE : targets.join(', ') || 'no page yet';
    misses.push(`"${item.query}": expected ${expected}; got ${top.join(', ') || 'nothing'}`);
  }
  return { found: queries.length - misses.length, misses };
}

const scoreLine = (found: number, total: number) =>
  `${found} of ${total} (${((found / total) * 100).toFixed(0)} %) in the top ${TOP}`;

test(`at least ${REQUIRED * 100} % of ${SEARCH_CASES.length} everyday queries find a right page in the top ${TOP}`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(50);
  await openSearch(page);
  const shown = await searchEach(
    page,
    SEARCH_CASES.map((item) => item.query),
  );
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
  const share = found / SEARCH_CASES.length;
  test.info().annotations.push({
    type: 'search',
    description: `${found} of ${SEARCH_CASES.length} queries (${(share * 100).toFixed(0)} %) find a right page in the top ${TOP}`,
  });
  for (const miss of misses) test.info().annotations.push({ type: 'miss', description: miss });
  console.log(
    `search quality: ${scoreLine(found, SEARCH_CASES.length)}` +
      `\n  ${measure('everyday queries', EVERYDAY_CASES)}\n  ${measure('paraphrases', PARAPHRASE_CASES)}` +
      misses.map((miss) => `\n  missed ${miss}`).join(''),
  );
  expect(MUST_FIND.every((query) => SEARCH_CASES.some((item) => item.query === query))).toBe(true);
  expect(misses.filter((miss) => MUST_FIND.some((query) => miss.startsWith(`"${query}"`)))).toEqual([]);
  expect(share, `queries without a right answer in the top ${TOP}:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
    REQUIRED,
  );
});

// Sets open to tuning: each prints its score and misses. Issue 19 sets no share for them, but
// every query in another language must get the note.
for (const [name, queries] of [
  ['blind set, development half', SEARCH_QUERIES_DEV],
  ['fresh development set', SEARCH_QUERIES_FRESH],
] as const) {
  test(`${name}: ${queries.length} queries, with their misses`, async ({ page }) => {
    test.setTimeout(180_000);
    const { found, misses } = await runBlindHalf(page, queries);
    for (const miss of misses) test.info().annotations.push({ type: 'miss', description: miss });
    console.log(
      `search quality, ${name}: ${scoreLine(found, queries.length)}` +
        misses.map((miss) => `\n  missed ${miss}`).join(''),
    );
    expect(misses.filter((miss) => miss.includes(EXPECTED_NOTICE))).toEqual([]);
  });
}

// The held-out half reports its score and nothing else: its queries and misses would invite tuning.
// It is measured once; two tests judge it. The first is a floor that must hold: the score last
// measured, so a change to search cannot make it worse unnoticed. The second is issue 19's bar,
// which the search does not reach yet: it is marked as a known failure (test.fail), so it runs and
// prints the score in every `npm test`, CI stays usable for everything else, and the day the bar is
// met Playwright reports the mark as wrong and it must be removed. Do not lower the bar, and do not
// tune the search, its aliases or its word map on these queries.
test.describe.serial('blind set, held-out half', () => {
  /**
   * Measured on 6 December 2026: 57 of 71 (hq2), then 58 of 71 (h19b, h19d), then 59 of 71 after a
   * review of the answer lists, blind to results, added seven pages written after the set (h19q):
   * the search itself did not change. Raise it when the score rises.
   */
  const FLOOR = 59;
  let found = -1;

  test(`no fewer than ${FLOOR} of ${SEARCH_QUERIES_HELD_OUT.length} queries find a right page in the top ${TOP}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    ({ found } = await runBlindHalf(page, SEARCH_QUERIES_HELD_OUT));
    const result = scoreLine(found, SEARCH_QUERIES_HELD_OUT.length);
    test.info().annotations.push({ type: 'search', description: `held-out half: ${result}` });
    console.log(`search quality, blind held-out half: ${result}`);
    expect(
      found,
      `held-out half: ${result}; its queries are not shown, so that no one tunes on them`,
    ).toBeGreaterThanOrEqual(FLOOR);
  });

  test(`issue 19's bar, known not met yet: at least ${HELD_OUT_REQUIRED * 100} % of them`, () => {
    test.fail(true, 'issue 19: the held-out half is below 90 % (59 of 71 on 6 December 2026)');
    expect(found, 'the held-out half was measured by the test before').toBeGreaterThanOrEqual(0);
    expect(found / SEARCH_QUERIES_HELD_OUT.length).toBeGreaterThanOrEqual(HELD_OUT_REQUIRED);
  });
});
