/**
 * Derives the search page's query expansions (src/lib/lexicon.ts) from WordNet and the words of
 * the built site: for each everyday English word, the words the site's pages use for the same
 * thing (synonyms in its common senses, the same word as another part of speech, British and
 * American spellings), then one step broader. Only words the pages contain are kept, so every
 * expansion can find something.
 */
import { COMMON_SHARE, FEW_PAGES, type Lexicon } from './lexicon.ts';
import { baseForms, respellings } from './word-forms.ts';
import { synset, type WordNet } from './wordnet.ts';

/** Pointers to words of the same meaning or the same root: derivation, pertainym, participle, similar, see also, attribute. */
const CLOSE_POINTERS = new Set(['+', '\\', '<', '&', '^', '=']);
/** One step broader: a hypernym, or the class of an instance. */
const BROADER_POINTERS = new Set(['@', '@i']);

export interface LexiconOptions {
  /** Senses read per word and part of speech: WordNet lists the most frequent first. */
  senses: number;
  /** Expansions kept per word. */
  targets: number;
}

export const DEFAULT_OPTIONS: LexiconOptions = { senses: 3, targets: 4 };

/** Words too common to mean anything as an expansion. */
const FUNCTION_WORDS = new Set(
  'a an the to of in on for and or is are be been was were it its as at by with from this that these those not no do does did has have had can may will would should could one'.split(
    ' ',
  ),
);

interface SiteWords {
  /** Lemma (or phrase joined with "_") -> number of pages using it. */
  pages: Map<string, number>;
  /** Lemma -> how the pages write it, with counts: the most used form is the one searched. */
  surfaces: Map<string, Map<string, number>>;
}

/** The dictionary forms of each page's words, counted once per page, with the forms as written. */
export function siteWords(
  pages: readonly (readonly string[])[],
  isLemma: (word: string) => boolean,
  irregular: Readonly<Record<string, readonly string[]>>,
): SiteWords {
  const counts: SiteWords = { pages: new Map(), surfaces: new Map() };
  const lemmaCache = new Map<string, string[]>();
  const lemmasOf = (token: string): string[] => {
    let lemmas = lemmaCache.get(token);
    if (!lemmas) {
      lemmas = [...new Set([token, ...baseForms(token, irregular).filter(isLemma)])];
      lemmaCache.set(token, lemmas);
    }
    return lemmas;
  };
  const note = (lemma: string, surface: string, seen: Set<string>) => {
    if (!seen.has(lemma)) {
      seen.add(lemma);
      counts.pages.set(lemma, (counts.pages.get(lemma) ?? 0) + 1);
    }
    const forms = counts.surfaces.get(lemma) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    counts.surfaces.set(lemma, forms);
  };
  for (const tokens of pages) {
    const seen = new Set<string>();
    tokens.forEach((token, at) => {
      for (const lemma of lemmasOf(token)) note(lemma, token, seen);
      // Expressions WordNet lists as one lemma, such as "step down" or "code of conduct".
      for (const length of [2, 3]) {
        const rest = tokens.slice(at + 1, at + length);
        if (rest.length < length - 1) continue;
        for (const first of lemmasOf(token)) {
          const phrase = [first, ...rest].join('_');
          if (isLemma(phrase)) note(phrase, [token, ...rest].join(' '), seen);
        }
      }
    });
  }
  return counts;
}

