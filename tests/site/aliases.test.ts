/**
 * Every entry's aliases reach its page, where search weighs them high: a page that drops them
 * (as the section pages and the decision framework once did) leaves readers who use those words
 * with nothing. And the search page's table of names has each indexed page's title and aliases.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pageAliases, type AliasedEntry } from '../../src/lib/page-names.ts';
import { storedNames, type NameTable } from '../../src/lib/search-names.ts';
import { aliasesNotShown } from '../checks/aliases.ts';
import { pageFile } from '../checks/dist.ts';
import { builtSearch } from '../checks/search-node.ts';
import { siteContent } from '../unit/helpers.ts';

/** Each page with the aliases its entries give it (the decision framework has two entries). */
async function aliasesByPage(): Promise<Map<string, string[]>> {
  const { entries } = await siteContent();
  return pageAliases(entries.map((entry) => ({ ...entry, data: entry.parsed }) as AliasedEntry));
}

test('every page shows the aliases its entry gives it, so search finds it by them', async () => {
  const pages = await aliasesByPage();
  assert.ok(pages.size > 300, `only ${pages.size} pages have aliases`);
  const problems = [...pages].flatMap(([path, aliases]) => {
    const file = pageFile(path.replace(/^\//, ''));
    if (!existsSync(file)) return [`${path}: no built page for entries with aliases`];
    const missing = aliasesNotShown(readFileSync(file, 'utf8'), aliases);
    return missing.length > 0 ? [`${path} does not show: ${missing.join('; ')}`] : [];
  });
  assert.deepEqual(problems, []);
});

test("the search page's names table has every indexed page's title, then its aliases, by Pagefind's page id", async () => {
  const [pages, { pagefind, base, data, json }] = await Promise.all([aliasesByPage(), builtSearch()]);
  const table = json<NameTable>(data('dataNames'));
  const indexed = (await pagefind.search(null))?.results ?? [];
  assert.ok(indexed.length > 300, `only ${indexed.length} pages are indexed`);
  const problems = await Promise.all(
    indexed.map(async (result) => {
      const page = await result.data();
      const path = `/${page.url.slice(base.length)}`;
      const expected = storedNames([page.meta.title ?? '', ...(pages.get(path) ?? [])]);
      return JSON.stringify(table[result.id]) === JSON.stringify(expected)
        ? []
        : [`${path} (${result.id}): ${JSON.stringify(table[result.id])}, expected ${JSON.stringify(expected)}`];
    }),
  );
  assert.deepEqual(problems.flat(), []);
  assert.equal(Object.keys(table).length, indexed.length, 'the table names pages the index does not have');
});
