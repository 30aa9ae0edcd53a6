/**
 * The search page's query steps (src/lib/search-find.ts) on a small table of pages in place of
 * Pagefind: the language notice, related words for words the site does not use, and pages that say
 * what to do first for a query about something happening.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLexicon } from '../../src/lib/lexicon.ts';
import { findPages, type KindGroups, type SearchSource } from '../../src/lib/search-find.ts';
import type { WordHit } from '../../src/lib/search.ts';
import { readNames, storedNames } from '../../src/lib/search-names.ts';

/** Which pages each word is on, with Pagefind's score; every page's kind. */
const INDEX: Record<string, WordHit[]> = {
  project: [
    { id: 'situations/account-hacked', score: 2 },
    { id: 'glossary/project', score: 3 },
  ],
  incident: [{ id: 'situations/journalist-asks', score: 2 }],
  hacked: [{ id: 'situations/account-hacked', score: 3 }],
  account: [
    { id: 'glossary/account', score: 4 },
    { id: 'situations/account-hacked', score: 2 },
  ],
  'step down': [{ id: 'situations/leader-steps-down', score: 2 }],
};
const KINDS: Record<string, string> = {
  'situations/account-hacked': 'Situation',
  'situations/journalist-asks': 'Situation',
  'situations/leader-steps-down': 'Situation',
  'glossary/project': 'Glossary term',
  'glossary/account': 'Glossary term',
};
const GROUPS: KindGroups = {
  action: new Set(['Situation']),
  reference: new Set(['Glossary term']),
  catalogue: [],
  start: new Set(['Tool']),
};

function source(): SearchSource<WordHit> {
  return {
    search: async (words) => INDEX[words.replace(/"/g, '')] ?? [],
    pages: Object.keys(KINDS).length,
    kindOf: (id) => KINDS[id],
    siteWords: ['project', 'incident', 'hacked', 'account', 'step', 'down'],
    lexicon: async () =>
      readLexicon({ notice: '', expansions: 'quit step_down\nhack hacked\nnote notice', irregular: '' }),
    names: new Map(),
  };
}

test('a query in another language gets the notice, though a word of it is close to an English one', async () => {
  for (const query of [
    'periodista pide declaraciones sobre el incidente',
    'quelqu’un usurpe notre projet sur les réseaux',
  ]) {
    const found = await findPages(source(), query, GROUPS);
    assert.equal(found.foreign, true, query);
    assert.deepEqual(found.results, [], query);
  }
});

test('an English query with a word the site does not use is not taken for another language', async () => {
  const found = await findPages(source(), 'our project was hacked', GROUPS);
  assert.equal(found.foreign, undefined);
  assert.equal(found.results[0]?.id, 'situations/account-hacked');
});

test('a word no page uses finds the pages of a word of the same meaning', async () => {
  const found = await findPages(source(), 'quitting', GROUPS);
  assert.equal(found.mode, 'related');
  assert.deepEqual(
    found.results.map((page) => page.id),
    ['situations/leader-steps-down'],
  );
});

test('for a query about something happening, a page that says what to do comes before a glossary term', async () => {
  const topic = await findPages(source(), 'account', GROUPS);
  assert.equal(topic.results[0]?.id, 'glossary/account');
  const happening = await findPages(source(), 'someone took my account', GROUPS);
  assert.equal(happening.results[0]?.id, 'situations/account-hacked');
});

test('a query whose words are all too common to tell pages apart puts the tools first; one with a telling word does not', async () => {
  const pages = ['situations/a', 'situations/b', 'situations/c', 'templates/d', 'decide'];
  const kinds: Record<string, string> = { decide: 'Tool', 'templates/d': 'Template' };
  const index: Record<string, WordHit[]> = {
    // On every page, highest on the situations: it tells no page apart.
    tell: pages.map((id, place) => ({ id, score: id === 'decide' ? 3 : 5 - place })),
    leak: [{ id: 'situations/b', score: 2 }],
  };
  const common: SearchSource<WordHit> = {
    search: async (words) => index[words.replace(/"/g, '')] ?? [],
    pages: pages.length,
    kindOf: (id) => kinds[id] ?? 'Situation',
    siteWords: ['tell', 'leak'],
    lexicon: async () => readLexicon({ notice: '', expansions: '', irregular: '' }),
    names: new Map(),
  };
  assert.equal((await findPages(common, 'who should I tell', GROUPS)).results[0]?.id, 'decide');
  assert.equal((await findPages(common, 'who should I tell about the leak', GROUPS)).results[0]?.id, 'situations/b');
});

test('a page one of whose names the query says comes before a page that only has its words more often', async () => {
  const index: Record<string, WordHit[]> = {
    contributor: [
      { id: 'situations/other', score: 5 },
      { id: 'situations/report', score: 3 },
    ],
    harassed: [
      { id: 'situations/other', score: 1 },
      { id: 'situations/report', score: 1 },
    ],
  };
  const named = (names: ReturnType<typeof readNames>): SearchSource<WordHit> => ({
    search: async (words) => index[words.replace(/"/g, '')] ?? [],
    pages: 40,
    kindOf: () => 'Situation',
    siteWords: ['contributor', 'harassed'],
    lexicon: async () => readLexicon({ notice: '', expansions: '', irregular: '' }),
    names,
  });
  const names = readNames({
    'situations/report': storedNames(['Someone reported harassment', 'contributor being harassed']),
    'situations/other': storedNames(['Arrested or charged']),
  });
  const first = async (source: SearchSource<WordHit>) =>
    (await findPages(source, 'contributor harassed', GROUPS)).results[0]?.id;
  assert.equal(await first(named(new Map())), 'situations/other');
  assert.equal(await first(named(names)), 'situations/report');
});
