/**
 * Every page the build produced: it answers 200, has one h1 and shows its TLP label, passes axe's
 * WCAG 2.2 AA rules, fits 320, 768, 1,440 and 1,920 px without sideways scrolling, and, unless it is
 * one of the interactive islands, loads no script at all. (The decision framework's states beyond
 * one per question are checked at 320 px in layout.spec.ts.)
 */
import { axeViolations } from './axe.ts';
import { overflowAtWidths, WIDTHS } from './overflow.ts';
import { expect, test } from './fixtures.ts';
import { isInteractive, sweptPages } from '../checks/dist.ts';

for (const page of sweptPages()) {
  test(`/${page}`, async ({ page: browser, record }) => {
    const response = await browser.goto(page);
    expect(response?.status()).toBe(200);
    await expect(browser.locator('h1')).toHaveCount(1);
    await expect(browser.locator('main .tlp').first()).toHaveText(
      /^(\s*\S.*\s)?TLP:(CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)$/,
    );

    expect(await axeViolations(browser), 'axe violations').toEqual([]);
    expect(await overflowAtWidths(browser), `sideways scrolling at ${WIDTHS.join(', ')} px`).toEqual([]);

    if (!isInteractive(page)) {
      expect(record.scripts, 'scripts loaded by a read-only page').toEqual([]);
      expect(await browser.locator('script').count(), 'script elements on a read-only page').toBe(0);
    }
  });
}
