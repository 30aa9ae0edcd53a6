/**
 * The browser tests' shared guard, on for every test: no request may leave the site's origin, the
 * Content-Security-Policy may not block anything, and no script may throw. It watches the test's
 * whole browser context, so a test that opens more tabs (pages.spec.ts visits pages in several at
 * once) is guarded in each of them.
 */
import { test as base, expect } from '@playwright/test';

export interface PageRecord {
  /** Every script the test's own page requested, from its own origin. */
  scripts: string[];
}

export const test = base.extend<{ record: PageRecord }>({
  record: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const offsite: string[] = [];
      const policyViolations: string[] = [];
      const errors: string[] = [];
      const record: PageRecord = { scripts: [] };
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) offsite.push(request.url());
        if (request.resourceType() === 'script' && request.frame().page() === page) record.scripts.push(request.url());
      });
      context.on('console', (message) => {
        if (/content security policy/i.test(message.text())) policyViolations.push(message.text());
      });
      context.on('weberror', (error) => errors.push(error.error().message));
      await use(record);
      expect(offsite, 'requests that left the site’s origin').toEqual([]);
      expect(policyViolations, 'Content-Security-Policy violations in the console').toEqual([]);
      expect(errors, 'script errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
