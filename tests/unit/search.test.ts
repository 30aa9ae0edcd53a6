/**
 * Search logic without a browser: word forms, the WordNet reader, the lexicon the build derives
 * and the search page reads, what a query's form tells, the ranking, and the page text indexed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BROADER_WEIGHT, CLOSE_WEIGHT, expand, knows, phrases, readLexicon } from '../../src/lib/lexicon.ts';
import { DEFAULT_OPTIONS, buildLexicon, falseInflections, relatedLemmas, stems } from '../../src/lib/lexicon-build.ts';
import { indexedWords } from '../../src/lib/page-text.ts';
import { NAMED_KIND_WEIGHT, entryFacets, queryWords, rankPages, searchTags } from '../../src/lib/search.ts';
import { describesSituation, kindNames, kindsNamed, noEnglishWords } from '../../src/lib/search-intent.ts';
import { baseForms, respellings } from '../../src/lib/word-forms.ts';
import { parseIndex, readWordNet, synset } from '../../src/lib/wordnet.ts';

test('base forms undo endings, irregular forms and doubled consonants', () => {
  assert.ok(baseForms('threatened').includes('threaten'));
  assert.ok(baseForms('stopped').includes('stop'));
  assert.ok(baseForms('apologising').includes('apologize'));
  assert.ok(baseForms('apologising').includes('apologise'));
  assert.ok(!baseForms('stole').includes('steal'));
  assert.ok(baseForms('stole', { stole: ['steal'] }).includes('steal'));
  assert.equal(baseForms('Leaks')[0], 'leaks');
  // A word that names a property of every object is a word like any other.
  assert.ok(baseForms('constructor', { stole: ['steal'] }).includes('constructor'));
});

test('respellings go both ways between British and American English', () => {
  assert.ok(respellings('colour').includes('color'));
  assert.ok(respellings('color').includes('colour'));
  assert.ok(respellings('licence').includes('license'));
  assert.ok(respellings('organisation').includes('organization'));
  assert.ok(respellings('cancelled').includes('canceled'));
  assert.deepEqual(respellings('cat'), []);
  // Short words do not differ this way: "tour" is not "tor", nor "filled" "filed".
  for (const word of ['tour', 'your', 'filled', 'filed', 'called']) assert.deepEqual(respellings(word), [], word);
});

// A WordNet in miniature, in the database's own line format (wndb(5)): offsets, hexadecimal word
// counts, pointers with source/target word numbers. The licence header lines start with spaces.
const INDEX_VERB = `  1 licence header
threaten v 1 2 @ + 1 1 00000001  
warn v 1 0 1 1 00000002  
quit v 1 1 @ 1 3 00000004  
step_down v 1 0 1 0 00000004  
resign v 1 0 1 1 00000004  
leave v 1 0 1 5 00000005  
`;
const INDEX_NOUN = `threat n 1 1 + 1 2 00000003  
menace n 1 0 1 0 00000003  
`;
const DATA_VERB = `  1 licence header
00000001 32 v 01 threaten 0 002 @ 00000002 v 0000 + 00000003 n 0101 01 + 08 00 | to utter threats  
00000002 32 v 01 warn 0 000 | to notify of danger  
00000004 41 v 03 quit 0 step_down 0 resign 0 001 @ 00000005 v 0000 | give up a position  
00000005 38 v 01 leave 0 000 | go away  
`;
const DATA_NOUN = `00000003 07 n 02 threat 0 menace 0 001 + 00000001 v 0101 | a declaration of an intention to harm  
`;
const WORDNET = readWordNet({
  'index.verb': INDEX_VERB,
  'index.noun': INDEX_NOUN,
  'data.verb': DATA_VERB,
  'data.noun': DATA_NOUN,
});

test('the WordNet reader keeps senses, tagged counts, words and pointers', () => {
  const index = parseIndex(INDEX_VERB, 'v');
  assert.deepEqual(index.get('quit')?.get('v'), { senses: ['v:00000004'], tagged: 3 });
  assert.equal(index.has('licence'), false);
  const quit = synset(WORDNET, 'v:00000004');
  assert.deepEqual(quit?.words, ['quit', 'step_down', 'resign']);
  const threaten = synset(WORDNET, 'v:00000001');
  assert.deepEqual(threaten?.pointers[1], { symbol: '+', target: 'n:00000003', sourceWord: 1, targetWord: 1 });
  assert.equal(synset(WORDNET, 'v:99999999'), undefined);
});

test('related lemmas: other forms first, then synonyms, then one step broader', () => {
  assert.deepEqual(relatedLemmas(WORDNET, 'threaten', 3), {
    derived: ['threat'],
    close: ['threaten', 'threat'],
    broader: ['warn'],
  });
  assert.deepEqual(relatedLemmas(WORDNET, 'quit', 3).close, ['quit', 'step_down', 'resign']);
  assert.ok(stems('threaten').includes('threat'));
  assert.ok(stems('harassment').includes('harass'));
});

/** Ten pages: a few carry the words the lexicon may lead to, the rest are filler. */
const PAGES = [
  'we will step down from the council'.split(' '),
  'a threat to the project'.split(' '),
  'a warning before you leave'.split(' '),
  ...Array.from({ length: 7 }, () => 'filler text only'.split(' ')),
];

