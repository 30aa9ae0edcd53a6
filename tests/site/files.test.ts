/**
 * The site's machine-readable files: robots.txt, sitemap, security.txt, the Atom feed, the taxonomy
 * exports, and the search page's word lexicon.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LEXICON_FILE, readLexicon, type LexiconData } from '../../src/lib/lexicon.ts';
import { indexedWords } from '../../src/lib/page-text.ts';
import { DIST, SITE_ADDRESS, builtPages } from '../checks/dist.ts';
import { localAddresses } from '../checks/address.ts';
import { atomProblems, xmllintMissing } from '../checks/atom.ts';
import { darkThemeProblems } from '../checks/dark-theme.ts';
import { sitemapProblems } from '../checks/sitemap.ts';
import { stixProblems, type Bundle } from '../checks/stix.ts';
import { validateAgainst, validateTaxonomy } from '../checks/taxonomy.ts';

const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

test('no built file names a development or loopback address', () => {
  assert.deepEqual(localAddresses(DIST), []);
});

test('robots.txt allows crawling; the sitemap lists every page a reader lands on, when the build knows the site’s address', () => {
  assert.deepEqual(sitemapProblems(DIST, builtPages(), SITE_ADDRESS), []);
});

test('without the site’s address, no file carries an address of the site’s own', { skip: !!SITE_ADDRESS }, () => {
  assert.doesNotMatch(read('feed.xml'), /rel="self"/);
  assert.doesNotMatch(read('.well-known/security.txt'), /^Canonical:/m);
  const printAddresses = builtPages().filter((page) =>
    // The attribute on an element, not the selector a print style sheet writes for it.
    /\sdata-print-href="/.test(read(page.endsWith('.html') ? page : `${page}index.html`)),
  );
  assert.deepEqual(printAddresses, [], 'pages that print a full address');
});

test('security.txt has the fields RFC 9116 requires, and has not expired', () => {
  const text = read('.well-known/security.txt');
  assert.match(text, /^Contact: https:\/\//m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]!);
  assert.ok(expires > new Date() && expires.getTime() - Date.now() < 366 * 24 * 3600 * 1000);
});

test('the Atom feed is valid by the grammar of RFC 4287 itself', () => {
  assert.equal(xmllintMissing(), undefined);
  const started = performance.now();
  assert.deepEqual(atomProblems(path.join(DIST, 'feed.xml')), []);
  console.log(
    `# RFC 4287 grammar and rules (xmllint): feed.xml valid in ${Math.round(performance.now() - started)} ms`,
  );
});

test('the Atom feed lists entries newest first with their dates', () => {
  const feed = read('feed.xml');
  assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((match) =>
    new Date(match[1]!).getTime(),
  );
  assert.ok(updated.length > 10);
  assert.deepEqual(
    updated,
    [...updated].sort((a, b) => b - a),
  );
});

test('taxonomy.json validates against the published schema, which is served next to it', () => {
  assert.deepEqual(validateTaxonomy(JSON.parse(read('taxonomy.json'))), []);
  assert.deepEqual(
    JSON.parse(read('schemas/taxonomy.schema.json')),
    JSON.parse(readFileSync('public/schemas/taxonomy.schema.json', 'utf8')),
  );
});

test('taxonomy.stix.json passes the OASIS STIX 2.1 schemas and rules, in the shape ATT&CK Navigator draws', () => {
  const started = performance.now();
  const bundle = JSON.parse(read('taxonomy.stix.json')) as Bundle;
  assert.deepEqual(stixProblems(bundle), []);
  console.log(
    `# STIX 2.1 (OASIS schemas and interop profile, ajv): ${bundle.objects.length} objects valid in ${Math.round(performance.now() - started)} ms`,
  );
});

test('decide/tree.json validates against its published schema, and its paths end at its outcomes', () => {
  const tree = JSON.parse(read('decide/tree.json')) as {
    start: string;
    questions: { id: string }[];
    outcomes: { id: string; exit: boolean }[];
    paths: { answers: { question: string }[]; outcome: string; codeFlaw: boolean }[];
  };
  assert.deepEqual(validateAgainst('decide.schema.json', tree), []);
  assert.deepEqual(
    JSON.parse(read('schemas/decide.schema.json')),
    JSON.parse(readFileSync('public/schemas/decide.schema.json', 'utf8')),
  );
  const outcomes = new Set(tree.outcomes.map((outcome) => outcome.id));
  assert.ok(tree.paths.length > 100, `${tree.paths.length} paths`);
  for (const path of tree.paths) {
    assert.ok(outcomes.has(path.outcome), path.outcome);
    assert.equal(path.answers[0]?.question, tree.start);
  }
  const reached = new Set(tree.paths.map((path) => path.outcome));
  assert.deepEqual(
    tree.outcomes.map((outcome) => outcome.id).filter((id) => !reached.has(id)),
    [],
    'every outcome is reached by some path',
  );
});

test('the search lexicon carries WordNet’s notice, and leads only to words the pages use', () => {
  const data = JSON.parse(read(LEXICON_FILE)) as LexiconData;
  assert.match(data.notice, /WordNet 3\.1 Copyright 2011 by Princeton University/);
  const lexicon = readLexicon(data);
  assert.ok(lexicon.expansions.size > 1000, 'the lexicon covers everyday vocabulary broadly');
  const onPages = new Set(
    builtPages().flatMap((page) => indexedWords(read(page.endsWith('.html') ? page : `${page}index.html`))),
  );
  const missing = [...lexicon.expansions.values()]
    .flat()
    .flatMap((entry) => entry.replace(/^~/, '').split('_'))
    .filter((word) => !onPages.has(word));
  assert.deepEqual([...new Set(missing)], []);
});

test('the dark theme changes colours and nothing else, so the browser tests check only colour rules in it', () => {
  const sheets = readdirSync(path.join(DIST, '_astro')).filter((file) => file.endsWith('.css'));
  const inline = builtPages().flatMap((page) =>
    [...read(page.endsWith('.html') ? page : `${page}index.html`).matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (match) => ({ where: `/${page}`, css: match[1]! }),
    ),
  );
  const problems = [
    ...sheets.map((file) => ({ where: `_astro/${file}`, css: read(`_astro/${file}`) })),
    ...inline,
  ].flatMap(({ where, css }) => darkThemeProblems(css).map((problem) => `${where}: ${problem}`));
  assert.ok(
    sheets.some((file) => read(`_astro/${file}`).includes('prefers-color-scheme')),
    'no style sheet has a dark theme',
  );
  assert.deepEqual([...new Set(problems)], []);
});
