/**
 * What the search page does with a query, without a browser: looks up each word, weighs what each
 * found, brings in related words for weak ones, and orders the pages. The search index (Pagefind in
 * the browser) comes in as `SearchSource`, so the same steps run in unit tests on a table of hits.
 */
import { COMMON_SHARE, STRONG_PAGES, expand, knows, phrases, type Lexicon } from './lexicon.ts';
import { isStopWord, queryWords, rankPages, type WordHit, type WordSearch } from './search.ts';
import { SERVICES } from './lexicon-supplement.ts';
import { NAME_MATCH_WEIGHT, nameMatch, wantedStems, type PageNames } from './search-names.ts';
import {
  ACTION_BOOST,
  LIKELY_ENGLISH,
  REFERENCE_DAMPING,
  START_BOOST,
  SURELY_ENGLISH,
  describesSituation,
  kindsNamed,
  noEnglishWords,
  queryTokens,
} from './search-intent.ts';
import { editDistance, nearest } from './text.ts';
import { baseForms } from './word-forms.ts';

/** The index as the steps below use it. `T` is the index's own result, handed back in order. */
export interface SearchSource<T extends WordHit> {
  /** The pages with a word (or a "quoted" word, which must be there as written). */
  search(words: string): Promise<readonly T[]>;
  /** How many pages the index holds. */
  pages: number;
  /** The kind of a page as results show it ("Template"). */
  kindOf(id: string): string | undefined;
  /** The words of the site's titles, summaries and aliases, 4 letters or more. */
  siteWords: readonly string[];
  /** The everyday-English lexicon, fetched on first use; undefined when it cannot load. */
  lexicon(): Promise<Lexicon | undefined>;
  /** Each page's names (title and aliases) as stems, by the index's page id; empty when they cannot load. */
  names: PageNames;
}

/** Kinds of page as results show them: which say what to do now, which explain or look back, which name catalogues, which are where to start. */
export interface KindGroups {
  action: ReadonlySet<string>;
  reference: ReadonlySet<string>;
  catalogue: readonly string[];
  /** Kinds of page where a reader starts when the query names nothing in particular: the tools. */
  start: ReadonlySet<string>;
}

/**
 * What a search found: pages with every word, with some of them, only with words of the same
 * meaning, with a corrected spelling, or nothing.
 */
export interface Found<T> {
  results: T[];
  mode: 'all' | 'some' | 'related' | 'corrected' | 'none';
  /** The query searched instead, when the spelling was corrected. */
  corrected?: string;
  /** Set when the query is not in English. */
  foreign?: boolean;
}

/** Fewer pages than this with every word, and each word of the query counts as weak. */
export const ENOUGH = 5;

/**
 * The pages each query word is on. Without quotes, a word Pagefind lacks falls back to pages with
 * its first letters ("acoso" finds every "a"); in quotes, it finds the word (in any ending) or
 * nothing, but ranks less well. So a word is looked up both ways, and its pages count only if it
 * is there; a word of the site's titles, summaries or aliases is there for sure, and needs one search.
 */
async function ownHits<T extends WordHit>(
  source: SearchSource<T>,
  terms: readonly string[],
): Promise<(readonly T[])[]> {
  const { search } = source;
  const titled = new Set(source.siteWords);
  const own: (readonly T[])[] = await Promise.all(
    terms.map(async (term) => {
      if (baseForms(term).some((form) => titled.has(form))) return search(term);
      const [exact, loose] = await Promise.all([search(`"${term}"`), search(term)]);
      return exact.length > 0 ? loose : [];
    }),
  );
  const last = terms.length - 1;
  if (own[last]!.length === 0) {
    // The last word may be half typed: its first letters count when they begin a word the site uses.
    const partial = terms[last]!;
    if (source.siteWords.some((word) => word.startsWith(partial))) own[last] = await search(partial);
  }
  return own;
}

/**
 * How surely a word is English: common words and those the site or the dictionary knows surely;
 * a slip of the keyboard away from a word the site uses ("harrassment"), or a word the index has,
 * likely (other languages share such words: "projet", "incidente").
 */
function englishTest<T extends WordHit>(
  source: SearchSource<T>,
  words: Lexicon,
  terms: readonly string[],
  own: readonly (readonly T[])[],
): (word: string) => number {
  const known = new Set(source.siteWords);
  return (word) => {
    if (isStopWord(word) || known.has(word) || knows(words, word)) return SURELY_ENGLISH;
    const slip = word.length >= 5 && source.siteWords.some((site) => editDistance(word, site) <= 1);
    return slip || (own[terms.indexOf(word)]?.length ?? 0) > 0 ? LIKELY_ENGLISH : 0;
  };
}

/**
 * Every meaningful word, weighed by what each found: a word the site uses on too few pages, or
 * on too many to tell them apart, brings in the site's words for the same thing, at a lower
 * weight. Pages with every word come first, and a page counts more by how much of one of its
 * names (its title or an alias) the query says, in its own or related words. For a query that
 * describes something happening, pages that say what to do come before reference pages, and for
 * one whose words are all too common to tell pages apart, the tools come first. Failing all, a
 * corrected spelling.
 * `early` receives the ranking from the reader's own words while related words are looked up.
 */
