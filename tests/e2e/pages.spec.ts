/**
 * Every page the build produced: it answers 200, has one h1 and shows its TLP label, passes axe's
 * WCAG 2.2 AA rules, fits 320, 768, 1,440 and 1,920 px without sideways scrolling, and, unless it is
 * one of the interactive islands, loads no script at all. (The decision framework's states beyond
 * one per question are checked at 320 px in layout.spec.ts.) Pages are visited in a few long tests
 * that reuse one browser page, which costs a third of a test per page; each fault names its page.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { overflowAtWidths, WIDTHS } from './overflow.ts';
import { expect, test } from './fixtures.ts';
import { statSync } from 'node:fs';
import { isInteractive, pageFile, sweptPages } from '../checks/dist.ts';

const LABEL_TEXT = /^(\s*\S.*\s)?TLP:(CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)$/;

/** Five seconds a page, and more for a long one such as the handbook: axe's time grows with the page. */
function pageBudget(path: string): number {
  const kilobytes = statSync(pageFile(path)).size / 1024;
  return 5000 + Math.max(0, kilobytes - 100) * 50;
}
const CHUNKS = 12;
const pages = sweptPages();

/** Everything wrong with one page, each as a sentence. */
async function pageFaults(page: Page, path: string, scripts: string[]): Promise<string[]> {
  const faults: string[] = [];
  await page.setViewportSize({ width: WIDTHS[0], height: 800 });
  const response = await page.goto(path);
  if (response?.status() !== 200) faults.push(`answers ${response?.status()}, not 200`);
  const headings = await page.locator('h1').count();
  if (headings !== 1) faults.push(`has ${headings} h1 elements, not 1`);
  const label =
    (await page
      .locator('main .tlp')
      .first()
      .textContent({ timeout: 2000 })
      .catch(() => null)) ?? '';
  if (!LABEL_TEXT.test(label)) faults.push(`shows no TLP label in its main content (found "${label}")`);
  faults.push(...(await axeViolations(page)).map((violation) => `axe: ${violation}`));
  faults.push(...(await overflowAtWidths(page)).map((fault) => `scrolls sideways ${fault}`));
  if (!isInteractive(path)) {
    if (scripts.length > 0) faults.push(`is read-only but loaded scripts: ${scripts.join(', ')}`);
    const elements = await page.locator('script').count();
    if (elements > 0) faults.push(`is read-only but has ${elements} script elements`);
  }
  return faults;
}

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  const share = pages.filter((_, index) => index % CHUNKS === chunk);
  test(`every page, part ${chunk + 1} of ${CHUNKS}: 200, one h1, a TLP label, axe, ${WIDTHS.join('/')} px, scripts only on tools (${share.length} pages)`, async ({
    page,
  }) => {
    test.setTimeout(share.reduce((total, path) => total + pageBudget(path), 0));
    let scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const faults: string[] = [];
    for (const path of share) {
      scripts = [];
      for (const fault of await pageFaults(page, path, scripts)) faults.push(`/${path} ${fault}`);
    }
    expect(faults).toEqual([]);
  });
}
