/**
 * New entries for `npm run new`: every required field filled from the collection's schema, with
 * "REPLACE: …" placeholders the content lint refuses until they are written, the next free threat
 * id and `order`, and a body outline for the kind of entry.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import { isoDate } from '../dates.ts';

type Described = z.ZodType & { description?: string };

export interface ScaffoldContext {
  today: Date;
  /** Ids of the collection's existing entries. */
  ids: readonly string[];
  /** Threat codes in use (GT-NNN). */
  codes: readonly string[];
  /** `order` values in use in the collection. */
  orders: readonly number[];
}

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

export function nextThreatCode(codes: readonly string[]): string {
  const highest = Math.max(0, ...codes.map((code) => Number(code.slice(3))));
  return `GT-${String(highest + 1).padStart(3, '0')}`;
}

function unwrap(schema: Described): { inner: Described; description?: string; optional: boolean } {
  let current = schema;
  let description = current.description;
  let optional = false;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as Described;
    } else if (current instanceof z.ZodPipe) current = current.in as Described;
    else break;
    description ??= current.description;
  }
  return { inner: current, description, optional };
}

/** The smallest length an array schema accepts, from its `min_length` check. */
function minLength(schema: z.ZodArray): number {
  const checks = (schema._zod.def.checks ?? []) as unknown as { _zod: { def: { check: string; minimum?: number } } }[];
  return checks.find((item) => item._zod.def.check === 'min_length')?._zod.def.minimum ?? 1;
}

/** A placeholder value for one field, from what the schema says the field holds. */
function placeholder(schema: Described, name: string, context: ScaffoldContext): unknown {
  const { inner, description } = unwrap(schema);
  const replace = `REPLACE: ${description ?? name}`;
  if (inner instanceof z.ZodEnum) return inner.options[0];
  if (inner instanceof z.ZodURL || name === 'url') return 'https://example.org/REPLACE';
  if (inner instanceof z.ZodNumber) return name === 'order' ? Math.max(0, ...context.orders) + 1 : name === 'year' ? context.today.getUTCFullYear() : 60;
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodUnion) return isoDate(context.today);
  if (inner instanceof z.ZodArray) {
    const count = Math.max(1, minLength(inner));
    // Timed items (an exercise's injects) must come in order, ten minutes apart.
    return Array.from({ length: count }, (_, index) => {
      const item = placeholder(inner.element as Described, name, context);
      return item && typeof item === 'object' && 'at' in item ? { ...item, at: index * 10 } : item;
    });
  }
  if (inner instanceof z.ZodObject) return fields(inner, context, false);
  return replace;
}

function fields(schema: z.ZodObject, context: ScaffoldContext, top: boolean): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const { optional } = unwrap(field as Described);
    if (optional && !(top && name === 'related')) continue;
    values[name] = top && name === 'related' ? [] : placeholder(field as Described, name, context);
  }
  return values;
}

const BODIES: Partial<Record<CollectionName, string>> = {
  norms: '## Why it matters\n\nREPLACE: the guidance, in short sentences.\n\n## Do and avoid\n\nDo:\n\n- REPLACE\n\nAvoid:\n\n- REPLACE\n\n## A worked example\n\nREPLACE: a made-up but realistic situation, a message that works, and why.\n',
  templates: '```template\nSubject: {{project}}: REPLACE the subject\n\nREPLACE: the message, with {{project}} and any other placeholders you declare.\n```\n\n## Tone and what to leave out\n\n- REPLACE\n',
  checklists: '## REPLACE: a heading\n\n- [ ] REPLACE: an item, written as what is true when it is done.\n\n  REPLACE: why this item matters, if that is not obvious.\n',
  threats: '## How it works\n\nREPLACE: the pattern in plain words.\n\n## Why it is hard to see\n\nREPLACE: why each step looks innocent.\n',
  structures: '## How it works\n\nREPLACE: who decides what, how people join and leave, where the keys are.\n',
  exercises: '## Before you start\n\nREPLACE: consent, made-up names, notes under TLP:AMBER+STRICT.\n\n## The scene\n\nREPLACE: the briefing the facilitator reads out.\n',
  cases: '## What happened\n\nREPLACE: the facts, from the sources, about patterns rather than people.\n\n## How the communication went\n\nREPLACE\n\n## What other projects can take from it\n\nREPLACE\n',
  frameworks: '## What it covers\n\nREPLACE\n\n## Where it stops\n\nREPLACE\n\n## How to use it with this guidance\n\nREPLACE\n',
};

export interface Scaffold {
  id: string;
  fileName: string;
  text: string;
}

export function scaffold(collection: CollectionName, title: string, schema: z.ZodObject, context: ScaffoldContext): Scaffold {
  const id = slugify(title);
  if (!id) throw new Error('the title needs at least one letter or digit, to make the file name from');
  if (context.ids.includes(id)) throw new Error(`content/${collection}/ already has an entry called "${id}"; choose another title`);
  const values: Record<string, unknown> = { ...fields(schema, context, true), title, classification: 'TLP:CLEAR', status: 'draft', updated: isoDate(context.today) };
  if (collection === 'threats') values.code = nextThreatCode(context.codes);
  if (collection === 'templates') values.messageLabel = 'TLP:RED';
  if (collection === 'templates') values.placeholders = [{ name: 'project', description: 'REPLACE: what goes here', example: 'REPLACE: an example value' }];
  const yaml = stringify(values, { lineWidth: 0 });
  const format = COLLECTIONS[collection].format;
  const text = format === 'yaml' ? yaml : `---\n${yaml}---\n\n${BODIES[collection] ?? 'REPLACE: the text of the page.\n'}`;
  return { id, fileName: `${id}.${format === 'yaml' ? 'yaml' : 'mdx'}`, text };
}
