/**
 * The dictionary forms a typed English word may come from: "threatened" -> "threaten",
 * "stole" -> "steal", "apologising" -> "apologise" and "apologize". The suffix rules are
 * WordNet's own (its "morphy" detachment rules); irregular forms come from WordNet's exception
 * lists, passed in by the caller, so the search page ships only the few it needs.
 */

/** WordNet's detachment rules: an ending and what replaces it, for nouns, verbs and adjectives. */
const DETACHMENTS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
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
    for (const base of irregular[spelling] ?? []) forms.add(base);
    for (const [ending, replacement] of DETACHMENTS) {
      if (!spelling.endsWith(ending) || spelling.length - ending.length < 2) continue;
      const stem = spelling.slice(0, spelling.length - ending.length) + replacement;
      forms.add(stem);
      // "stopped" -> "stopp" -> "stop": WordNet lists these in its exceptions; a rule is smaller.
      if (replacement === '' && DOUBLED.test(stem)) forms.add(stem.slice(0, -1));
    }
  }
  return [...forms];
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
