/**
 * Checks a content root before Astro reads it: every entry against its collection's schema, then
 * the integrity rules across entries. The build, the `check:content` command and the tests all
 * call `checkContentRoot`, so a contributor sees the same message everywhere.
 */
import { z } from 'astro/zod';
import {
  COLLECTIONS,
  DATA_FILES,
  DATA_FILE_NAMES,
  type CollectionName,
  type DataFileName,
} from '../lib/collections.ts';
import { RULES, ruleContext } from './rules/index.ts';
import type { ValidData, ValidEntry } from './types.ts';

export type { ValidData, ValidEntry } from './types.ts';
import { createSchemas } from '../schemas/index.ts';
import { tlpModelSchema } from '../schemas/tlp-model.ts';
import { projectFactsSchema } from '../schemas/project-facts.ts';
import { anyRef, type EntryRef, type RefFactory } from '../schemas/fields.ts';
import { markLink, rawRefs } from './raw-refs.ts';
import { stixIdsSchema } from '../schemas/stix-ids.ts';
import type { EntryKey } from '../lib/references.ts';
import { readContentRoot, type ParsedYaml, type RawData, type RawEntry } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { staleCaseWarnings } from '../lib/cases.ts';
import { unfinishedInBody, unfinishedInYaml } from './unfinished.ts';
import { gitHistory, type History } from './history.ts';

/** Text still to be written, in an entry or a data file: each marker is one problem. */
export function unfinishedProblems(
  files: readonly (ParsedYaml & Partial<Pick<RawEntry, 'body' | 'bodyStartLine'>>)[],
): ContentProblem[] {
  return files.flatMap((file) => {
    const found = [
      ...unfinishedInYaml(file.yamlText).map((item) => ({ ...item, line: file.yamlStartLine + item.line - 1 })),
      ...unfinishedInBody(file.body ?? '').map((item) => ({
        ...item,
        line: (file.bodyStartLine ?? 1) + item.line - 1,
      })),
    ];
    return found.map((item) => ({
      file: file.file,
      line: item.line,
      message: `"${item.marker}" marks text that still has to be written, and unfinished text is never published`,
      found: JSON.stringify(item.context.length > 70 ? `${item.context.slice(0, 67)}...` : item.context),
      expected: 'the real text in place of the marker and of the note that follows it',
      help: 'checking-your-change',
    }));
  });
}

/**
 * One mistake, one message: a line that still says REPLACE is reported as unfinished, and not also
 * as whatever its placeholder text breaks (a link to "REPLACE: ...", a value outside a list).
 */
export function withoutEchoes(
  unfinished: readonly ContentProblem[],
  others: readonly ContentProblem[],
): ContentProblem[] {
  const marked = new Set(unfinished.map((problem) => `${problem.file}:${problem.line}`));
  return [...unfinished, ...others.filter((problem) => !marked.has(`${problem.file}:${problem.line}`))];
}
import { reviewWarnings, type ReviewFields } from '../lib/review.ts';

/** Outside Astro a reference is checked in two steps: here its form, later (a rule) that it exists. */
const checkerRef: RefFactory = <C extends CollectionName>(collection: C) =>
  markLink(
    z
      .string({ error: `write the file name of an entry in content/${collection}/, without its extension` })
      .describe(`the file name of an entry in content/${collection}/, without its extension`)
      .transform((id): EntryRef<C> => ({ collection, id })),
    collection,
  ) as unknown as z.ZodType<EntryRef<C>>;
markLink(anyRef, 'any');

/** The schemas as the checker uses them, also read by the field reference in CONTRIBUTING.md. */
export const schemas = createSchemas(checkerRef);

export function validateData(
  raw: readonly RawData[],
  present: readonly DataFileName[] = raw.map((file) => file.name),
): { data: ValidData; problems: ContentProblem[] } {
  const data: ValidData = {};
  const problems: ContentProblem[] = [];
  for (const name of DATA_FILE_NAMES) {
    if (!present.includes(name)) {
      problems.push({
        file: DATA_FILES[name].file,
        message: `the content folder has no ${DATA_FILES[name].file}; the checks and pages need it`,
        expected: `a file ${DATA_FILES[name].file} at the top of the content folder`,
        help: DATA_FILES[name].contributingAnchor,
      });
    }
  }
  /** The file's data as its schema gives it, or undefined after reporting why not. */
  const parse = <S extends z.ZodType>(file: RawData, schema: S): z.output<S> | undefined => {
    const result = schema.safeParse(file.data);
    if (result.success) return result.data;
    problems.push(...schemaProblems(file, schema, result.error, DATA_FILES[file.name].contributingAnchor));
    return undefined;
  };
  for (const file of raw) {
    if (file.name === 'tlp-model') {
      const model = parse(file, tlpModelSchema);
      if (model) data.tlpModel = { ...model, source: file };
    } else if (file.name === 'stix-ids') {
      const ids = parse(file, stixIdsSchema);
      if (ids) data.stixIds = { ids, source: file };
    } else {
      const facts = parse(file, projectFactsSchema);
      if (facts) data.projectFacts = { ...facts, source: file };
    }
  }
  return { data, problems };
}

export function validateEntries(
  raw: readonly RawEntry[],
  rawData: readonly RawData[] = [],
  present?: readonly DataFileName[],
  unreadable: readonly EntryKey[] = [],
  history: History = gitHistory(),
): { entries: ValidEntry[]; data: ValidData; problems: ContentProblem[] } {
  const entries: ValidEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of raw) {
    const schema = schemas[entry.collection] as z.ZodType;
    const result = schema.safeParse(entry.data);
    if (result.success) entries.push({ ...entry, parsed: result.data } as ValidEntry);
    else
      problems.push(...schemaProblems(entry, schema, result.error, COLLECTIONS[entry.collection].contributingAnchor));
  }
  const { data, problems: dataProblems } = validateData(rawData, present);
  problems.push(...dataProblems);
  const linksOf = (entry: RawEntry) => rawRefs(schemas[entry.collection] as z.ZodType, entry.data);
  const context = ruleContext({ entries, everyEntry: raw, data, unreadable, history, linksOf });
  problems.push(...RULES.flatMap((rule) => rule(context)));
  return { entries, data, problems: withoutEchoes(unfinishedProblems([...raw, ...rawData]), problems) };
}

const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export async function checkContentRoot(
  root: string,
  history?: History,
): Promise<{ entries: ValidEntry[]; data: ValidData; problems: ContentProblem[] }> {
  const read = await readContentRoot(root);
  const { entries, data, problems } = validateEntries(read.entries, read.data, read.present, read.unreadable, history);
  return { entries, data, problems: [...read.problems, ...problems].sort(byPlace) };
}

/**
 * Warnings that do not stop the build: cases whose sources have not been checked for a year,
 * entries whose review is overdue, and agreed entries changed since the group agreed them.
 */
export function contentWarnings(entries: readonly ValidEntry[], today = new Date(), data: ValidData = {}): string[] {
  const dataFiles = [data.tlpModel, data.projectFacts].flatMap((file) =>
    file ? [{ file: file.source.file, fields: file }] : [],
  );
  return [
    ...staleCaseWarnings(
      entries
        .filter((entry): entry is ValidEntry<'cases'> => entry.collection === 'cases')
        .map((entry) => ({ file: entry.file, verified: entry.parsed.verified })),
      today,
    ),
    ...reviewWarnings(
      [...entries.map((entry) => ({ file: entry.file, fields: entry.parsed as ReviewFields })), ...dataFiles],
      today,
    ),
  ];
}
