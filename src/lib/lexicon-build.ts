/**
 * Derives the search page's query expansions (src/lib/lexicon.ts) from WordNet and the words of
 * the built site: for each everyday English word, the words the site's pages use for the same
 * thing (synonyms in its common senses, the same word as another part of speech, British and
 * American spellings), then one step broader. Only words the pages contain are kept, so every
 * expansion can find something.
 */
import { BROADER, COMMON_SHARE, STRONG_PAGES, type LexiconData } from './lexicon.ts';
import { baseForms, detachments, respellings } from './word-forms.ts';
import { synset, type WordNet } from './wordnet.ts';

/** Pointers from a word to the same word as another part of speech: derivation, pertainym, participle. */
const DERIVED_POINTERS = new Set(['+', '\\', '<']);
/** Pointers to words of the same meaning or the same root: derivation, pertainym, participle, similar, see also, attribute. */
const CLOSE_POINTERS = new Set(['+', '\\', '<', '&', '^', '=']);
/** One step broader: a hypernym, or the class of an instance. */
const BROADER_POINTERS = new Set(['@', '@i']);

/** How near, in words, a related word must be to the word itself somewhere on the site to share its sense. */
const SENSE_WINDOW = 40;

/** A word of the same root may be more common than a synonym and still help, as an extra signal. */
const DERIVED_SHARE = 0.6;

export interface LexiconOptions {
  /** Senses read per word and part of speech: WordNet lists the most frequent first. */
  senses: number;
  /** Expansions kept per word. */
  targets: number;
  /** Everyday words WordNet lacks or counts as rare, with words of the same meaning: kept first. */
  supplement: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_OPTIONS: LexiconOptions = { senses: 3, targets: 4, supplement: {} };

/** Words too common to mean anything as an expansion. */
const FUNCTION_WORDS = new Set(
  'a an the to of in on for and or is are be been was were it its as at by with from this that these those not no do does did has have had can may will would should could one'.split(
    ' ',
  ),
);

interface SiteWords {
  /** Lemma (or phrase joined with "_") -> number of pages using it. */
  pages: Map<string, number>;
  /** Lemma -> where the pages use it: page (by its place in the list) -> word positions. */
  where: Map<string, Map<number, number[]>>;
  /** Lemma -> how the pages write it, with counts: the most used form is the one searched. */
  surfaces: Map<string, Map<string, number>>;
}

/** The dictionary forms of each page's words, counted once per page, with the forms as written. */
export function siteWords(
  pages: readonly (readonly string[])[],
  isLemma: (word: string) => boolean,
  irregular: Readonly<Record<string, readonly string[]>>,
): SiteWords {
  const counts: SiteWords = { pages: new Map(), where: new Map(), surfaces: new Map() };
  const lemmaCache = new Map<string, string[]>();
  const lemmasOf = (token: string): string[] => {
    let lemmas = lemmaCache.get(token);
    if (!lemmas) {
      lemmas = [...new Set([token, ...baseForms(token, irregular).filter(isLemma)])];
      lemmaCache.set(token, lemmas);
    }
    return lemmas;
  };
  const note = (lemma: string, surface: string, seen: Set<string>, page: number, at: number) => {
    if (!seen.has(lemma)) {
      seen.add(lemma);
      counts.pages.set(lemma, (counts.pages.get(lemma) ?? 0) + 1);
    }
    const where = counts.where.get(lemma) ?? new Map<number, number[]>();
    const spots = where.get(page);
    if (spots) spots.push(at);
    else where.set(page, [at]);
    counts.where.set(lemma, where);
    const forms = counts.surfaces.get(lemma) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    counts.surfaces.set(lemma, forms);
  };
  pages.forEach((tokens, page) => {
    const seen = new Set<string>();
    tokens.forEach((token, at) => {
      for (const lemma of lemmasOf(token)) note(lemma, token, seen, page, at);
      // Expressions WordNet lists as one lemma, such as "step down" or "code of conduct".
      for (const length of [2, 3]) {
        const rest = tokens.slice(at + 1, at + length);
        if (rest.length < length - 1) continue;
        for (const first of lemmasOf(token)) {
          const phrase = [first, ...rest].join('_');
          if (isLemma(phrase)) note(phrase, [token, ...rest].join(' '), seen, page, at);
        }
      }
    });
  });
  return counts;
}

/**
 * Whether a related word may mean what the site means by the lemma: where the site uses the lemma,
 * a word of the sense it means is used near it somewhere; one that never is comes from another
 * sense ("governance" for "government" as the state). A lemma the site lacks gives no evidence.
 */
function sameSense(words: SiteWords, lemma: string, related: string): boolean {
  const context = words.where.get(lemma);
  if (!context) return true;
  return [...(words.where.get(related) ?? [])].some(([page, spots]) =>
    (context.get(page) ?? []).some((at) => spots.some((spot) => Math.abs(spot - at) <= SENSE_WINDOW)),
  );
}

/** The most used written form of a lemma on the site. */
function surfaceOf(words: SiteWords, lemma: string): string | undefined {
  const forms = words.surfaces.get(lemma);
  if (!forms) return undefined;
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/**
 * Words WordNet relates to the lemma: the same word as another part of speech ("threaten" ->
 * "threat"), then words of the same meaning in its common senses, then words one step broader.
 */
export function relatedLemmas(
  wordnet: WordNet,
  lemma: string,
  senses: number,
): { derived: string[]; close: string[]; broader: string[] } {
  const derived: string[] = respellings(lemma).filter((spelling) => wordnet.index.has(spelling));
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
        const fromLemma = pointer.sourceWord > 0 && found.words[pointer.sourceWord - 1] === lemma;
        if (DERIVED_POINTERS.has(pointer.symbol) && fromLemma) derived.push(...reached);
        if (CLOSE_POINTERS.has(pointer.symbol)) close.push(...reached);
        else if (BROADER_POINTERS.has(pointer.symbol) && pointer.sourceWord === 0) broader.push(...reached);
      }
    }
  }
  return { derived: [...new Set(derived)], close: [...new Set(close)], broader: [...new Set(broader)] };
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

