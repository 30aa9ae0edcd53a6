/**
 * Built pages in a real browser, one page reused over many addresses: each visited page answers
 * 200, has one h1 and shows its TLP label, fits 320, 768, 1,440 and 1,920 px without sideways
 * scrolling, and, unless it is one of the interactive islands, loads no script at all; the shared
 * guard (fixtures.ts) adds that no request leaves the origin, the Content-Security-Policy blocks
 * nothing and no script throws. Pages chosen to show every shape of element of their kind also
 * pass axe's WCAG 2.2 AA rules. Which pages, and why they stand for the rest, is
 * tests/checks/sample.ts; tests/site/sweep.test.ts checks on every page what needs no browser, and
 * that the sample covers every kind of page.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { overflowAtWidths, WIDTHS } from './overflow.ts';
import { expect, test } from './fixtures.ts';
import { statSync } from 'node:fs';
import { isInteractive, pageFile } from '../checks/dist.ts';
import { LABEL_TEXT, savedBrowserSample } from '../checks/sample.ts';

const CHUNKS = 8;

/** Three seconds for a visit (on a busy machine); ten with axe, and more for a long page such as the handbook: axe's time grows with the page. */
function pageBudget(path: string, withAxe: boolean): number {
  if (!withAxe) return 3000;
  const kilobytes = statSync(pageFile(path)).size / 1024;
  return 10_000 + Math.max(0, kilobytes - 100) * 50;
}

/** Everything wrong with one page, each as a sentence. */
async function pageFaults(page: Page, path: string, withAxe: boolean, scripts: string[]): Promise<string[]> {
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
  if (withAxe) faults.push(...(await axeViolations(page)).map((violation) => `axe: ${violation}`));
  faults.push(...(await overflowAtWidths(page)).map((fault) => `scrolls sideways ${fault}`));
  if (!isInteractive(path)) {
    if (scripts.length > 0) faults.push(`is read-only but loaded scripts: ${scripts.join(', ')}`);
    const elements = await page.locator('script').count();
    if (elements > 0) faults.push(`is read-only but has ${elements} script elements`);
  }
  return faults;
}

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  test(`the browser sample, part ${chunk + 1} of ${CHUNKS}: 200, one h1, a TLP label, ${WIDTHS.join('/')} px, scripts only on tools, axe on every shape of element`, async ({
    page,
  }) => {
    const sample = savedBrowserSample();
    const axe = new Set(sample.axe);
    const share = sample.visit.filter((_, index) => index % CHUNKS === chunk);
    test.setTimeout(share.reduce((total, path) => total + pageBudget(path, axe.has(path)), 0));
    let scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const faults: string[] = [];
    for (const path of share) {
      scripts = [];
      for (const fault of await pageFaults(page, path, axe.has(path), scripts)) faults.push(`/${path} ${fault}`);
    }
    expect(faults).toEqual([]);
  });
}
