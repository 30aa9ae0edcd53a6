/** The built-site gates each catch a planted fault (tests/fixtures/site/) before they are trusted on dist/. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { inlineCode, metaProblems, policyProblems, unhashedInline } from '../checks/html.ts';
import { otherConfigs, siteValidator } from '../checks/html-validate.ts';
import { brokenLinks } from '../checks/links.ts';
import { localAddresses } from '../checks/address.ts';
import { aliasesNotShown } from '../checks/aliases.ts';
import { darkThemeProblems } from '../checks/dark-theme.ts';
import { atomProblems, xmllintMissing } from '../checks/atom.ts';
import { describe, javaMissing, runNu } from '../checks/nu.ts';
import { sitemapProblems } from '../checks/sitemap.ts';
import { FIXTURES } from './helpers.ts';

const planted = readFileSync(`${FIXTURES}/site/index.html`, 'utf8');

test('html-validate, with the site’s configuration, finds the unclosed element, on every file it reads', async () => {
  const validator = siteValidator();
  for (let visit = 0; visit < 2; visit += 1) {
    // The second time through, the configuration resolved for the first file is reused.
    const report = await validator.validateFile(`${FIXTURES}/site/index.html`);
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    assert.ok(rules.includes('close-order'), rules.join());
    assert.ok(rules.includes('no-inline-style'), rules.join());
  }
  assert.deepEqual(otherConfigs(`${FIXTURES}/site`), []);
});

test('a folder with an html-validate configuration of its own is found, however deep', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'configs-'));
  try {
    mkdirSync(path.join(folder, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(folder, 'a', 'b', '.htmlvalidate.json'), '{}');
    writeFileSync(path.join(folder, 'a', 'index.html'), '<!doctype html>');
    assert.deepEqual(otherConfigs(folder), [path.join(folder, 'a', 'b', '.htmlvalidate.json')]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the link check finds a missing page and a missing anchor, and passes the good ones', async () => {
  const report = await brokenLinks(`${FIXTURES}/site`);
  assert.equal(report.broken.length, 2, report.broken.join('\n'));
  assert.ok(report.broken.some((link) => link.includes('/missing/')));
  assert.ok(report.broken.some((link) => link.includes('#nowhere')));
});

test('a weak policy, inline code and missing meta tags are found', () => {
  assert.deepEqual(policyProblems(planted, false), [
    "object-src is not 'none'",
    'allows inline code, eval, wildcards or other origins',
  ]);
  assert.deepEqual(inlineCode(planted), ['onclick=', 'style=']);
  assert.deepEqual(unhashedInline(planted), ['inline style not in the policy: p { color: red; }']);
  assert.equal(metaProblems(planted).length, 3);
  const addressed = '<link rel="canonical" href="http://localhost:4321/x/" /><meta property="og:url" content="/x/" />';
  assert.deepEqual(metaProblems(addressed, 'https://example.org/guide/').slice(-2), [
    '<link rel="canonical"> is http://localhost:4321/x/, not under https://example.org/guide/',
    '<meta property="og:url"> is /x/, not under https://example.org/guide/',
  ]);
  assert.deepEqual(metaProblems(addressed).slice(-2), [
    '<link rel="canonical"> without SITE_URL',
    '<meta property="og:url"> without SITE_URL',
  ]);
});

test('the Nu Html Checker finds the script after </html>, and the unclosed element', () => {
  assert.equal(javaMissing(), undefined);
  const report = runNu(`${FIXTURES}/site`);
  const errors = describe(report.errors, `${FIXTURES}/site`);
  assert.ok(
    errors.some((error) => error.startsWith('/stray-script.html:11 error: Stray start tag “script”')),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((error) => error.startsWith('/index.html:')),
    errors.join('\n'),
  );
});

test('a development address in any built file is found, text or not', () => {
  assert.deepEqual(localAddresses(`${FIXTURES}/site`), ['feed.xml: 4 × localhost', 'robots.txt: 1 × localhost']);
});

test('a sitemap named without the site’s address, or missing with it, is reported', () => {
  assert.deepEqual(sitemapProblems(`${FIXTURES}/site`, ['', 'other.html'], undefined), [
    'robots.txt names a sitemap without SITE_URL: http://localhost:4321/sitemap-index.xml',
  ]);
  assert.deepEqual(sitemapProblems(`${FIXTURES}/site`, ['', 'other.html'], 'https://example.org/guide/'), [
    'robots.txt names http://localhost:4321/sitemap-index.xml, not https://example.org/guide/sitemap-index.xml',
  ]);
});

test('the RFC 4287 grammar finds a category without a term, and its rules a feed without an author', () => {
  assert.equal(xmllintMissing(), undefined);
  const problems = atomProblems(`${FIXTURES}/site/feed.xml`).join('\n');
  assert.match(problems, /Element category failed to validate attributes/);
  assert.match(problems, /An atom:entry must have an atom:author if its feed does not/);
});

test('a dark theme that changes more than colours is found', () => {
  const colours = '@media (prefers-color-scheme:dark){:root{--bg:#121417;--link:rgb(138 180 248)}}';
  assert.deepEqual(darkThemeProblems(colours), []);
  assert.deepEqual(darkThemeProblems('@media (prefers-color-scheme: dark) { :root { --space: 2rem } }'), [
    ':root sets --space: 2rem in a colour-scheme rule: only colours may change there',
  ]);
  assert.deepEqual(darkThemeProblems('@media (prefers-color-scheme:dark){.note{display:none}}'), [
    '.note sets display:none in a colour-scheme rule: only colours may change there',
  ]);
});

test('a page that does not show all of its aliases is found', () => {
  const page =
    '<main><h1>T</h1><p class="also-called">Also called: sample messages, message drafts &amp; notes.</p></main>';
  assert.deepEqual(aliasesNotShown(page, ['sample messages', 'message drafts & notes']), []);
  assert.deepEqual(aliasesNotShown(page, ['sample messages', 'boilerplate']), ['boilerplate']);
  assert.deepEqual(aliasesNotShown('<main><h1>T</h1></main>', ['runbooks']), ['runbooks']);
});