test('the lexicon leads only to words the pages use, written as they write them', () => {
  const lexicon = readLexicon(buildLexicon(WORDNET, { stole: ['steal'] }, PAGES, 'WordNet notice', () => true));
  assert.deepEqual(lexicon.expansions.get('threaten'), ['threat', '~warning']);
  assert.deepEqual(lexicon.expansions.get('quit'), ['step_down', '~leave']);
  // "resign" is on no page but leads to "step down"; "warn" leads to no word of the pages.
  assert.equal(lexicon.expansions.has('resign'), true);
  assert.equal(lexicon.expansions.has('warn'), false);
  assert.deepEqual(expand(lexicon, 'quitting'), [
    { word: 'step down', weight: CLOSE_WEIGHT },
    { word: 'leave', weight: BROADER_WEIGHT },
  ]);
  assert.deepEqual(
    expand(lexicon, 'threatened').map((found) => found.word),
    ['threat', 'warning'],
  );
});

test('the lexicon keeps the most common words that fit the budget, and WordNet’s notice', () => {
  const data = buildLexicon(WORDNET, {}, PAGES, 'WordNet notice', (draft) => draft.expansions.split('\n').length <= 1);
  assert.equal(data.notice, 'WordNet notice');
  // "leave" (5 tagged senses) is on a page itself; "quit" (3) is the most common word left.
  assert.deepEqual(data.expansions.split('\n'), ['quit step_down ~leave']);
});

test('irregular forms ship only for words the lexicon has', () => {
  const data = buildLexicon(WORDNET, { quat: ['quit'], stole: ['steal'] }, PAGES, '', () => true);
  assert.equal(data.irregular, 'quat quit');
  const lexicon = readLexicon(data);
  assert.deepEqual(
    expand(lexicon, 'quat').map((found) => found.word),
    ['step down', 'leave'],
  );
});

test('a word that only looks like a form of another is its own lemma: "news" is no plural of "new"', () => {
  const wordnet = readWordNet({
    'index.adj': 'new a 1 0 1 5 00000010  \n',
    'index.noun': 'news n 1 0 1 3 00000011  \nhacks n 1 0 1 1 00000013  \n',
    'index.verb': 'hack v 1 0 1 2 00000012  \n',
    'data.adj': '00000010 00 a 01 new 0 000 | not old  \n',
    'data.noun': '00000011 10 n 01 news 0 000 | new information  \n00000013 10 n 01 hacks 0 000 | writers  \n',
    'data.verb': '00000012 30 v 01 hack 0 000 | to cut  \n',
  });
  // "hacks" may be the verb "hack" with an "s"; "news" cannot be the adjective "new" with one.
  assert.deepEqual(falseInflections(wordnet, {}), [['news', ['new']]]);
  assert.deepEqual(falseInflections(wordnet, { news: ['news'] }), []);
  assert.ok(baseForms('news').includes('new'));
  assert.deepEqual(baseForms('news', { news: ['news'] }), ['news']);
  // Listed only while the word it could be taken for is in the lexicon.
  const pages = ['new fresh news'.split(' '), 'the new code'.split(' ')];
  const data = buildLexicon(wordnet, {}, pages, '', () => true);
  assert.equal(
    data.irregular.split('\n').includes('news news'),
    data.expansions.split('\n').some((line) => line.startsWith('new ')),
  );
  const lexicon = readLexicon({ notice: '', expansions: 'new fresh', irregular: 'news news' });
  assert.deepEqual(expand(lexicon, 'news'), []);
  assert.deepEqual(expand(lexicon, 'newer'), [{ word: 'fresh', weight: CLOSE_WEIGHT }]);
});

