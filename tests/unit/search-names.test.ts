/**
 * Pages' names for search (src/lib/search-names.ts, src/lib/page-names.ts): which page shows which
 * aliases, how names and queries are reduced to stems, and how much of a name a query says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageAliases } from '../../src/lib/page-names.ts';
import { nameMatch, nameWords, readNames, storedNames, wantedStems } from '../../src/lib/search-names.ts';

test('names and queries meet as stems: word endings, hyphens and small words do not keep them apart', () => {
  assert.deepEqual(nameWords('Contributor being harassed'), nameWords('contributors were being HARASSED'));
  assert.deepEqual(nameWords('co-maintainer'), ['co', 'maintain']);
  assert.deepEqual(nameWords('someone reported harassment to us'), nameWords('reports harassed'));
});

test('a query that says all of one name matches it whole; one that says part of it, by that share', () => {
  const names = readNames({ page: storedNames(['Someone reported harassment', 'contributor being harassed']) }).get(
    'page',
  )!;
  assert.equal(nameMatch(names, wantedStems([{ word: 'a contributor was harassed', weight: 1 }])), 1);
  assert.equal(nameMatch(names, wantedStems([{ word: 'harassment report', weight: 1 }])), 1);
  assert.equal(nameMatch(names, wantedStems([{ word: 'harassed at the meetup', weight: 1 }])), 1 / 2);
  assert.equal(nameMatch(names, wantedStems([{ word: 'lost password', weight: 1 }])), 0);
});

test('a related word counts by its weight, and a stem wanted twice by the stronger word', () => {
  const names = readNames({ page: storedNames(['leaked token']) }).get('page')!;
  const wanted = wantedStems([
    { word: 'token', weight: 1 },
    { word: 'leak', weight: 0.35 },
    { word: 'leaks', weight: 0.6 },
  ]);
  assert.equal(wanted.get('leak'), 0.6);
  assert.equal(nameMatch(names, wanted), (1 + 0.6) / 2);
});

test("each page shows its entry's aliases; a decision tree's outcomes show theirs; an introduction names its section", () => {
  const pages = pageAliases([
    { collection: 'situations', id: 'leak', data: { aliases: ['leaked token'], outcomes: ['tell-everyone'] } },
    { collection: 'glossary', id: 'quiet', data: { aliases: [] } },
    { collection: 'pages', id: 'templates', data: { aliases: ['message templates'] } },
    {
      collection: 'decisions',
      id: 'disclosure',
      data: { aliases: ['decision tree'], outcomes: [{ id: 'tell-everyone', aliases: ['go public'] }] },
    },
  ]);
  assert.deepEqual(Object.fromEntries(pages), {
    '/situations/leak/': ['leaked token'],
    '/templates/': ['message templates'],
    '/decide/': ['decision tree'],
    '/decide/outcomes/tell-everyone/': ['go public'],
  });
});
