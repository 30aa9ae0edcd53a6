import { baseForms } from './word-forms.ts';

/**
 * What a query tells about the reader, read from its form alone: whether it describes something
 * happening to them (then pages that say what to do come first), and whether it is in English.
 */

/** Collections whose pages say what to do now, and those that explain or look back. */
export const ACTION_COLLECTIONS = ['situations', 'templates', 'checklists'] as const;
export const REFERENCE_COLLECTIONS = ['glossary', 'cases', 'frameworks'] as const;

/** The kinds of page, as results show them, that belong to the given collections and extra kinds. */
export function kindNames(
  collections: readonly string[],
  singular: (collection: string) => string | undefined,
  extra: readonly string[] = [],
): string {
  return [...collections.map(singular), ...extra].filter((kind) => kind !== undefined).join('|');
}

/**
 * Collections named with everyday words the reader may mean otherwise: being threatened is not
 * the threat taxonomy, "in case" is not a case study.
 */
export const CATALOGUE_COLLECTIONS = ['threats', 'categories', 'cases', 'exercises', 'structures'] as const;

/** How much a kind of page counts, against 1, when a query describes something happening. */
export const ACTION_BOOST = 1.3;
export const REFERENCE_DAMPING = 0.5;
/**
 * How much a tool's page (the decision framework, the exposure check) counts, against 1, when no
 * word of the query tells pages apart ("who should I tell"): the reader is asking where to start.
 */
export const START_BOOST = 3;

/** Words that make a query about the reader's own situation: people, questions, distress. */
const PEOPLE = new Set(
  "i im i'm me my mine myself we we're our ours us someone somebody anyone anybody they they're them their he she him her his people everyone nobody".split(
    ' ',
  ),
);
const QUESTIONS = new Set(
  'what how who why when where which should shall can could do does did is are will would may might must'.split(' '),
);
const DISTRESS = new Set(
  'help urgent urgently emergency asap now scared afraid frightened worried panic panicking danger unsafe crisis desperate stuck overwhelmed upset hurt angry furious'.split(
    ' ',
  ),
);
/** Words ending like a verb form that are not one. */
const NOT_VERB_FORMS = new Set(
  'during nothing something anything everything thing things meeting meetings morning evening building ceiling string spring king wedding bedding need needed speed seed feed breed hundred red bed shed'.split(
    ' ',
  ),
);

/** The query's words, lower case, every one kept (unlike the words searched for). */
export function queryTokens(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * Whether the query describes something happening rather than naming a topic: it asks a question,
 * speaks of people ("someone posted my address"), of distress ("help"), or uses a verb in the
 * past or in progress ("leaked", "threatening").
 */
export function describesSituation(query: string): boolean {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return false;
  if (query.trim().endsWith('?') || QUESTIONS.has(tokens[0]!)) return true;
  return tokens.some(
    (token) =>
      PEOPLE.has(token) || DISTRESS.has(token) || (/^\p{L}{3,}(ed|ing)$/u.test(token) && !NOT_VERB_FORMS.has(token)),
  );
}

/** Whether a word is written in the letters English uses. */
export function englishLetters(word: string): boolean {
  return /^[a-z0-9'+:-]+$/i.test(word);
}

/** How sure a test is that a word is English: known to a dictionary, only likely, or not at all. */
export const SURELY_ENGLISH = 1;
export const LIKELY_ENGLISH = 0.5;
/** Below this share of English among a query's words, the query is in another language. */
export const ENGLISH_SHARE = 1 / 3;

/**
 * Whether a query is in another language, by how much of it English covers: each word counts as
 * `englishness` says (1 for a word a dictionary knows, 0.5 for one that is only likely English, such
 * as one letter away from one, 0 for none), and words in other letters count 0. A query is foreign
 * when that covers less than a third of its words: one word that happens to be English as well
 * ("notre", "projet") does not make a French query English, and one unknown name does not make an
 * English query foreign. `isName` tells names of services, which count for neither.
 */
export function noEnglishWords(
  query: string,
  englishness: (word: string) => number,
  isName: (word: string) => boolean = () => false,
): boolean {
  // Latin words of one or two letters ("el", "en") are too short to tell one language from another,
  // and names of services ("GitHub") are the same in every language.
  const words = queryTokens(query).filter(
    (word) => /\p{L}/u.test(word) && (word.length > 2 || !englishLetters(word)) && !isName(word),
  );
  const english = words.reduce((sum, word) => sum + (englishLetters(word) ? englishness(word) : 0), 0);
  return words.length > 0 && english < ENGLISH_SHARE * words.length;
}

/**
 * The kinds of page a word names ("threats" names "Threat" and "Threat category"): on those
 * pages the word is the site's own term, not the reader's event.
 */
export function kindsNamed(word: string, kinds: Iterable<string>): Set<string> {
  const forms = new Set(baseForms(word));
  return new Set([...kinds].filter((kind) => queryTokens(kind).some((name) => forms.has(name))));
}
