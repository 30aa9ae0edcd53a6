/**
 * Search: Pagefind finds an entry by a word from its body, filters narrow the results, the keyboard
 * alone is enough, results show each page's own label, a query in another language is told so,
 * the word lexicon loads only when needed, and results come fast on a warm page.
 */
import { COMMON_SHARE, LEXICON_FILE, STRONG_PAGES } from '../../src/lib/lexicon.ts';
import { FIRST_TLP_URL, PUBLIC_LABEL } from '../../src/lib/tlp.ts';
import { SEARCH_CASES } from '../search-queries.ts';
import { contentFiles, distinctiveWord, entries, sharedWord } from './content.ts';
import { expect, test } from './fixtures.ts';

const all = contentFiles();
const target = contentFiles('cases')[0]!;
const word = distinctiveWord(target, all);

test('finds an entry by a word that only its body contains', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  const result = page
    .locator('[data-search-results] li')
    .filter({ has: page.getByRole('link', { name: target.title }) });
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Case study');
  await expect(result.locator('.tlp')).toHaveText('TLP:CLEAR');
  // After results, a way on for a reader whose situation none of them names.
  const noneFits = page.locator('[data-search-none-fits]');
  await expect(noneFits).toBeVisible();
  await expect(noneFits.getByRole('link')).toHaveAttribute('href', '/decide/');
});

test('filters by kind narrow the results and are kept in the address', async ({ page }) => {
  await page.goto(`search/?q=${sharedWord('templates', all)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ results?/);
  const initial = (await status.textContent())!;
  const before = Number(initial.match(/^\d+/)![0]);
  await page.getByRole('checkbox', { name: /^Template \(\d+\)$/ }).check();
  await expect(status).not.toHaveText(initial);
  const after = Number((await status.textContent())!.match(/^\d+/)![0]);
  expect(after).toBeLessThan(before);
  expect(after).toBeGreaterThan(0);
  for (const about of await page.locator('.search-result__about').allTextContents())
    expect(about).toContain('Template');
  expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Template']);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Template \(\d+\)$/ })).toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${after} results?`));
});

test('the keyboard alone reaches the header search, runs it, and opens a result', async ({ page }) => {
  await page.goto('');
  let focusedSearch = false;
  for (let press = 0; press < 6 && !focusedSearch; press += 1) {
    await page.keyboard.press('Tab');
    focusedSearch = await page.evaluate(() => document.activeElement?.id === 'site-search');
  }
  expect(focusedSearch, 'the header search box is among the first few Tab stops').toBe(true);
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const link = page.locator('[data-search-results]').getByRole('link', { name: target.title });
  await expect(link).toBeVisible();
  for (let press = 0; press < 120; press += 1) {
    if (await link.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/cases/${target.id}/$`));
});

test('Ctrl+K and / jump to the search box on the search page, and / can be turned off', async ({ page }) => {
  await page.goto('search/');
  const box = page.locator('#search-query');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.getByRole('checkbox', { name: /jump to search/ }).uncheck();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box).not.toBeFocused();
});

test('a template’s result shows the page’s own label, then the label of the message made from it', async ({ page }) => {
  const template = entries('templates').find(
    (entry) => typeof entry.data.messageLabel === 'string' && entry.data.messageLabel !== PUBLIC_LABEL,
  )!;
  const title = String(template.data.title);
  await page.goto(`search/?q=${encodeURIComponent(title)}`);
  const result = page
    .locator('[data-search-results] li')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(result.locator('.search-result__about')).toHaveText(
    `Template · ${PUBLIC_LABEL} · message label: ${String(template.data.messageLabel)}`,
  );
});

test('when nothing matches, the help links the situations list, the decisions and every section', async ({ page }) => {
  // Letters no English word has, and no page: search finds nothing, not even by a corrected spelling.
  const query = 'qzxjvq';
  await page.goto(`search/?q=${query}`);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-shown', query);
  const help = page.locator('[data-search-nothing]');
  await expect(help).toBeVisible();
  const targets = await help
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(targets).toContain('/situations/');
  expect(targets).toContain('/decide/');
  await expect(page.locator('[data-search-none-fits]')).toBeHidden();
  await expect(help.getByRole('link', { name: 'Browse every section' })).toHaveAttribute('href', '#browse-title');
});

test('a query with no English word says the guidance is in English and links FIRST’s TLP page', async ({ page }) => {
  for (const query of ['acoso en el proyecto', '骚扰']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search]')).toHaveAttribute('data-shown', query);
    const notice = page.locator('[data-search-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('in English for now');
    await expect(notice.getByRole('link')).toHaveAttribute('href', FIRST_TLP_URL);
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  }
  // A misspelt English word is corrected, not taken for another language.
  await page.goto(`search/?q=${encodeURIComponent('harrassment')}`);
  await expect(page.locator('[data-search-notice]')).toContainText('Showing results for');
});

test('the word lexicon loads only for a query whose words are weak in the index', async ({ page }) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/${LEXICON_FILE}`)) loads.push(request.url());
  });
  await page.goto('search/');
  const root = page.locator('[data-search]');
  await expect(root).toHaveAttribute('data-ready', 'true');
  // A word of a template's title that enough pages use, and not too many: strong on its own.
  const candidates = [
    ...new Set(contentFiles('templates').flatMap((entry) => entry.title.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])),
  ];
  const strong = await page.evaluate(
    async ({ candidates, least, share }) => {
      const bundle = document.querySelector<HTMLElement>('[data-search]')!.dataset.bundle!;
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      const kinds = (await pagefind.filters()).kind as Record<string, number>;
      const pages = Object.values(kinds).reduce((sum, count) => sum + count, 0);
      for (const word of candidates) {
        const found = (await pagefind.search(`"${word}"`)).results.length;
        if (found >= least && found <= share * pages && (await pagefind.search(word)).results.length >= 5) return word;
      }
      return undefined;
    },
    { candidates, least: STRONG_PAGES, share: COMMON_SHARE },
  );
  expect(strong, 'a word of a template title on enough pages').toBeTruthy();
  await page.locator('#search-query').fill(strong!);
  await expect(root).toHaveAttribute('data-shown', strong!);
  expect(loads).toEqual([]);
  // A word on no page is as weak as a word can be.
  const weak = `${strong} qxzqv`;
  await page.locator('#search-query').fill(weak);
  await expect(root).toHaveAttribute('data-shown', weak);
  expect(loads).toHaveLength(1);
});

