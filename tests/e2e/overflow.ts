/** Sideways scrolling: whether a page is wider than its window, and what sticks out. */
import type { Page } from '@playwright/test';

/** The widths every page must fit: a small phone, a tablet, a laptop and a desktop screen. */
export const WIDTHS = [320, 768, 1440, 1920] as const;

/** How far the page is wider than the window, and the first element that reaches past its edge. */
export function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprit: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return { overflow, culprit: '' };
    const wide = [...document.body.querySelectorAll('*')].find(
      (element) => element.getBoundingClientRect().right > root.clientWidth + 1,
    );
    const culprit = wide
      ? `<${wide.tagName.toLowerCase()} class="${wide.className}"> "${(wide.textContent ?? '').trim().slice(0, 40)}"`
      : 'text inside an element (a long word?)';
    return { overflow, culprit };
  });
}

/** The widths at which the loaded page scrolls sideways, each with what sticks out; resizes without reloading. */
export async function overflowAtWidths(page: Page, widths: readonly number[] = WIDTHS): Promise<string[]> {
  const faults: string[] = [];
  for (const width of widths) {
    // A resize is a round trip to the browser; a page opened at the first width needs none.
    if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 800 });
    const { overflow, culprit } = await sidewaysOverflow(page);
    if (overflow > 0) faults.push(`at ${width} px: ${overflow} px too wide, first past the edge: ${culprit}`);
  }
  return faults;
}
