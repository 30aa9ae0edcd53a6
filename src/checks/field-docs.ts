/**
 * The field reference in CONTRIBUTING.md, written from the schemas so that it cannot drift from
 * what the checker enforces. `npm run docs:fields` rewrites it; a unit test fails when it is stale.
 */
import { z } from 'astro/zod';
import { COLLECTION_NAMES, type CollectionName } from '../lib/collections.ts';
import type { Schemas } from '../schemas/index.ts';
import { unwrapSchema, type Described } from './schema-walk.ts';

interface FieldRow {
  name: string;
  required: boolean;
  description: string;
}

function describe(schema: Described): string {
  const { inner, description } = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) {
    const element = unwrapSchema(inner.element as Described);
    if (element.inner instanceof z.ZodObject)
      return `a list; each item has ${Object.keys(element.inner.shape)
        .map((key) => `\`${key}\``)
        .join(', ')}`;
    return `a list; each item is ${element.description ?? 'a value'}`;
  }
  if (inner instanceof z.ZodObject)
    return `a group of ${Object.keys(inner.shape)
      .map((key) => `\`${key}\``)
      .join(', ')}`;
  return description ?? 'see the schema';
}

export function fieldRows(schema: z.ZodObject, skip: ReadonlySet<string> = new Set()): FieldRow[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !skip.has(name))
    .map(([name, field]) => ({
      name,
      required: !unwrapSchema(field as Described).optional,
      description: describe(field as Described),
    }));
}

export function fieldTable(rows: readonly FieldRow[]): string {
  return [
    '| field | required | what to write |',
    '|---|---|---|',
    ...rows.map(
      (row) => `| \`${row.name}\` | ${row.required ? 'yes' : 'no'} | ${row.description.replace(/\|/g, '\\|')} |`,
    ),
  ].join('\n');
}

const BLOCK = /<!-- fields:([a-z-]+) -->[\s\S]*?<!-- \/fields -->/g;

/** Rewrites every `<!-- fields:<name> -->` block: `base` for the shared fields, else a collection's own. */
export function rewriteFieldBlocks(markdown: string, schemas: Schemas, baseFields: readonly string[]): string {
  const base = new Set(baseFields);
  return markdown.replace(BLOCK, (_whole, name: string) => {
    const rows =
      name === 'base'
        ? fieldRows(schemas.norms, new Set(Object.keys(schemas.norms.shape).filter((key) => !base.has(key))))
        : COLLECTION_NAMES.includes(name as CollectionName)
          ? fieldRows(schemas[name as CollectionName] as z.ZodObject, base)
          : undefined;
    if (!rows) throw new Error(`CONTRIBUTING.md has a field block for "${name}", which is not a collection`);
    return `<!-- fields:${name} -->\n${fieldTable(rows)}\n<!-- /fields -->`;
  });
}
