/**
 * What every integrity rule is given: the entries that passed their schema, every entry read, the
 * data files, and helpers to place a problem on a field or a body line. Bodies are parsed once per
 * check, here, whichever rules read them; an unreadable body is reported once, by `bodiesReadable`.
 */
import type { Root } from 'mdast';
import type { CollectionName } from '../../lib/collections.ts';
import { parseMdx } from '../../lib/markdown.ts';
import type { EntryKey, FoundRef } from '../../lib/references.ts';
import type { History } from '../history.ts';
import type { ParsedYaml, RawEntry } from '../load.ts';
import { fieldPath, type ContentProblem } from '../problems.ts';
import { fieldLine } from '../schema-problems.ts';
import type { ValidData, ValidEntry } from '../types.ts';

export type { ValidEntry } from '../types.ts';

export interface RuleContext {
  /** The entries that passed their schema. */
  entries: readonly ValidEntry[];
  /** Every entry read, valid or not, so a link to an entry with a schema problem is not also reported as a link to nothing. */
  everyEntry: readonly RawEntry[];
  data: ValidData;
  /** Entries whose file exists but could not be read; their own problem is reported already. */
  unreadable: readonly EntryKey[];
  /** What git knows of a file: whether it is published, and since when. */
  history: History;
  /** The links written in an entry that failed its schema, as far as their form is right. */
  linksOf: (entry: RawEntry) => FoundRef[];
  /** The valid entries of one collection. */
  of: <C extends CollectionName>(collection: C) => ValidEntry<C>[];
  /** An entry's body as Markdown, parsed once; undefined when it cannot be read (reported by bodiesReadable). */
  body: (entry: RawEntry) => Root | undefined;
  /** Why an entry's body cannot be read, or undefined when it can. */
  bodyProblem: (entry: RawEntry) => ContentProblem | undefined;
}

/** A rule reads the context and returns the problems it finds; the build stops on any of them. */
export type Rule = (context: RuleContext) => ContentProblem[];

export function of<C extends CollectionName>(entries: readonly ValidEntry[], collection: C): ValidEntry<C>[] {
  return entries.filter((entry): entry is ValidEntry<C> => entry.collection === collection);
}

export function atField(
  entry: ParsedYaml,
  path: (string | number)[],
  problem: Omit<ContentProblem, 'file' | 'line' | 'field'>,
): ContentProblem {
  return {
    file: entry.file,
    line: fieldLine(entry, path),
    field: path.length ? fieldPath(path) : undefined,
    ...problem,
  };
}

export function atBodyLine(
  entry: RawEntry,
  bodyLine: number,
  problem: Omit<ContentProblem, 'file' | 'line'>,
): ContentProblem {
  return { file: entry.file, line: entry.bodyStartLine + bodyLine - 1, ...problem };
}

/** Parses a body, or says where and why it cannot be read. */
function parseBody(entry: RawEntry): Root | ContentProblem {
  try {
    return parseMdx(entry.body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return atBodyLine(entry, place.line ?? 1, {
      message: `the text could not be read as MDX: ${place.reason ?? place.message ?? String(error)}`,
      expected: 'Markdown; write { and < as \\{ and \\< when they are meant as text',
      help: 'writing-mdx',
    });
  }
}

export function ruleContext(
  input: Omit<RuleContext, 'of' | 'body' | 'bodyProblem' | 'entries'> & { entries: readonly ValidEntry[] },
): RuleContext {
  // Keyed by file: a valid entry is a copy of the entry read, and both must share one parse.
  const parsed = new Map<string, Root | ContentProblem>();
  const read = (entry: RawEntry) => {
    let result = parsed.get(entry.file);
    if (!result) {
      result = parseBody(entry);
      parsed.set(entry.file, result);
    }
    return result;
  };
  const isTree = (value: Root | ContentProblem): value is Root => 'type' in value && value.type === 'root';
  const byCollection = new Map<CollectionName, ValidEntry[]>();
  return {
    ...input,
    of: <C extends CollectionName>(collection: C) => {
      if (!byCollection.has(collection)) byCollection.set(collection, of(input.entries, collection));
      return byCollection.get(collection) as ValidEntry<C>[];
    },
    body: (entry) => {
      const result = read(entry);
      return isTree(result) ? result : undefined;
    },
    bodyProblem: (entry) => {
      const result = read(entry);
      return isTree(result) ? undefined : result;
    },
  };
}
