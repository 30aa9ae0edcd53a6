/**
 * Byte budgets for a first visit: everything the page loads, each response gzipped as a server
 * would send it. A norm page reads with no JavaScript at all; the islands stay small; search code
 * loads only on the search page.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { LEXICON_FILE } from '../../src/lib/lexicon.ts';
import { NAMES_FILE } from '../../src/lib/search-names.ts';
import { builtPages } from '../checks/dist.ts';
import { expect, test } from './fixtures.ts';

const KB = 1024;

interface Weight {
  total: number;
  script: number;
  urls: string[];
}

async function firstVisit(page: Page, path: string): Promise<Weight> {
  const weight: Weight = { total: 0, script: 0, urls: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const size = gzipSync(body).length;
          weight.total += size;
          if (response.request().resourceType() === 'script') weight.script += size;
          weight.urls.push(response.url());
        },
        () => undefined,
      ),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return weight;
}

const pages = builtPages();
const first = (prefix: string) =>
  pages.find((page) => page.startsWith(prefix) && page !== prefix && !page.endsWith('.html'))!;

test('a norm page: at most 15 KB in all, and no JavaScript', async ({ page }) => {
  const weight = await firstVisit(page, first('norms/'));
  test.info().annotations.push({
    type: 'weight',
    description: `${(weight.total / KB).toFixed(1)} KB, ${weight.urls.length} responses`,
  });
  expect(weight.script).toBe(0);
  expect(weight.total).toBeLessThanOrEqual(15 * KB);
});

test('a template page: at most 6 KB of JavaScript', async ({ page }) => {
  const weight = await firstVisit(page, first('templates/'));
  test.info().annotations.push({
    type: 'weight',
    description: `${(weight.total / KB).toFixed(1)} KB, of which ${(weight.script / KB).toFixed(1)} KB JavaScript`,
  });
  expect(weight.script).toBeGreaterThan(0);
  expect(weight.script).toBeLessThanOrEqual(6 * KB);
});

test('the decision framework: each question a page under 30 KB of HTML (10 KB gzipped), with no JavaScript', async ({
  page,
}) => {
  const response = await page.goto('decide/');
  const html = await response!.body();
  test.info().annotations.push({
    type: 'weight',
    description: `${(html.length / KB).toFixed(1)} KB of HTML, ${(gzipSync(html).length / KB).toFixed(1)} KB gzipped`,
  });
  expect(html.length).toBeLessThanOrEqual(30 * KB);
  expect(gzipSync(html).length).toBeLessThanOrEqual(10 * KB);
  const weight = await firstVisit(page, 'decide/');
  expect(weight.script).toBe(0);
});

/**
 * JavaScript a page runs, gzipped: the scripts it loads and those Astro inlined because they are
 * small (JSON data blocks are not code). Noted on the test's report.
 */
async function scriptWeight(page: Page, path: string): Promise<number> {
  const weight = await firstVisit(page, path);
  const inline = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
  const script = weight.script + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  test.info().annotations.push({
    type: 'weight',
    description: `${(weight.total / KB).toFixed(1)} KB, of which ${(script / KB).toFixed(1)} KB JavaScript`,
  });
  return script;
}

test('a decision outcome on a path: at most 2 KB of JavaScript, to copy the result', async ({ page }) => {
  const outcome = pages.find(
    (path) => /^decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/.test(path) && path.startsWith('decide/ask-the-source-first/'),
  )!;
  const script = await scriptWeight(page, outcome);
  expect(script).toBeGreaterThan(0);
  expect(script).toBeLessThanOrEqual(2 * KB);
});

test('the exposure check: at most 8 KB of JavaScript', async ({ page }) => {
  const script = await scriptWeight(page, 'check/');
  expect(script).toBeGreaterThan(0);
  expect(script).toBeLessThanOrEqual(8 * KB);
});

test('search code, its word lexicon and its table of page names load only when the search page is opened', async ({
  page,
}) => {
  const searchFiles = (url: string) =>
    url.includes('/pagefind/') || url.endsWith(`/${LEXICON_FILE}`) || url.endsWith(`/${NAMES_FILE}`);
  for (const path of ['', first('norms/'), first('threats/')]) {
    const weight = await firstVisit(page, path);
    expect(weight.urls.filter(searchFiles), `/${path}`).toEqual([]);
  }
  const search = await firstVisit(page, 'search/?q=label');
  expect(search.urls.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(search.urls.some((url) => url.endsWith(`/${NAMES_FILE}`))).toBe(true);
});

for (const [name, file, budget] of [
  ['word lexicon', LEXICON_FILE, 60],
  ['table of page names', NAMES_FILE, 30],
] as const) {
  test(`the search page’s ${name}: at most ${budget} KB gzipped`, async ({ request }) => {
    const response = await request.get(file);
    expect(response.ok()).toBe(true);
    const size = gzipSync(await response.body()).length;
    test.info().annotations.push({ type: 'weight', description: `${(size / KB).toFixed(1)} KB gzipped` });
    expect(size).toBeLessThanOrEqual(budget * KB);
  });
}
