/** Search: Pagefind finds an entry by a word from its body, filters narrow the results, and the keyboard alone is enough. */
import { contentFiles, distinctiveWord, sharedWord } from './content.ts';
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
