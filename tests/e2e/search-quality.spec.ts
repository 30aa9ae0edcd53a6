/**
 * The search page answers as the search measured in Node does. The quality measures
 * (tests/site/search-quality.test.ts) run the built site's own index, files and steps in Node,
 * since typing hundreds of queries into a browser took a fifth of the browser tests' time; this
 * test types a sample of the same queries into the page and checks that it shows the same first
 * results, and the same note for a query in another language. The sample is every query a first
 * review found failing, every query in another language, and an even spread of the rest. The
 * held-out half is left out: a difference would print its queries.
 */
import { nodeSearch } from '../checks/search-node.ts';
import { MUST_FIND, SEARCH_CASES } from '../search-queries.ts';
import { SEARCH_QUERIES_DEV } from '../search-queries-dev.ts';
import { SEARCH_QUERIES_FRESH } from '../search-queries-fresh.ts';
import { SITUATION_QUERIES } from '../situation-queries.ts';
import { openSearch, searchEach } from './search-page.ts';
import { expect, test } from './fixtures.ts';

const TOP = 5;
/** One query in this many from each set, besides those the sample always holds. */
const SPREAD = 8;

const blind = [...SEARCH_QUERIES_DEV, ...SEARCH_QUERIES_FRESH];
const everyOther = (queries: readonly string[]) => queries.filter((_, index) => index % SPREAD === 0);
const SAMPLE = [
  ...new Set([
    ...MUST_FIND,
    ...blind.filter((item) => item.expect === 'language-notice').map((item) => item.query),
    ...everyOther(SEARCH_CASES.map((item) => item.query)),
    ...everyOther(SITUATION_QUERIES.map((item) => item.query)),
    ...everyOther(blind.map((item) => item.query)),
  ]),
];

test(`the search page shows the same first ${TOP} results as the search measured in Node, for ${SAMPLE.length} queries`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(SAMPLE.length).toBeGreaterThanOrEqual(50);
  const search = await nodeSearch();
  const expected = await Promise.all(SAMPLE.map((query) => search(query)));
  await openSearch(page);
  const shown = await searchEach(page, SAMPLE);
  const differences = SAMPLE.flatMap((query, index) => {
    const inNode = expected[index]!;
    const onPage = shown[index]!;
    const nodeTop = inNode.results.slice(0, TOP).join(', ');
    const pageTop = onPage.results.slice(0, TOP).join(', ');
    const faults = [];
    if (nodeTop !== pageTop)
      faults.push(`"${query}": the page shows ${pageTop || 'nothing'}; Node found ${nodeTop || 'nothing'}`);
    if (inNode.foreign !== onPage.inEnglishNotice)
      faults.push(
        `"${query}": the note that the guidance is in English is ${onPage.inEnglishNotice ? 'shown' : 'not shown'} on the page, not in Node`,
      );
    return faults;
  });
  expect(differences).toEqual([]);
});
