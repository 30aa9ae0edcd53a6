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
import { RULES } from './rules.ts';
import { SITUATION_RULES } from './situation-rules.ts';
import type { ValidData, ValidEntry } from './types.ts';

export type { ValidData, ValidEntry } from './types.ts';
import { createSchemas } from '../schemas/index.ts';
import { tlpModelSchema } from '../schemas/tlp-model.ts';
import { projectFactsSchema } from '../schemas/project-facts.ts';
import type { EntryRef, RefFactory } from '../schemas/fields.ts';
import type { EntryKey } from '../lib/references.ts';
import { readContentRoot, type RawData, type RawEntry } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { staleCaseWarnings } from '../lib/cases.ts';

/** Outside Astro a reference is checked in two steps: here its form, later (a rule) that it exists. */
const checkerRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `write the file name of an entry in content/${collection}/, without its extension` })
    .describe(`the file name of an entry in content/${collection}/, without its extension`)
    .transform((id): EntryRef<C> => ({ collection, id })) as unknown as z.ZodType<EntryRef<C>>;

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
  problems.push(...[...RULES, ...SITUATION_RULES].flatMap((rule) => rule(entries, raw, data, unreadable)));
  return { entries, data, problems };
}

const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export async function checkContentRoot(
  root: string,
): Promise<{ entries: ValidEntry[]; data: ValidData; problems: ContentProblem[] }> {
  const read = await readContentRoot(root);
  const { entries, data, problems } = validateEntries(read.entries, read.data, read.present, read.unreadable);
  return { entries, data, problems: [...read.problems, ...problems].sort(byPlace) };
}

/** Warnings that do not stop the build: cases whose sources have not been checked for a year. */
export function contentWarnings(entries: readonly ValidEntry[], today = new Date()): string[] {
  return staleCaseWarnings(
    entries
      .filter((entry): entry is ValidEntry<'cases'> => entry.collection === 'cases')
      .map((entry) => ({ file: entry.file, verified: entry.parsed.verified })),
    today,
  );
}