/** Endings that make one word from another ("threat" + "en"), for roots WordNet does not link. */
const DERIVATIONAL_ENDINGS = [
  'en',
  'ize',
  'ise',
  'ify',
  'ment',
  'ness',
  'ity',
  'ation',
  'ion',
  'ance',
  'ence',
  'er',
  'or',
  'ist',
  'al',
  'ive',
  'ous',
  'ful',
  'less',
  'ly',
];

/** The word without a derivational ending, in the forms its root may take: "threaten" -> "threat". */
export function stems(lemma: string): string[] {
  const found = new Set<string>();
  for (const ending of DERIVATIONAL_ENDINGS) {
    if (!lemma.endsWith(ending) || lemma.length - ending.length < 4) continue;
    const root = lemma.slice(0, -ending.length);
    found.add(root);
    found.add(`${root}e`);
    if (/([bdfgklmnprstvz])\1$/.test(root)) found.add(root.slice(0, -1));
    if (root.endsWith('i')) found.add(`${root.slice(0, -1)}y`);
  }
  found.delete(lemma);
  return [...found];
}

interface Candidate {
  lemma: string;
  related: string[];
  frequency: number;
}

/**
 * Common words that look like an inflection of another word but are not one, as (word, [words it
 * is not a form of]): "news" is not the plural of the adjective "new", which has no plural. A
 * detachment rule applies only to the parts of speech it is for; the word is its own lemma when
 * no rule reaches a lemma of the right part of speech, and WordNet lists it as no irregular form.
 */
export function falseInflections(
  wordnet: WordNet,
  exceptions: Readonly<Record<string, readonly string[]>>,
): [string, string[]][] {
  const found: [string, string[]][] = [];
  for (const word of wordnet.index.keys()) {
    if (!/^[a-z]+$/.test(word) || exceptions[word] || frequency(wordnet, word) === 0) continue;
    const stems = detachments(word).filter(({ stem }) => stem !== word && wordnet.index.has(stem));
    const fits = stems.some(({ stem, parts }) =>
      [...wordnet.index.get(stem)!.keys()].some((pos) => parts.includes(pos)),
    );
    if (stems.length > 0 && !fits) found.push([word, stems.map(({ stem }) => stem)]);
  }
  return found;
}

