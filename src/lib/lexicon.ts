/**
 * Query expansion on the search page: the words a reader typed that the guidance does not use,
 * mapped to words it does. The map is derived at build time from WordNet and the built site's own
 * words (scripts/search-lexicon.ts, src/lib/lexicon-build.ts); this module only reads it.
 */
import { baseForms } from './word-forms.ts';

/** Where the build writes the lexicon, from the site's root; only the search page fetches it. */
export const LEXICON_FILE = 'search-lexicon.json';

export interface Lexicon {
  /** WordNet's licence asks that its notice travel with every copy of data derived from it. */
  notice: string;
  /** Words as the site's pages write them, which expansions lead to. */
  words: string[];
  /**
   * A dictionary form (lower case, words joined with "_") -> indices into `words`, closest first.
   * A close word (same meaning, or the same word as another part of speech) is stored as its
   * index; a broader term as the index's bitwise complement (a negative number).
   */
  expansions: Record<string, number[]>;
  /** Irregular forms WordNet lists and the suffix rules cannot undo: "stole" -> ["steal"]. */
  irregular: Record<string, string[]>;
}

/** A word found on fewer pages than this is weak: the search page looks for what it may mean. */
export const FEW_PAGES = 3;
/** A word on more than this share of pages tells pages apart too little, and is weak too. */
export const COMMON_SHARE = 0.4;

/** How much a page found through an expanded word counts, against 1 for the reader's own word. */
export const CLOSE_WEIGHT = 0.6;
export const BROADER_WEIGHT = 0.35;

export interface Expansion {
  word: string;
  weight: number;
}

/** The site's words a query word may mean, closest first, each with the weight of its evidence. */
export function expand(lexicon: Lexicon, word: string, limit = 4): Expansion[] {
  const found = new Map<string, number>();
  for (const form of baseForms(word, lexicon.irregular)) {
    for (const code of lexicon.expansions[form] ?? []) {
      const close = code >= 0;
      const target = lexicon.words[close ? code : ~code];
      if (target === undefined || target === word) continue;
      const weight = close ? CLOSE_WEIGHT : BROADER_WEIGHT;
      if ((found.get(target) ?? 0) < weight) found.set(target, weight);
    }
  }
  return [...found]
    .map(([target, weight]) => ({ word: target, weight }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit);
}

/** Whether the lexicon knows the word in any of its forms: a sign that the word is English. */
export function knows(lexicon: Lexicon, word: string): boolean {
  return baseForms(word, lexicon.irregular).some((form) => form in lexicon.expansions);
}

/** Two or three typed words that WordNet lists as one expression ("kicked out" -> "kick_out"). */
export function phrases(lexicon: Lexicon, tokens: readonly string[]): { key: string; span: string[] }[] {
  const found: { key: string; span: string[] }[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (const length of [3, 2]) {
      const span = tokens.slice(start, start + length);
      if (span.length < length) continue;
      const [first, ...rest] = span;
      const key = baseForms(first!, lexicon.irregular)
        .map((form) => [form, ...rest].join('_'))
        .find((candidate) => candidate in lexicon.expansions);
      if (key) found.push({ key, span });
    }
  }
  return found;
}
