/**
 * What every built page carries in its HTML: Open Graph tags (and a canonical URL in a build that
 * knows the site's address), a strict
 * Content-Security-Policy, and no inline event handler or inline style attribute.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, SITE_ADDRESS, builtPages, pageFile } from '../checks/dist.ts';
import { PUBLIC_LABEL } from '../../src/lib/tlp.ts';
import { inlineCode, metaProblems, policyProblems, unhashedInline } from '../checks/html.ts';

const pages = builtPages().map((page) => ({ page, html: readFileSync(pageFile(page), 'utf8') }));
const each = (check: (page: string, html: string) => string[]) =>
  pages.flatMap(({ page, html }) => check(page, html).map((problem) => `/${page}: ${problem}`));

test('every page has Open Graph title and description, and a canonical URL and og:url only when the build knows the site’s address', () => {
  assert.deepEqual(
    each((_page, html) => metaProblems(html, SITE_ADDRESS)),
    [],
  );
});

test('every page has a strict Content-Security-Policy', () => {
  assert.deepEqual(
    each((page, html) => policyProblems(html, page === 'search/')),
    [],
  );
});

test('the policy lists the hash of every inline style and script, so a browser blocks none', () => {
  assert.deepEqual(
    each((_page, html) => unhashedInline(html)),
    [],
  );
});

test('no inline event handlers or style attributes', () => {
  assert.deepEqual(
    each((_page, html) => inlineCode(html)),
    [],
  );
});

test('every page shows its own label at the top and at the bottom', () => {
  assert.deepEqual(
    each((_page, html) => {
      const labels = [...html.matchAll(/<a class="tlp tlp--clear"[^>]*>[\s\S]*?<\/a>/g)].map((match) => match.index);
      const main = html.indexOf('<main');
      const footer = html.indexOf('<footer');
      const problems = [];
      if (!labels.some((index) => index > main && index < footer)) problems.push('no TLP:CLEAR label in the page');
      if (!labels.some((index) => index > footer)) problems.push('no TLP:CLEAR label in the footer');
      return problems;
    }),
    [],
  );
});

test('printed pages carry the site’s label in the header and footer of every page, at 12 points or more', () => {
  const css = readdirSync(path.join(DIST, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(path.join(DIST, '_astro', file), 'utf8'))
    .join('\n');
  for (const box of ['top-right', 'bottom-right']) {
    const rule = new RegExp(`@${box}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    assert.match(rule, new RegExp(`content:\\s*["']${PUBLIC_LABEL}["']`), `@${box} writes ${PUBLIC_LABEL}`);
    const points = Number(/(\d+(?:\.\d+)?)pt/.exec(rule)?.[1] ?? 0);
    assert.ok(points >= 12, `@${box} sets the label at ${points}pt`);
  }
});

test('labels are drawn in FIRST’s colours, as text on black', () => {
  const css = readdirSync(path.join(DIST, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(path.join(DIST, '_astro', file), 'utf8'))
    .join('\n')
    .toLowerCase()
    // The minifier writes #33ff00 as #3f0; compare the long form.
    .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])(?![0-9a-f])/g, '#$1$1$2$2$3$3');
  // FIRST's colour table for TLP 2.0 (https://www.first.org/tlp/); AMBER+STRICT shares AMBER's colour.
  const FIRST = { red: '#ff2b2b', amber: '#ffc000', 'amber-strict': '#ffc000', green: '#33ff00', clear: '#ffffff' };
  for (const [slug, colour] of Object.entries(FIRST)) {
    assert.match(css, new RegExp(`\\.tlp--${slug}[^{]*\\{color:${colour}[;}]`), `.tlp--${slug} is ${colour}`);
  }
  assert.match(css, /\.tlp\{[^}]*background:#000000/, 'labels sit on black');
});