/** The lexicon's text: a line per word, and a line per irregular form it needs. */
function assemble(
  candidates: readonly Candidate[],
  irregular: readonly (readonly [string, string])[],
  notice: string,
  ownLemmas: readonly [string, string[]][] = [],
): LexiconData {
  const chosen = [...candidates].sort((a, b) => a.lemma.localeCompare(b.lemma));
  const keys = new Set(chosen.map((candidate) => candidate.lemma));
  const forms = new Map<string, string[]>();
  for (const [form, lemma] of irregular) if (keys.has(lemma)) forms.set(form, [...(forms.get(form) ?? []), lemma]);
  // Listed as its own lemma, a word stops the search page from taking it for a form of a word in the lexicon.
  for (const [word, stems] of ownLemmas) if (stems.some((stem) => keys.has(stem))) forms.set(word, [word]);
  return {
    notice,
    expansions: chosen.map(({ lemma, related }) => [lemma, ...related].join(' ')).join('\n'),
    irregular: [...forms]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([form, lemmas]) => [form, ...lemmas].join(' '))
      .join('\n'),
  };
}

/**
 * The lexicon the search page loads: the WordNet lemmas that lead to words on the site, most
 * common first, as many as `fits` allows, and the irregular forms of those lemmas that the suffix
 * rules cannot undo. A lemma the site uses on enough pages keeps only its other parts of speech:
 * its synonyms would only dilute what it finds.
 */
export function buildLexicon(
  wordnet: WordNet,
  exceptions: Readonly<Record<string, readonly string[]>>,
  pages: readonly (readonly string[])[],
  notice: string,
  fits: (lexicon: LexiconData) => boolean,
  options: LexiconOptions = DEFAULT_OPTIONS,
): LexiconData {
  const { supplement } = options;
  const supplemented = new Set(Object.values(supplement).flat());
  const isLemma = (word: string) => wordnet.index.has(word) || supplemented.has(word);
  const site = siteWords(pages, isLemma, exceptions);
  const ceiling = COMMON_SHARE * pages.length;
  const useful = (used: number, derived: boolean) =>
    used > 0 && used <= (derived ? DERIVED_SHARE * pages.length : ceiling);
  const candidates: Candidate[] = [];
  for (const lemma of new Set([...Object.keys(supplement), ...wordnet.index.keys()])) {
    if (!/^[a-z][a-z'_-]*$/.test(lemma)) continue;
    // Words never met in WordNet's tagged corpus are rare enough to leave for the budget's sake,
    // unless the supplement lists them as everyday; those come first.
    const listed = Object.hasOwn(supplement, lemma) ? supplement[lemma] : undefined;
    const common = listed ? Infinity : frequency(wordnet, lemma);
    if (common === 0) continue;
    const own = site.pages.get(lemma) ?? 0;
    const strong = own >= STRONG_PAGES && own <= ceiling;
    const { derived, close, broader } = relatedLemmas(wordnet, lemma, options.senses);
    // A listed word means what the supplement says: WordNet's senses of it are rare ones ("mod", the 1960s style).
    if (listed) {
      close.splice(0, close.length, ...listed);
      broader.length = 0;
    }
    derived.push(...stems(lemma).filter(isLemma));
    const related: string[] = [];
    const taken = new Set<string>([lemma.replace(/_/g, ' ')]);
    const add = (word: string, marker: string) => {
      const isDerived = derived.includes(word);
      if (
        related.length >= options.targets ||
        FUNCTION_WORDS.has(word) ||
        !useful(site.pages.get(word) ?? 0, isDerived) ||
        (!isDerived && !sameSense(site, lemma, word))
      )
        return;
      const surface = surfaceOf(site, word);
      if (!surface || surface.length < 3 || taken.has(surface)) return;
      taken.add(surface);
      related.push(marker + surface.replace(/ /g, '_'));
    };
    for (const word of derived) add(word, '');
    if (!strong) {
      for (const word of close) if (word !== lemma) add(word, '');
      for (const word of broader) add(word, BROADER);
    }
    if (related.length > 0) candidates.push({ lemma, related, frequency: common });
  }
  candidates.sort(
    (a, b) =>
      (a.frequency === b.frequency ? 0 : b.frequency - a.frequency) ||
      a.lemma.length - b.lemma.length ||
      a.lemma.localeCompare(b.lemma),
  );
  // Irregular forms the suffix rules cannot undo ("stole" -> "steal"), as (form, lemma) pairs.
  const irregular = Object.entries(exceptions).flatMap(([form, lemmas]) =>
    lemmas.filter((lemma) => !baseForms(form).includes(lemma)).map((lemma) => [form, lemma] as const),
  );
  const ownLemmas = falseInflections(wordnet, exceptions);
  // The most common words that fit the budget: a binary search over how many to keep.
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(assemble(candidates.slice(0, middle), irregular, notice, ownLemmas))) low = middle;
    else high = middle - 1;
  }
  return assemble(candidates.slice(0, low), irregular, notice, ownLemmas);
}
