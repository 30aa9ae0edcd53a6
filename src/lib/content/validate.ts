/**
 * Checks a content root before Astro reads it: every entry against its collection's schema, then
 * the integrity rules across entries. The build, the `check:content` command and the tests all
 * call `checkContentRoot`, so a contributor sees the same message everywhere.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../collections.ts';
import { RULES, type ValidEntry } from '../integrity/rules.ts';
import { createSchemas } from '../../schemas/index.ts';
import type { EntryRef, RefFactory } from '../../schemas/fields.ts';
import { readContentRoot, type RawEntry } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';

/** Outside Astro a reference is checked in two steps: here its form, later (a rule) that it exists. */
const checkerRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `write the file name of an entry in content/${collection}/, without its extension` })
    .describe(`the file name of an entry in content/${collection}/, without its extension`)
    .transform((id): EntryRef<C> => ({ collection, id })) as unknown as z.ZodType<EntryRef<C>>;

/** The schemas as the checker uses them, also read by the field reference in CONTRIBUTING.md. */
export const schemas = createSchemas(checkerRef);

export function validateEntries(raw: readonly RawEntry[]): { entries: ValidEntry[]; problems: ContentProblem[] } {
  const entries: ValidEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of raw) {
    const schema = schemas[entry.collection] as z.ZodType;
    const result = schema.safeParse(entry.data);
    if (result.success) entries.push({ ...entry, parsed: result.data } as ValidEntry);
    else problems.push(...schemaProblems(entry, schema, result.error));
  }
  problems.push(...RULES.flatMap((rule) => rule(entries, raw)));
  return { entries, problems };
}

const byPlace = (a: ContentProblem, b: ContentProblem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export async function checkContentRoot(root: string): Promise<{ entries: ValidEntry[]; problems: ContentProblem[] }> {
  const read = await readContentRoot(root);
  const { entries, problems } = validateEntries(read.entries);
  return { entries, problems: [...read.problems, ...problems].sort(byPlace) };
}