test('a word no page uses finds the pages that use a word of the same meaning', async ({ page }) => {
  await page.goto('search/');
  const root = page.locator('[data-search]');
  await expect(root).toHaveAttribute('data-ready', 'true');
  // The first single word of the lexicon that Pagefind does not have, with the words it leads to.
  const { word, related } = await page.evaluate(async () => {
    const { bundle, lexicon: address } = document.querySelector<HTMLElement>('[data-search]')!.dataset;
    const pagefind = await import(/* @vite-ignore */ `${bundle!}pagefind.js`);
    const lexicon = (await (await fetch(address!)).json()) as { expansions: string };
    for (const line of lexicon.expansions.split('\n')) {
      const [key, ...targets] = line.split(' ');
      if (!/^[a-z]{5,}$/.test(key!) || (await pagefind.search(`"${key}"`)).results.length > 0) continue;
      return { word: key!, related: targets.map((target) => target.replace(/^~/, '').replace(/_/g, ' ')) };
    }
    return { word: '', related: [] };
  });
  expect(word, 'a lexicon word the pages do not use').not.toBe('');
  await page.locator('#search-query').fill(word);
  await expect(root).toHaveAttribute('data-shown', word);
  await expect(page.locator('[data-search-notice]')).toHaveText(/same or a broader meaning/);
  const excerpts = (await page.locator('[data-search-results] .search-result').allTextContents())
    .join(' ')
    .toLowerCase();
  expect(related.some((target) => excerpts.includes(target.split(' ')[0]!))).toBe(true);
});

test('on a warm page, the first results show within 100 ms of the query', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('search/');
  const root = page.locator('[data-search]');
  await expect(root).toHaveAttribute('data-ready', 'true');
  const queries = SEARCH_CASES.map((item) => item.query);
  // Warm up: the index reader, the lexicon and the first index chunks load once per visit.
  for (const query of queries.slice(0, 3)) {
    await page.locator('#search-query').fill(query);
    await expect(root).toHaveAttribute('data-shown', query);
  }
  await page.waitForLoadState('networkidle');
  /** From the query typed to its first results drawn, for each query, one after the other. */
  const measure = (round: string[]) =>
    page.evaluate(async (queries) => {
      const box = document.querySelector<HTMLInputElement>('#search-query')!;
      const search = document.querySelector<HTMLElement>('[data-search]')!;
      const measured: number[] = [];
      for (const query of queries) {
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (search.dataset.first === query) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(search, { attributes: true, attributeFilter: ['data-first'] });
        });
        const start = performance.now();
        box.value = query;
        box.dispatchEvent(new Event('input'));
        await shown;
        measured.push(performance.now() - start);
        // Let the search finish and the rest of the results load, as a reader reads the first ones.
        while (search.dataset.shown !== query) await new Promise((resolve) => setTimeout(resolve, 10));
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      return measured;
    }, round);
  const median = (timings: number[]) => [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)]!;
  // Two rounds of ten queries never searched before on the page; by the second, most of the index
  // has loaded, as on a page a reader has been searching from. Other work on a shared machine only
  // ever adds time, so the faster round's median counts; both are reported.
  const rounds = [await measure(queries.slice(3, 13)), await measure(queries.slice(13, 23))];
  const medians = rounds.map(median);
  const report = rounds
    .map((timings, index) => `median ${medians[index]!.toFixed(0)} ms, slowest ${Math.max(...timings).toFixed(0)} ms`)
    .join('; ');
  test.info().annotations.push({ type: 'latency', description: report });
  console.log(`search latency: ${report}`);
  expect(Math.min(...medians)).toBeLessThanOrEqual(100);
});
