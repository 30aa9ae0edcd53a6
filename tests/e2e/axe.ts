/**
 * axe-core's WCAG 2.2 AA rules, run in the page directly. This does what @axe-core/playwright's
 * builder does for one frame, in about a third of the time, which matters with hundreds of pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Each violation as one line: the rule, what it asks, and where on the page. With `colourOnly`, only
 * the WCAG rules axe files under colour (its tag "cat.color"): for the dark theme, which changes
 * colours and nothing else (tests/checks/dark-theme.ts), the other rules' results cannot differ.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, colourOnly }) => {
      interface AxeResults {
        violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      }
      const axe = (
        window as unknown as {
          axe: {
            run: (context: Document, options: object) => Promise<AxeResults>;
            getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
          };
        }
      ).axe;
      const runOnly = colourOnly
        ? {
            type: 'rule',
            values: axe
              .getRules(tags)
              .filter((rule) => rule.tags.includes('cat.color'))
              .map((rule) => rule.ruleId),
          }
        : { type: 'tag', values: tags };
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
      );
    },
    { tags: WCAG_TAGS, colourOnly },
  );
}