export async function findPages<T extends WordHit>(
  source: SearchSource<T>,
  query: string,
  kinds: KindGroups,
  early?: (found: Found<T>) => void,
): Promise<Found<T>> {
  const terms = queryWords(query);
  if (terms.length === 0) {
    const results = [...(await source.search(query))];
    return { results, mode: results.length > 0 ? 'all' : 'none' };
  }
  const { search } = source;
  const own = await ownHits(source, terms);
  const all = own.reduce((common, hits) => {
    const ids = new Set(hits.map((hit) => hit.id));
    return common.filter((hit) => ids.has(hit.id));
  });
  const pages = Math.max(source.pages, 1);
  // A word on too few pages, or on too many to tell them apart, is weak; so is every word of a
  // query that few pages answer whole. Weak words bring in the site's words for the same thing.
  const strong = (found: number) => found >= STRONG_PAGES && found <= COMMON_SHARE * pages;
  const weak = own.map((hits) => all.length < ENOUGH || !strong(hits.length));
  const perWord: WordSearch[][] = own.map((hits) => [{ weight: 1, hits }]);
  /** The words searched for each query word after its own, in the order of its searches. */
  const expansionWords: string[][] = terms.map(() => []);
  const byId = new Map<string, T>(own.flat().map((result) => [result.id, result]));
  const situation = describesSituation(query);
  // No word tells pages apart ("who should I tell"): the reader asks where to start.
  const nothingInParticular = own.every((hits) => hits.length > COMMON_SHARE * pages);
  const factor = (id: string): number => {
    const kind = source.kindOf(id);
    if (nothingInParticular && kind && kinds.start.has(kind)) return START_BOOST;
    if (!situation || !kind) return 1;
    return kinds.action.has(kind) ? ACTION_BOOST : kinds.reference.has(kind) ? REFERENCE_DAMPING : 1;
  };
  /** The reader's words, and the related words searched for them at their lower weights. */
  const said = terms.map((word) => ({ word, weight: 1 }));
  const ranked = (): T[] => {
    if (situation) {
      perWord.forEach((searches, index) => {
        for (const [at, searched] of searches.entries()) {
          const named = kindsNamed(at === 0 ? terms[index]! : expansionWords[index]![at - 1]!, kinds.catalogue);
          if (named.size > 0) searched.named = (id) => named.has(source.kindOf(id) ?? '');
        }
      });
    }
    return rankPages(perWord, factor, nameBonus(source.names, byId.keys(), said)).map((page) => byId.get(page.id)!);
  };
  const mode: Found<T>['mode'] = all.length > 0 ? 'all' : 'some';
  if (weak.some(Boolean)) {
    // The reader's own words first, while related words are looked up.
    if (early && own.some((hits) => hits.length > 0)) early({ results: ranked(), mode });
    const words = await source.lexicon();
    if (words) {
      if (noEnglishWords(query, englishTest(source, words, terms, own), (word) => Object.hasOwn(SERVICES, word)))
        return { results: [], mode: 'none', foreign: true };
      const related = terms.map((term, index) => (weak[index] ? expand(words, term) : []));
      // "kicked out" or "step down": expressions WordNet lists whole, for the words they span.
      for (const phrase of phrases(words, queryTokens(query))) {
        for (const [index, term] of terms.entries()) {
          if (weak[index] && phrase.span.includes(term)) related[index]!.push(...expand(words, phrase.key));
        }
      }
      said.push(...related.flat());
      const found = await Promise.all(
        related.map((expansions) => Promise.all(expansions.map(async ({ word }) => search(word)))),
      );
      found.forEach((lists, index) => {
        lists.forEach((hits, at) => {
          perWord[index]!.push({ weight: related[index]![at]!.weight, hits });
          expansionWords[index]!.push(related[index]![at]!.word);
          for (const hit of hits) if (!byId.has(hit.id)) byId.set(hit.id, hit);
        });
      });
    }
  }
  const results = ranked();
  if (results.length > 0) return { results, mode: own.every((hits) => hits.length === 0) ? 'related' : mode };
  return (await correctedSpelling(source, terms, kinds)) ?? { results: [], mode: 'none' };
}

/** What each page found gains by how much of one of its names the query says (`said`: its words, with their weights). */
function nameBonus(
  names: PageNames,
  pages: Iterable<string>,
  said: readonly { word: string; weight: number }[],
): Map<string, number> {
  const wanted = wantedStems(said);
  const bonus = new Map<string, number>();
  for (const id of pages) {
    const match = nameMatch(names.get(id) ?? [], wanted);
    if (match > 0) bonus.set(id, NAME_MATCH_WEIGHT * match);
  }
  return bonus;
}

/** Failing all, the query with each word the site does not use spelt as the nearest word it does. */
async function correctedSpelling<T extends WordHit>(
  source: SearchSource<T>,
  terms: readonly string[],
  kinds: KindGroups,
): Promise<Found<T> | undefined> {
  const fixed = terms.map((term) =>
    source.siteWords.includes(term) ? term : (nearest(term, source.siteWords, 1)[0] ?? term),
  );
  if (fixed.every((term, index) => term === terms[index])) return undefined;
  const corrected = fixed.join(' ');
  const again = await findPages(source, corrected, kinds);
  return again.results.length > 0 ? { results: again.results, mode: 'corrected', corrected } : undefined;
}
