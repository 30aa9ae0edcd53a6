/**
 * Situations as a reader in a hurry uses them: the first one on the phone's first screen, and a
 * wizard link that lands on a question. Readers' own descriptions (tests/situation-queries.ts)
 * finding their situation in the top three search results is measured in
 * tests/site/search-quality.test.ts. The links that need no browser (every template
 * two taps from home, a template one tap from every situation, threats and situations both ways)
 * are read from the built pages in tests/site/situations.test.ts, as is each step's label; the
 * browser sample (pages.spec.ts) checks situation pages with axe and at every width.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Site-relative paths of the links in an area of the page that match a pattern, each once. */
async function linkPaths(page: Page, selector: string, pattern: RegExp): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

const SITUATION = /^\/situations\/[a-z0-9-]+\/$/;
const TEMPLATE = /^\/templates\/[a-z0-9-]+\/$/;

test('on a 375 × 800 phone, the first situation link is on the home page’s first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('');
  const first = page.locator('#now a[href*="/situations/"]').first();
  const box = await first.boundingBox();
  expect(box, 'a situation link on the home page').not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
});

test('a situation’s wizard link lands on the question it names', async ({ page }) => {
  await page.goto('situations/maintainer-in-hospital/');
  const names = (await page.locator('.decide-from').textContent())!.replace(/^It picks up at:\s*/, '').trim();
  await page.locator('#decide ~ p a.button').click();
  await expect(page.locator('h1')).toHaveText(names);
  await expect(page).toHaveURL(/\/decide\/has-the-person-said-what-may-be-said\/[a-z-]+\//);
});

test('the three exits say "get help first" before who hears what, and link their situations', async ({ page }) => {
  for (const [exit, situation] of [
    ['someone-may-be-in-danger', 'home-address-posted-with-a-threat'],
    ['the-law-may-be-involved', 'police-ask-for-a-contributors-data'],
    ['a-flaw-in-code', 'exploit-pasted-in-public-chat'],
  ]) {
    await page.goto(`decide/outcomes/${exit}/`);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('First, get help')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('First, get help')).toBeLessThan(headings.indexOf('Then, who hears what'));
    expect(await linkPaths(page, '#who-hears-what + ol a', TEMPLATE)).not.toEqual([]);
    expect(await linkPaths(page, '#situations + ul a', SITUATION)).toContain(`/situations/${situation}/`);
  }
});
