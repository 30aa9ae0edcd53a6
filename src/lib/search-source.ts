/**
 * Pagefind's browser API as findPages (search-find.ts) reads it: the search page builds its
 * `SearchSource` here, and so do the tests that measure search quality in Node against the same
 * built index, so both search the same way.
 */
import type { Lexicon } from './lexicon.ts';
import type { KindGroups, SearchSource } from './search-find.ts';
import type { PageNames } from './search-names.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type Filters = Record<string, { any: string[] }>;

/** The part of pagefind.js this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The search page's data attributes that name the kinds of page, as `KindGroups` reads them. */
export interface KindNames {
  actionKinds?: string;
  referenceKinds?: string;
  catalogueKinds?: string;
  startKinds?: string;
}

const kindList = (names: string | undefined) => (names ?? '').split('|').filter(Boolean);

/** Kinds that say what to do now, kinds that explain or look back, kinds named with everyday words, and the tools. */
export function kindGroups(names: KindNames): KindGroups {
  return {
    action: new Set(kindList(names.actionKinds)),
    reference: new Set(kindList(names.referenceKinds)),
    catalogue: kindList(names.catalogueKinds),
    start: new Set(kindList(names.startKinds)),
  };
}

/** Each page's kind, from one filtered search per kind, so results can be ranked by kind. */
export async function pageKinds(pagefind: Pagefind, kinds: readonly string[]): Promise<Map<string, string>> {
  const lists = await Promise.all(
    kinds.map(async (kind) => {
      const results = (await pagefind.search(null, { filters: { kind: { any: [kind] } } }))?.results ?? [];
      return results.map((result) => [result.id, kind] as const);
    }),
  );
  return new Map(lists.flat());
}

/** What a source needs besides the index: the words, lexicon and names files, read by the caller. */
export interface SourceParts {
  kindOf: ReadonlyMap<string, string>;
  siteWords: readonly string[];
  lexicon: () => Promise<Lexicon | undefined>;
  names: PageNames;
}

/**
 * The index as findPages reads it, narrowed by `filters`. Results are kept in `cache` for the
 * visit: a query repeats its words as it is typed.
 */
export function pagefindSource(
  pagefind: Pagefind,
  parts: SourceParts,
  filters: Filters = {},
  cache: Map<string, Promise<PagefindResult[]>> = new Map(),
): SearchSource<PagefindResult> {
  return {
    search(words) {
      const key = `${words}\n${JSON.stringify(filters)}`;
      let found = cache.get(key);
      if (!found) {
        found = pagefind.search(words || null, { filters }).then((response) => response?.results ?? []);
        cache.set(key, found);
      }
      return found;
    },
    pages: parts.kindOf.size,
    kindOf: (id) => parts.kindOf.get(id),
    siteWords: parts.siteWords,
    lexicon: parts.lexicon,
    names: parts.names,
  };
}
