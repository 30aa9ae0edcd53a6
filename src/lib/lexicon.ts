/**
 * Query expansion on the search page: the words a reader typed that the guidance does not use,
 * mapped to words it does. The map is derived at build time from WordNet and the built site's own
 * words (scripts/search-lexicon.ts, src/lib/lexicon-build.ts); this module only reads it.
 */
import { baseForms } from './word-forms.ts';

/** Where the build writes the lexicon, from the site's root; only the search page fetches it. */
export const LEXICON_FILE = 'search-lexicon.json';

/** The lexicon as the build writes it: text, which is smaller than the same as JSON arrays. */
export interface LexiconData {
  /** WordNet's licence asks that its notice travel with every copy of data derived from it. */
  notice: string;
  /**
   * A line per dictionary form (lower case, words joined with "_"), then the words the site's
   * pages use for it, closest first, spaces written "_": a word of the same meaning or root as
   * written, a broader term after "~".
   */
  expansions: string;
  /** A line per irregular form WordNet lists that the suffix rules cannot undo: "stole steal". */
  irregular: string;
}

/** Marks a broader term in the lexicon's text. */
export const BROADER = '~';

export interface Lexicon {
  expansions: Map<string, string[]>;
  irregular: Record<string, string[]>;
}

function lines(text: string): string[][] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '));
}

export function readLexicon(data: LexiconData): Lexicon {
  return {
    expansions: new Map(lines(data.expansions).map(([form, ...related]) => [form!, related])),
    irregular: Object.fromEntries(lines(data.irregular).map(([form, ...bases]) => [form!, bases])),
  };
}

/**
 * A word found on fewer pages than this is weak: the search page also looks for what it may mean.
 * The build keeps every kind of related word for such words, and only other forms for the rest.
 */
export const STRONG_PAGES = 10;
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
    for (const entry of lexicon.expansions.get(form) ?? []) {
      const broader = entry.startsWith(BROADER);
      const target = (broader ? entry.slice(BROADER.length) : entry).replace(/_/g, ' ');
      if (target === word) continue;
      const weight = broader ? BROADER_WEIGHT : CLOSE_WEIGHT;
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
  return baseForms(word, lexicon.irregular).some((form) => lexicon.expansions.has(form));
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
        .find((candidate) => lexicon.expansions.has(candidate));
      if (key) found.push({ key, span });
    }
  }
  return found;
}