test('the supplement maps everyday words WordNet lacks or counts as rare to the words pages use, first', () => {
  const supplement = { dm: ['direct_message', 'private_message'], outage: ['downtime'] };
  const pages = [...PAGES, 'send a direct message to the council'.split(' '), 'planned downtime'.split(' ')];
  const options = { ...DEFAULT_OPTIONS, supplement };
  const lexicon = readLexicon(buildLexicon(WORDNET, {}, pages, '', () => true, options));
  // "direct message" is no WordNet lemma, yet counts as the pages' phrase; "private message" is on no page.
  assert.deepEqual(lexicon.expansions.get('dm'), ['direct_message']);
  assert.deepEqual(expand(lexicon, 'DMs'), [{ word: 'direct message', weight: CLOSE_WEIGHT }]);
  assert.deepEqual(lexicon.expansions.get('outage'), ['downtime']);
  // Ranked before every WordNet word: with room for one line, a supplement word has it.
  const one = buildLexicon(WORDNET, {}, pages, '', (draft) => draft.expansions.split('\n').length <= 1, options);
  assert.equal(one.expansions, 'dm direct_message');
});

test('where the pages use a word, its related words must be near it somewhere: those that never are mean another sense', () => {
  const pages = [
    'we quit the council today'.split(' '),
    'we will step down from the council'.split(' '),
    'you may quit and leave'.split(' '),
    // On the same page, but far apart: not the same passage, so no evidence of the same sense.
    ['quit', ...Array.from({ length: 60 }, () => 'filler'), 'step', 'down'],
    ...Array.from({ length: 6 }, () => 'filler text only'.split(' ')),
  ];
  const lexicon = readLexicon(buildLexicon(WORDNET, {}, pages, '', () => true));
  assert.deepEqual(lexicon.expansions.get('quit'), ['~leave']);
  // "resign" is on no page, so there is no sense to check: every related word the pages use counts.
  assert.deepEqual(lexicon.expansions.get('resign'), ['quit', 'step_down', '~leave']);
});

test('known words and expressions of two or three words', () => {
  const lexicon = readLexicon({ notice: '', expansions: 'kick_out removal\nquit step_down', irregular: 'kicked kick' });
  assert.equal(knows(lexicon, 'quitting'), true);
  assert.equal(knows(lexicon, 'acoso'), false);
  assert.deepEqual(phrases(lexicon, ['he', 'was', 'kicked', 'out']), [{ key: 'kick_out', span: ['kicked', 'out'] }]);
});

test('the words a page must have: not the small words, nor "someone" or "nothing", which pages say everywhere', () => {
  assert.deepEqual(queryWords('Someone got into our Mastodon account'), ['got', 'mastodon', 'account']);
  assert.deepEqual(queryWords('everyone is speculating because we said nothing'), ['speculating', 'because', 'said']);
  assert.deepEqual(queryWords('TLP:AMBER+STRICT'), ['tlp:amber+strict']);
});

test('a query that describes something happening, and one that names a topic', () => {
  for (const query of ['someone is threatening me', 'what do I say', 'logs leaked', 'help', 'can we ban him?'])
    assert.equal(describesSituation(query), true, query);
  for (const query of ['tlp amber', 'license change', 'meeting notes', 'tabletop exercise', ''])
    assert.equal(describesSituation(query), false, query);
});

