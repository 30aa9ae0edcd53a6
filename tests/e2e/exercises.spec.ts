/** Exercises print as kits: the site's navigation drops away and the injects become cards on a page of their own. */
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

const exercise = entries('exercises')[0]!;
const injects = (exercise.data.injects as unknown[]).length;

test('printing an exercise gives a kit with cut-out inject cards', async ({ page }) => {
  await page.goto(`exercises/${exercise.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
  await expect(page.locator('.related')).toBeHidden();
  const cards = page.locator('.inject-card');
  await expect(cards).toHaveCount(injects);
  expect(await page.locator('.injects').evaluate((section) => getComputedStyle(section).breakBefore)).toBe('page');
  const card = await cards.first().evaluate((element) => ({
    border: getComputedStyle(element).borderTopStyle,
    inside: getComputedStyle(element).breakInside,
  }));
  expect(card).toEqual({ border: 'dashed', inside: 'avoid' });
  await expect(cards.first()).toContainText(`Inject 1 of ${injects}`);
});

test('the threat matrix filters by governance structure with plain links', async ({ page }) => {
  await page.goto('threats/');
  const all = await page.locator('.matrix__cells li').count();
  const filter = page.locator('.matrix-filter a').nth(1);
  await filter.click();
  await expect(page).toHaveURL(/\/threats\/structure\/[a-z-]+\/$/);
  const some = await page.locator('.matrix__cells li').count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  await expect(page.locator('.matrix-filter a[aria-current="page"]')).toHaveCount(1);
});
