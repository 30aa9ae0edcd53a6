/**
 * Layout that holds (pages.spec.ts checks that pages do not scroll sideways): on a 375 × 800 phone
 * the action of each tool page is on the first screen; print leaves out the header's search and
 * navigation; a page of each kind passes axe's colour rules in the dark theme at 320 px.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages } from '../checks/dist.ts';
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';
import { faultsInTabs } from './tabs.ts';

const pages = builtPages();

test.describe('on a 375 × 800 phone the action is on the first screen', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  const onFirstScreen = async (page: Page, selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, `${selector} is on the page`).not.toBeNull();
    expect(box!.y + box!.height, `${selector} ends within the first 800 px`).toBeLessThanOrEqual(800);
  };

  test('the decision framework: its first answer', async ({ page }) => {
    await page.goto('decide/');
    await onFirstScreen(page, '.answers a');
  });

  test('a template: a link straight to the message, which lands on it', async ({ page }) => {
    const template = entries('templates')[0]!;
    await page.goto(`templates/${template.id}/`);
    await onFirstScreen(page, '.jump a');
    await page.locator('.jump a').click();
    const message = await page.locator('#the-message').boundingBox();
    expect(message!.y).toBeLessThan(200);
  });

  test('a checklist: a link straight to its items', async ({ page }) => {
    const checklist = entries('checklists')[0]!;
    await page.goto(`checklists/${checklist.id}/`);
    await onFirstScreen(page, '.jump a');
    await page.locator('.jump a').click();
    await onFirstScreen(page, '.task-list-item');
  });

  test('search: the first result', async ({ page }) => {
    await page.goto('search/?q=holding+statement');
    // The first results are drawn early and drawn again once related words are in: measure the last.
    await expect(page.locator('[data-search]')).toHaveAttribute('data-shown', 'holding statement');
    await onFirstScreen(page, '[data-search-results] li');
  });

  test('the exposure check: its first question and answers', async ({ page }) => {
    await page.goto('check/');
    await onFirstScreen(page, '.check-option');
  });
});

test('print leaves out the header’s search box and the navigation', async ({ page }) => {
  await page.goto('norms/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header .search-form', '.primary-nav', '.nav-menu', '.skip-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
});

test('a link inside the site prints with its full address, or none where the build does not know it', async ({
  page,
}) => {
  const norm = entries('norms').find((entry) => /\]\(\/[a-z]/.test(entry.body))!;
  await page.goto(`norms/${norm.id}/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page
    .locator('.prose a[href^="/"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  // A build without SITE_URL would have to guess the address, and a guess gets printed and kept.
  if (process.env.SITE_URL) expect(printed).toMatch(/^" \(https?:\/\/[^)]+\)"$/);
  else expect(printed).toBe('none');
});

const kinds = ['', 'decide/', 'search/', 'threats/', 'templates/', 'check/'];
for (const collection of [
  'norms',
  'tlp',
  'templates',
  'checklists',
  'threats',
  'structures',
  'exercises',
  'cases',
  'frameworks',
]) {
  const first = pages.find(
    (page) => page.startsWith(`${collection}/`) && page !== `${collection}/` && !page.includes('structure/'),
  );
  if (!first) throw new Error(`the ${collection} collection has no built page to check`);
  kinds.push(first);
}

test.describe('in the dark theme at 320 px', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 320, height: 640 } });

  test("a page of each kind passes axe's colour rules", async ({ page, context }) => {
    test.setTimeout(90_000);
    const faults = await faultsInTabs(page, context, kinds, async (tab, paths) => {
      const found: string[] = [];
      for (const path of paths) {
        await tab.goto(path);
        found.push(...(await axeViolations(tab, { colourOnly: true })).map((violation) => `/${path} ${violation}`));
      }
      return found;
    });
    expect(faults, 'axe violations in the dark theme').toEqual([]);
  });
});
