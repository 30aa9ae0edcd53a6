/**
 * Built pages in a real browser, three tabs reused over many addresses: each visited page answers
 * 200, has one h1 and shows its TLP label, fits 320, 768, 1,440 and 1,920 px without sideways
 * scrolling, and, unless it is one of the interactive islands, loads no script at all; the shared
 * guard (fixtures.ts) adds that no request leaves the origin, the Content-Security-Policy blocks
 * nothing and no script throws. Pages chosen to show every shape of element of their kind also
 * pass axe's WCAG 2.2 AA rules. Which pages, and why they stand for the rest, is
 * tests/checks/sample.ts; tests/site/sweep.test.ts checks on every page what needs no browser, and
 * that the sample covers every kind of page and the widest content of every shape of element.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { overflowAtWidths, WIDTHS } from './overflow.ts';
import { expect, test } from './fixtures.ts';
import { faultsInTabs, TABS } from './tabs.ts';
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
  // What a parser also checks on every page (tests/site/sweep.test.ts), read here from the live DOM in
  // one round trip: each locator call is a round trip of its own, a third of a visit's time.
  const { headings, label, scriptElements } = await page.evaluate(() => ({
    headings: document.querySelectorAll('h1').length,
    label: document.querySelector('main .tlp')?.textContent ?? '',
    scriptElements: document.querySelectorAll('script').length,
  }));
  if (headings !== 1) faults.push(`has ${headings} h1 elements, not 1`);
  if (!LABEL_TEXT.test(label)) faults.push(`shows no TLP label in its main content (found "${label}")`);
  if (withAxe) faults.push(...(await axeViolations(page)).map((violation) => `axe: ${violation}`));
  faults.push(...(await overflowAtWidths(page)).map((fault) => `scrolls sideways ${fault}`));
  if (!isInteractive(path)) {
    if (scripts.length > 0) faults.push(`is read-only but loaded scripts: ${scripts.join(', ')}`);
    if (scriptElements > 0) faults.push(`is read-only but has ${scriptElements} script elements`);
  }
  return faults;
}

/** Visits pages one after another in one tab, each with the scripts it requested; returns every fault. */
async function visitAll(page: Page, paths: readonly string[], axe: ReadonlySet<string>): Promise<string[]> {
  let scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const faults: string[] = [];
  for (const path of paths) {
    scripts = [];
    for (const fault of await pageFaults(page, path, axe.has(path), scripts)) faults.push(`/${path} ${fault}`);
  }
  return faults;
}

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  test(`the browser sample, part ${chunk + 1} of ${CHUNKS}: 200, one h1, a TLP label, ${WIDTHS.join('/')} px, scripts only on tools, axe on every shape of element`, async ({
    page,
    context,
  }) => {
    const sample = savedBrowserSample();
    const axe = new Set(sample.axe);
    const share = sample.visit.filter((_, index) => index % CHUNKS === chunk);
    // The tabs wait on the browser most of the time, so they share the time they wait.
    test.setTimeout(share.reduce((total, path) => total + pageBudget(path, axe.has(path)), 0) / (TABS / 2));
    expect(await faultsInTabs(page, context, share, (tab, paths) => visitAll(tab, paths, axe))).toEqual([]);
  });
}
