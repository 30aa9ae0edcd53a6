/**
 * The site's machine-readable files: robots.txt, sitemap, security.txt, the Atom feed, the taxonomy
 * exports, and the search page's word lexicon.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LEXICON_FILE, readLexicon, type LexiconData } from '../../src/lib/lexicon.ts';
import { indexedWords } from '../../src/lib/page-text.ts';
import { DIST, builtPages } from '../checks/dist.ts';
import { stixProblems, validateAgainst, validateTaxonomy } from '../checks/taxonomy.ts';

const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

test('robots.txt allows crawling and names the sitemap, which lists the pages', () => {
  const robots = read('robots.txt');
  assert.match(robots, /^User-agent: \*$/m);
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
  assert.ok(existsSync(path.join(DIST, new URL(sitemapUrl).pathname.split('/').at(-1)!)));
  const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  // Every page a reader can land on is listed; not the 404 page, nor the decision framework's page per
  // state, which are steps of a walk.
  const landing = builtPages().filter(
    (page) => page !== '404.html' && !/^decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/.test(page),
  );
  assert.deepEqual(urls.map((url) => new URL(url).pathname.replace(/^\//, '')).sort(), landing.sort());
  assert.ok(
    !urls.some((url) => /\/decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/.test(url)),
    'a decision step is in the sitemap',
  );
});

test('security.txt has the fields RFC 9116 requires, and has not expired', () => {
  const text = read('.well-known/security.txt');
  assert.match(text, /^Contact: https:\/\//m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]!);
  assert.ok(expires > new Date() && expires.getTime() - Date.now() < 366 * 24 * 3600 * 1000);
});

test('the Atom feed lists entries newest first with their dates', () => {
  const feed = read('feed.xml');
  assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
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

test('taxonomy.stix.json is a STIX 2.1 bundle whose references all resolve', () => {
  assert.deepEqual(stixProblems(JSON.parse(read('taxonomy.stix.json'))), []);
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
