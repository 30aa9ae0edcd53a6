/** Layout checks on a page of each kind: readable at 320 px wide, and free of axe violations in the dark theme too. */
import { axeViolations } from './axe.ts';
import { builtPages } from '../checks/dist.ts';
import { expect, test } from './fixtures.ts';

const pages = builtPages();
const kinds = ['', 'decide/', 'search/', 'threats/', 'templates/'];
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

for (const page of kinds) {
  test(`/${page} fits 320 px and passes axe in the dark theme`, async ({ page: browser }) => {
    await browser.setViewportSize({ width: 320, height: 640 });
    await browser.emulateMedia({ colorScheme: 'dark' });
    await browser.goto(page);
    const overflow = await browser.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
    expect(await axeViolations(browser), 'axe violations in the dark theme').toEqual([]);
  });
}
