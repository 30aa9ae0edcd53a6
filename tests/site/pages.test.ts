/**
 * What every built page carries in its HTML: a canonical URL, Open Graph tags, a strict
 * Content-Security-Policy, and no inline event handler or inline style attribute.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builtPages, pageFile } from '../checks/dist.ts';
import { inlineCode, missingMeta, policyProblems } from '../checks/html.ts';

const pages = builtPages().map((page) => ({ page, html: readFileSync(pageFile(page), 'utf8') }));
const each = (check: (page: string, html: string) => string[]) =>
  pages.flatMap(({ page, html }) => check(page, html).map((problem) => `/${page}: ${problem}`));

test('every page has a canonical URL and Open Graph title, description and URL', () => {
  assert.deepEqual(
    each((_page, html) => missingMeta(html)),
    [],
  );
});

test('every page has a strict Content-Security-Policy', () => {
  assert.deepEqual(
    each((page, html) => policyProblems(html, page === 'search/')),
    [],
  );
});

test('no inline event handlers or style attributes', () => {
  assert.deepEqual(
    each((_page, html) => inlineCode(html)),
    [],
  );
});
