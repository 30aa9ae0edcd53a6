/**
 * The search page as the quality suites use it. Each query goes into the search box as typed text
 * (an input event, as the keyboard sends), and its results are read once the page has drawn them
 * all. A whole list runs inside the page in one call: a call per query and per result list cost
 * Playwright a round trip each, which made these suites a fifth of the browser tests' time. Typing
 * with the keyboard itself is tested in search.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Part of the note the search page shows when no word of a query is English (src/scripts/search.ts). */
export const IN_ENGLISH = 'in English for now';

export interface SearchAnswer {
  /** Paths of the results, first first, without the leading slash. */
  results: string[];
  /** Whether the page shows the note that the guidance is in English. */
  inEnglishNotice: boolean;
}

/** Opens the search page and waits until its index is ready. */
export async function openSearch(page: Page): Promise<void> {
  await page.goto('search/');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-ready', 'true');
}

/**
 * Searches each query in turn on the open search page and returns what it showed. The wait for a
 * query names no query, so a timeout on a held-out query does not print it.
 */
export function searchEach(page: Page, queries: readonly string[]): Promise<SearchAnswer[]> {
  return page.evaluate(
    async ({ queries, inEnglish }) => {
      const box = document.querySelector<HTMLInputElement>('#search-query')!;
      const search = document.querySelector<HTMLElement>('[data-search]')!;
      const notice = document.querySelector<HTMLElement>('[data-search-notice]');
      const drawn = (query: string) =>
        new Promise<void>((resolve, reject) => {
          if (search.dataset.shown === query) return resolve();
          const timer = setTimeout(() => reject(new Error('a query’s results were not drawn within 10 s')), 10_000);
          const observer = new MutationObserver(() => {
            if (search.dataset.shown !== query) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          observer.observe(search, { attributes: true, attributeFilter: ['data-shown'] });
        });
      const answers = [];
      for (const query of queries) {
        const shown = drawn(query);
        box.value = query;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await shown;
        const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .search-result h2 a')];
        answers.push({
          results: links.map((link) => new URL(link.href).pathname.replace(/^\//, '')),
          inEnglishNotice:
            !!notice && notice.checkVisibility() && !notice.hidden && notice.innerText.includes(inEnglish),
        });
      }
      return answers;
    },
    { queries, inEnglish: IN_ENGLISH },
  );
}
