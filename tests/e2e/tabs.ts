/**
 * Visits in several tabs of one browser context at once. A visit mostly waits on the browser and
 * the server, not on a core, so the tabs share the time they wait, and a test starts one context
 * rather than one per address.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Tabs per test: the test's own page and two more. */
export const TABS = 3;

/**
 * Deals the addresses out over the tabs in turn, has `visit` go through each tab's share, and
 * returns every fault found.
 */
export async function faultsInTabs(
  page: Page,
  context: BrowserContext,
  paths: readonly string[],
  visit: (tab: Page, paths: readonly string[]) => Promise<string[]>,
): Promise<string[]> {
  const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
  const faults = await Promise.all(
    tabs.map((tab, index) =>
      visit(
        tab,
        paths.filter((_, place) => place % TABS === index),
      ),
    ),
  );
  return faults.flat();
}