/** The most used written form of a lemma on the site. */
function surfaceOf(words: SiteWords, lemma: string): string | undefined {
  const forms = words.surfaces.get(lemma);
  if (!forms) return undefined;
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Words of the same meaning or root as the lemma, then words one step broader, each in WordNet's order. */
export function relatedLemmas(wordnet: WordNet, lemma: string, senses: number): { close: string[]; broader: string[] } {
  const close: string[] = [];
  const broader: string[] = [];
  const parts = [...(wordnet.index.get(lemma)?.values() ?? [])];
  // A rare part of speech of a common word ("a steal" beside "to steal") is seldom what a reader means.
  const common = parts.some((entry) => entry.tagged > 0);
  for (const entry of parts) {
    if (common && entry.tagged === 0) continue;
    for (const sense of entry.senses.slice(0, Math.min(senses, Math.max(1, entry.tagged)))) {
      const found = synset(wordnet, sense);
      if (!found) continue;
      close.push(...found.words);
      for (const pointer of found.pointers) {
        const target = synset(wordnet, pointer.target);
        if (!target) continue;
        const reached = pointer.targetWord === 0 ? target.words : [target.words[pointer.targetWord - 1]!];
        if (CLOSE_POINTERS.has(pointer.symbol)) close.push(...reached);
        else if (BROADER_POINTERS.has(pointer.symbol) && pointer.sourceWord === 0) broader.push(...reached);
      }
    }
  }
  return { close: [...new Set(close)], broader: [...new Set(broader)] };
}

/** How common a lemma is: its tagged senses in either spelling of English. */
function frequency(wordnet: WordNet, lemma: string): number {
  let best = 0;
  for (const spelling of [lemma, ...respellings(lemma)]) {
    let tagged = 0;
    for (const entry of wordnet.index.get(spelling)?.values() ?? []) tagged += entry.tagged;
    best = Math.max(best, tagged);
  }
  return best;
}

/**
 * The lexicon the search page loads: the WordNet lemmas that lead to words on the site, most
 * common first, as many as `fits` allows, and the irregular forms of those lemmas that the suffix
 * rules cannot undo. A lemma the site already uses on enough pages is left out: the search page
 * never expands it.
 */
export function buildLexicon(
  wordnet: WordNet,
  exceptions: Readonly<Record<string, readonly string[]>>,
  pages: readonly (readonly string[])[],
  notice: string,
  fits: (lexicon: Lexicon) => boolean,
  options: LexiconOptions = DEFAULT_OPTIONS,
): Lexicon {
  const isLemma = (word: string) => wordnet.index.has(word);
  const site = siteWords(pages, isLemma, exceptions);
  const ceiling = COMMON_SHARE * pages.length;
  const useful = (used: number) => used > 0 && used <= ceiling;
  const candidates: { lemma: string; related: { surface: string; close: boolean }[]; frequency: number }[] = [];
  for (const lemma of wordnet.index.keys()) {
    if (!/^[a-z][a-z'_-]*$/.test(lemma)) continue;
    // Words never met in WordNet's tagged corpus are rare enough to leave for the budget's sake.
    const common = frequency(wordnet, lemma);
    if (common === 0) continue;
    const own = site.pages.get(lemma) ?? 0;
    if (own >= FEW_PAGES && own <= ceiling) continue;
    const { close, broader } = relatedLemmas(wordnet, lemma, options.senses);
    const related: { surface: string; close: boolean }[] = [];
    const taken = new Set<string>([lemma.replace(/_/g, ' ')]);
    const add = (word: string, isClose: boolean) => {
      if (related.length >= options.targets || FUNCTION_WORDS.has(word) || !useful(site.pages.get(word) ?? 0)) return;
      const surface = surfaceOf(site, word);
      if (!surface || surface.length < 3 || taken.has(surface)) return;
      taken.add(surface);
      related.push({ surface, close: isClose });
    };
    for (const word of close) if (word !== lemma) add(word, true);
    for (const word of broader) add(word, false);
    if (related.length > 0) candidates.push({ lemma, related, frequency: common });
  }
  candidates.sort(
    (a, b) => b.frequency - a.frequency || a.lemma.length - b.lemma.length || a.lemma.localeCompare(b.lemma),
  );

  const assemble = (count: number): Lexicon => {
    const words: string[] = [];
    const codes = new Map<string, number>();
    const codeOf = (surface: string): number => {
      if (!codes.has(surface)) {
        codes.set(surface, words.length);
        words.push(surface);
      }
      return codes.get(surface)!;
    };
    const expansions: Record<string, number[]> = {};
    for (const { lemma, related } of candidates.slice(0, count).sort((a, b) => a.lemma.localeCompare(b.lemma))) {
      expansions[lemma] = related.map(({ surface, close }) => (close ? codeOf(surface) : ~codeOf(surface)));
    }
    const irregular: Record<string, string[]> = {};
    for (const [form, lemmas] of Object.entries(exceptions)) {
      const needed = lemmas.filter((lemma) => lemma in expansions && !baseForms(form).includes(lemma));
      if (needed.length > 0) irregular[form] = needed;
    }
    return { notice, words, expansions, irregular };
  };
  // The most common words that fit the budget: a binary search over how many to keep.
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(assemble(middle))) low = middle;
    else high = middle - 1;
  }
  return assemble(low);
}
