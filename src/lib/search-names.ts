/**
 * The names each page goes by (its title and its aliases), for search to compare whole names with
 * a query. Pagefind weighs the words of the names high, but only one by one, and against the whole
 * page: a query that says most of one alias ("a contributor harassed them" against "contributor
 * being harassed") ranked no higher than pages that repeat its commonest word. Here a page counts
 * more by the share of one of its names the query covers.
 */
import { stemmer } from 'stemmer';
import { queryWords } from './search.ts';

/**
 * Written by Astro with each page's aliases, keyed by page address; then, after Pagefind, with
 * each page's title first and keyed by Pagefind's page ids (scripts/search-names.ts).
 */
export const NAMES_FILE = 'search-names.json';

/** Each page's names, each name as its words' stems joined by spaces. */
export type NameTable = Record<string, readonly string[]>;

/** What a name or query word is compared as: lower case, hyphens apart, each word's stem ("harassed" and "harassment": "harass"). */
export function nameWords(text: string): string[] {
  return queryWords(text.replace(/[-:]/g, ' ')).map((word) => stemmer(word));
}

/** Names as the table stores them: each as its words' stems, joined by spaces. */
export function storedNames(names: readonly string[]): string[] {
  return names.map((name) => nameWords(name).join(' '));
}

/** Each page's names as lists of stems, read once from the shipped table. */
export type PageNames = ReadonlyMap<string, readonly (readonly string[])[]>;

export function readNames(table: NameTable): PageNames {
  return new Map(
    Object.entries(table).map(([id, names]) => [id, names.map((name) => name.split(' ').filter(Boolean))]),
  );
}

/** What a name match adds to a page's score, against 1 for a query word found on the page. */
export const NAME_MATCH_WEIGHT = 1.5;

/**
 * How much of one of a page's names a query says, from 0 to 1: of the name's words, the share the
 * query has, each counting by the weight of the query's word for it (1 for the reader's own word,
 * less for a related word). `wanted` maps stems to weights.
 */
export function nameMatch(names: readonly (readonly string[])[], wanted: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const name of names) {
    if (name.length === 0) continue;
    const said = name.reduce((sum, word) => sum + (wanted.get(word) ?? 0), 0) / name.length;
    best = Math.max(best, said);
  }
  return best;
}

/** The stems a query wants, each with the weight of its strongest word: `words` with their weights. */
export function wantedStems(words: readonly { word: string; weight: number }[]): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const { word, weight } of words)
    for (const stem of nameWords(word)) wanted.set(stem, Math.max(wanted.get(stem) ?? 0, weight));
  return wanted;
}
