/**
 * The dictionary forms a typed English word may come from: "threatened" -> "threaten",
 * "stole" -> "steal", "apologising" -> "apologise" and "apologize". The suffix rules are
 * WordNet's own (its "morphy" detachment rules); irregular forms come from WordNet's exception
 * lists, passed in by the caller, so the search page ships only the few it needs.
 */

/**
 * WordNet's detachment rules: an ending, what replaces it, and the parts of speech it applies to
 * (n noun, v verb, a adjective). "news" -> "new" needs a noun or verb "new", and there is none.
 */
const DETACHMENTS: readonly (readonly [string, string, string])[] = [
  ['s', '', 'nv'],
  ['ses', 's', 'n'],
  ['xes', 'x', 'n'],
  ['zes', 'z', 'n'],
  ['ches', 'ch', 'n'],
  ['shes', 'sh', 'n'],
  ['men', 'man', 'n'],
  ['ies', 'y', 'nv'],
  ['es', 'e', 'v'],
  ['es', '', 'v'],
  ['ed', 'e', 'v'],
  ['ed', '', 'v'],
  ['ing', 'e', 'v'],
  ['ing', '', 'v'],
  ['er', '', 'a'],
  ['est', '', 'a'],
  ['er', 'e', 'a'],
  ['est', 'e', 'a'],
];

/**
 * British and American spellings of the same word, in both directions: one typed, the other
 * written. Each rule needs a long enough word, so that "tour" is not taken for "tor", nor "filled"
 * for "filed": only words of two syllables or more ("colour", "travelled") differ this way.
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/^(\w{3,})our(s|ed|ing|ful|less|able)?$/, '$1or$2'],
  [/^(\w{2,}[^aeiou])or(s|ed|ing|ful|less|able)?$/, '$1our$2'],
  [/ence$/, 'ense'],
  [/ense$/, 'ence'],
  [/tre(s)?$/, 'ter$1'],
  [/([aeiou][^aeiou]+[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([aeiou][^aeiou]+[aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/ogue(s)?$/, 'og$1'],
];

const DOUBLED = /([bdfgklmnprstvz])\1$/;

/**
 * Every form the word may be a spelling or an inflection of, the word itself first. The caller
 * keeps the ones its dictionary knows. `irregular` maps a form to its dictionary forms.
 */
export function baseForms(word: string, irregular: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const lower = word.toLowerCase();
  const forms = new Set<string>([lower]);
  for (const spelling of [lower, ...respellings(lower)]) {
    forms.add(spelling);
    // Own keys only: "constructor" is a word, not the table's prototype.
    const listed = Object.hasOwn(irregular, spelling) ? irregular[spelling]! : [];
    for (const base of listed) forms.add(base);
    // A form listed as its own lemma ("news news") is a word in its own right, not an ending away from another.
    if (listed.includes(spelling)) continue;
    for (const { stem } of detachments(spelling)) forms.add(stem);
  }
  return [...forms];
}

/** The stems the detachment rules give for a word, each with the parts of speech its rule needs. */
export function detachments(word: string): { stem: string; parts: string }[] {
  const found: { stem: string; parts: string }[] = [];
  for (const [ending, replacement, parts] of DETACHMENTS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length) + replacement;
    found.push({ stem, parts });
    // "stopped" -> "stopp" -> "stop": WordNet lists these in its exceptions; a rule is smaller.
    if (replacement === '' && DOUBLED.test(stem)) found.push({ stem: stem.slice(0, -1), parts });
  }
  return found;
}

/** The word in the other spelling of English, where a rule applies. */
export function respellings(word: string): string[] {
  const out = new Set<string>();
  for (const [pattern, replacement] of SPELLINGS) {
    if (pattern.test(word)) out.add(word.replace(pattern, replacement));
  }
  out.delete(word);
  return [...out];
}
