/**
 * The decision framework walked as readers walk it: page by page, answer links only (it needs no
 * JavaScript), with the browser's Back button, the exits on every question, and the outcome that
 * says what it respected. With JavaScript, the result copies as text with every part's label.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Clicks answers by their text, from the first question. */
async function walk(page: Page, answers: RegExp[]): Promise<void> {
  await page.goto('decide/');
  for (const answer of answers) await page.locator('main .answers').getByRole('link', { name: answer }).click();
}

const COMPLAINT_ABOUT_A_LEADER = [
  /^None of these/,
  /^No, only invited/,
  /^Someone told us/,
  /^TLP:AMBER\+STRICT/,
  /^A report or complaint/,
  /^Someone on the leadership body/,
  /^Not yet/,
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a complaint about a leader stays within the source’s limit: the team discusses it, the leadership is left out', async ({
    page,
  }) => {
    await walk(page, COMPLAINT_ABOUT_A_LEADER);
    await expect(page.locator('h1')).toHaveText(
      'Keep it within what the source allowed, and ask before it goes further',
    );
    const notes = page.getByRole('region', { name: 'What this respects' });
    await expect(notes).toContainText('Nothing here goes outside what TLP:AMBER+STRICT allows');
    await expect(notes).toContainText('Left out: someone on the leadership body');
    await expect(notes).toContainText('never asked for consent');
    const parts = page.locator('.outcome__part');
    await expect(parts).toHaveCount(2);
    for (const part of await parts.all()) await expect(part.locator('.tlp')).toHaveText(/TLP:AMBER\+STRICT$/);
    await expect(page.locator('main')).not.toContainText('Share it under');
    await expect(page.locator('.decide-facts')).toContainText('The source set a limit: TLP:AMBER+STRICT.');
    // The result as text is there to select by hand; the copy button needs JavaScript.
    await expect(page.locator('#outcome-text')).toContainText('1. TLP:AMBER+STRICT to Your own group');
    await expect(page.locator('#outcome-text')).toContainText('2. TLP:AMBER+STRICT to The source');
    await expect(page.getByRole('button', { name: 'Copy the result as text' })).toBeHidden();
  });

  test('one suspect maintainer is answered on its own, and the groups the reader serves are left out', async ({
    page,
  }) => {
    await walk(page, [
      /^None of these/,
      /^No, only invited/,
      /^We found or saw it ourselves/,
      /^Something else/,
      /^A maintainer/,
      /^No, waiting to check is safe/,
      /^Yes, it has been checked/,
      /^No, or it is over/,
      /^My group and the groups it works for/,
    ]);
    await expect(page.locator('h1')).toHaveText('Brief your own group, and no one else');
    await expect(page.locator('.decide-facts')).toContainText('Involved: a maintainer.');
    await expect(page.getByRole('region', { name: 'What this respects' })).toContainText('Left out: a maintainer');
    await expect(page.locator('.outcome__part .tlp')).toHaveText([/TLP:AMBER\+STRICT$/]);
  });

  test('every question offers the exits, and Back returns to the previous question', async ({ page }) => {
    await walk(page, COMPLAINT_ABOUT_A_LEADER.slice(0, 4));
    const question = await page.locator('h1').textContent();
    const exits = page.getByRole('navigation', { name: 'Stop here if' });
    await expect(exits.getByRole('link')).toHaveText([
      'Get help for the person in danger first',
      'Get legal help before you share anything',
      'Use the vulnerability disclosure guidance instead',
    ]);
    await page.locator('main .answers').getByRole('link').first().click();
    await expect(page.locator('h1')).not.toHaveText(question!);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(question!);
    await exits.getByRole('link', { name: /vulnerability/ }).click();
    await expect(page.locator('h1')).toHaveText('Use the vulnerability disclosure guidance instead');
    await expect(page.getByRole('link', { name: 'Open the guidance' })).toHaveAttribute(
      'href',
      'https://github.com/ossf/oss-vulnerability-guide',
    );
  });

  test('the first page asks the first question, with how it works below', async ({ page }) => {
    await page.goto('decide/');
    await expect(page.locator('h1')).toHaveText('Before anything else, is one of these true?');
    await expect(page.locator('main .answers a')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'How this works' })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the xz pattern: users are warned, the result copies with every part’s label', async ({ page }) => {
    await walk(page, [
      /^None of these/,
      /^No, only invited/,
      /^We found or saw it ourselves/,
      /^Something else/,
      /^Someone in my own group/,
      /^Yes, people are being harmed/,
      /^Anyone who installs/,
    ]);
    await expect(page.locator('h1')).toHaveText('Warn users now, say what is not known, and name no one');
    await expect(page.getByRole('heading', { name: 'The trade-off' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy the result as text' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Copied. The text and its address show what you answered: share it only with people this result says may hear it.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('Warn users now, say what is not known, and name no one\n\n1. TLP:CLEAR to ')).toBe(true);
    expect(copied).toContain('\n2. TLP:RED to An independent contact outside the project\n');
    expect(copied).toContain('Left out: someone in your own group');
    expect(copied).not.toContain('TLP:AMBER+STRICT to Your own group');
  });
});