test('a query in another language, by how much of it English covers', () => {
  const sure = ['harassment', 'project', 'notre', 'lost', 'the', 'was', 'hacked'];
  const likely = ['proyecto', 'projet', 'incidente', 'harrasment', 'maintainr'];
  const englishness = (word: string) => (sure.includes(word) ? 1 : likely.includes(word) ? 0.5 : 0);
  assert.equal(noEnglishWords('acoso en el proyecto', englishness), true);
  assert.equal(
    noEnglishWords('Belästigung', () => 1),
    true,
  );
  // One word that is English too, or close to an English word, does not make the query English.
  assert.equal(noEnglishWords('periodista pide declaraciones sobre el incidente', englishness), true);
  assert.equal(noEnglishWords("quelqu'un usurpe l'identité de notre projet sur les réseaux", englishness), true);
  // English words among foreign ones, misspelt English, and unknown names in English stay English.
  assert.equal(noEnglishWords('harassment en el proyecto', englishness), false);
  assert.equal(noEnglishWords('harrasment maintainr', englishness), false);
  assert.equal(noEnglishWords('yubikey totp lost', englishness), false);
  assert.equal(noEnglishWords('the account was hacked', englishness), false);
  assert.equal(noEnglishWords('el', englishness), false);
  // A service's name is the same in every language: it counts for neither.
  const withName = "quelqu'un a pirate le compte github de notre projet";
  const known = (word: string) => (word === 'github' ? 1 : englishness(word));
  assert.equal(noEnglishWords(withName, known), false);
  assert.equal(
    noEnglishWords(withName, known, (word) => word === 'github'),
    true,
  );
  assert.equal(
    noEnglishWords('github', known, (word) => word === 'github'),
    false,
  );
});

test('kinds by collection, and the kinds a word names', () => {
  const singular = (name: string) => ({ threats: 'Threat', cases: 'Case study' })[name];
  assert.equal(
    kindNames(['threats', 'situations', 'cases'], singular, ['Decision outcome']),
    'Threat|Case study|Decision outcome',
  );
  assert.deepEqual(
    [...kindsNamed('threats', ['Threat', 'Threat category', 'Case study'])],
    ['Threat', 'Threat category'],
  );
  assert.deepEqual([...kindsNamed('threatened', ['Threat'])], []);
});

test('ranking: every word first, a related word less than the reader’s own, kinds weighed', () => {
  const own = (ids: string[]) => ({ weight: 1, hits: ids.map((id, index) => ({ id, score: 10 - index })) });
  const both = rankPages([[own(['a', 'b'])], [own(['b', 'c'])]]);
  assert.equal(both[0]!.id, 'b');
  const related = rankPages([[own(['a']), { weight: CLOSE_WEIGHT, hits: [{ id: 'r', score: 10 }] }]]);
  assert.deepEqual(
    related.map((page) => page.id),
    ['a', 'r'],
  );
  assert.ok(related[1]!.score < related[0]!.score);
  const named = rankPages([[{ ...own(['t', 'o']), named: (id) => id === 't' }]]);
  assert.deepEqual(
    named.map((page) => page.id),
    ['o', 't'],
  );
  assert.ok(NAMED_KIND_WEIGHT < 1);
  const boosted = rankPages([[own(['a', 'b'])]], (id) => (id === 'b' ? 2 : 1));
  assert.equal(boosted[0]!.id, 'b');
});

test('a result shows the page’s own label, and a template also its message’s', () => {
  const facets = entryFacets(
    'Template',
    { classification: 'TLP:CLEAR', messageLabels: { allowed: ['TLP:RED', 'TLP:AMBER'] } },
    (value) => value,
  );
  assert.equal(facets.label, 'TLP:CLEAR');
  const tags = searchTags(facets).map((tag) => `${tag.attribute}=${tag.value}`);
  assert.ok(tags.includes('data-pagefind-filter=page_label:TLP:CLEAR'));
  // Pagefind indexes metadata values as words: the page's label is not one.
  assert.ok(!tags.some((tag) => tag.startsWith('data-pagefind-meta=') && tag.includes('TLP:CLEAR')));
  assert.ok(tags.includes('data-pagefind-meta=message_label:TLP:RED or TLP:AMBER'));
  assert.ok(tags.includes('data-pagefind-filter=message_label:TLP:RED'));
  const norm = searchTags(entryFacets('Norm', { classification: 'TLP:CLEAR' }, (value) => value));
  assert.ok(!norm.some((tag) => tag.value.startsWith('message_label')));
});

test('the words Pagefind indexes: the page body, without what it is told to ignore', () => {
  const html = `<html><body><header>Menu words</header><main data-pagefind-body><h1>Threat</h1>
    <p>Someone’s <em>threat</em>ening words</p><div data-pagefind-ignore>hidden</div><script>code()</script></main></body></html>`;
  assert.deepEqual(indexedWords(html), ['threat', "someone's", 'threatening', 'words']);
  assert.deepEqual(indexedWords('<html><body><p>not indexed</p></body></html>'), []);
});
