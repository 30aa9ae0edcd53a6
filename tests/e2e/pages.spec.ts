/**
 * Every page the build produced: it answers 200, has one h1 and shows its TLP label, passes axe's
 * WCAG 2.2 AA rules, and, unless it is one of the interactive islands, loads no script at all.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages, isInteractive } from '../checks/dist.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const page of builtPages()) {
  test(`/${page}`, async ({ page: browser, record }) => {
    const response = await browser.goto(page);
    expect(response?.status()).toBe(200);
    await expect(browser.locator('h1')).toHaveCount(1);
    await expect(browser.locator('main .tlp').first()).toHaveText(
      /^(\s*\S.*\s)?TLP:(CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)$/,
    );

    const results = await new AxeBuilder({ page: browser }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
    expect(summary, 'axe violations').toEqual([]);

    if (!isInteractive(page)) {
      expect(record.scripts, 'scripts loaded by a read-only page').toEqual([]);
      expect(await browser.locator('script').count(), 'script elements on a read-only page').toBe(0);
    }
  });
}
