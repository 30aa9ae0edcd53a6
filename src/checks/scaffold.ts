/**
 * New entries for `npm run new`: every required field filled from the collection's schema, with
 * "REPLACE: …" placeholders the content lint refuses until they are written, the next free threat
 * id and `order`, and a body outline for the kind of entry.
 */
import { z } from 'astro/zod';
import { Document, isMap } from 'yaml';
import { CASE_SECTIONS } from '../lib/cases.ts';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import { isoDate } from '../lib/dates.ts';
import { linkOf } from './raw-refs.ts';
import { unwrapSchema, type Described } from './schema-walk.ts';

export interface ScaffoldContext {
  today: Date;
  /** Ids of the collection's existing entries. */
  ids: readonly string[];
  /** Threat codes in use (GT-NNN). */
  codes: readonly string[];
  /** `order` values in use in the collection. */
  orders: readonly number[];
  /** Ids of the entries of any collection, to list the choices of a link field. */
  idsOf?: (collection: CollectionName) => readonly string[];
}

/** A link field lists the entries it may point to when there are at most this many. */
const LIST_CHOICES_UP_TO = 15;

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

/** The smallest length an array schema accepts, from its `min_length` check. */
function minLength(schema: z.ZodArray): number {
  const checks = (schema._zod.def.checks ?? []) as unknown as { _zod: { def: { check: string; minimum?: number } } }[];
  return checks.find((item) => item._zod.def.check === 'min_length')?._zod.def.minimum ?? 1;
}

/** A value chosen for the writer, and the note that says to replace it (written as a YAML comment). */
interface Filled {
  value: unknown;
  /** Notes by the path of the value inside `value`, for values that cannot hold REPLACE text themselves. */
  notes: Map<string, string>;
  /** Commented lines that offer a group's optional fields, by the path of the group. */
  offers: Map<string, Offer[]>;
}

/** Ids are written in lower-case words joined by hyphens; "replace-me" fits and says what to do. */
const ID_LIKE = /^\^\[a-z0-9\]/;

/** The regular expression a string schema must match, if it has one. */
function patternOf(schema: z.ZodString): RegExp | undefined {
  const checks = (schema._zod.def.checks ?? []) as unknown as { _zod: { def: { pattern?: RegExp } } }[];
  return checks.find((check) => check._zod.def.pattern)?._zod.def.pattern;
}

/**
 * A placeholder value for one field, from what the schema says the field holds. Text says
 * "REPLACE: …"; a value the schema would refuse as text (a choice, a number, an id, a date) gets a
 * real value that fits and a "REPLACE" note beside it, so the lint still stops the entry.
 */
function placeholder(schema: Described, name: string, context: ScaffoldContext, path: string[]): Filled {
  const { inner, description } = unwrapSchema(schema);
  const notes = new Map<string, string>();
  const offers = new Map<string, Offer[]>();
  const note = (text: string) => notes.set(path.join('.'), `REPLACE: ${text}`);
  const what = description ?? name;
  const link = linkOf(schema);
  if (link && link !== 'any') {
    const ids = context.idsOf?.(link) ?? [];
    const choices =
      ids.length === 0
        ? ''
        : ids.length <= LIST_CHOICES_UP_TO
          ? `: one of ${ids.join(', ')}`
          : `, such as ${ids.slice(0, 5).join(', ')}`;
    return { value: `REPLACE: ${what}${choices}`, notes, offers };
  }
  if (inner instanceof z.ZodEnum) {
    note(`choose ${what}`);
    return { value: inner.options[0], notes, offers };
  }
  if (inner instanceof z.ZodURL || name === 'url') return { value: 'https://example.org/REPLACE', notes, offers };
  if (inner instanceof z.ZodNumber) {
    if (name !== 'order') note(what);
    return {
      value:
        name === 'order' ? Math.max(0, ...context.orders) + 1 : name === 'year' ? context.today.getUTCFullYear() : 60,
      notes,
      offers,
    };
  }
  if (inner instanceof z.ZodBoolean) {
    note(what);
    return { value: false, notes, offers };
  }
  if (inner instanceof z.ZodUnion) {
    if (name !== 'updated') note(what);
    return { value: isoDate(context.today), notes, offers };
  }
  if (inner instanceof z.ZodString && patternOf(inner) && ID_LIKE.test(patternOf(inner)!.source)) {
    note(what);
    return { value: 'replace-me', notes, offers };
  }
  if (inner instanceof z.ZodArray) {
    const count = Math.max(1, minLength(inner));
    // Timed items (an exercise's injects) must come in order, ten minutes apart.
    const items = Array.from({ length: count }, (_, index) => {
      const item = placeholder(inner.element as Described, name, context, [...path, String(index)]);
      item.notes.forEach((text, at) => notes.set(at, text));
      item.offers.forEach((text, at) => offers.set(at, text));
      const value = item.value;
      return value && typeof value === 'object' && 'at' in value ? { ...value, at: index * 10 } : value;
    });
    return { value: items, notes, offers };
  }
  if (inner instanceof z.ZodObject) return fields(inner, context, false, path);
  return { value: `REPLACE: ${what}`, notes, offers };
}

/** How an optional field looks when written, for the commented line that offers it. */
function exampleOf(schema: Described, name: string): string {
  const { inner } = unwrapSchema(schema);
  if (inner instanceof z.ZodEnum) return String(inner.options[0]);
  if (inner instanceof z.ZodBoolean) return 'true';
  if (inner instanceof z.ZodNumber) return '1';
  if (inner instanceof z.ZodURL || name === 'url') return 'https://…';
  if (inner instanceof z.ZodUnion) return 'YYYY-MM-DD';
  if (inner instanceof z.ZodArray) return '[…]';
  if (inner instanceof z.ZodObject) return '{ … }';
  return '…';
}

/** Fields every writer fills although the schema lets them out: readers' words drive search. */
const ALWAYS_OFFERED = ['related', 'aliases'];

/** A commented line that offers an optional field, with what it is for. */
interface Offer {
  name: string;
  line: string;
}

/**
 * Optional fields are offered as commented lines under their group, with what each is for, so
 * a writer sees every field CONTRIBUTING lists without having to look them up.
 */
function optionalFields(schema: z.ZodObject, top: boolean): Offer[] {
  return Object.entries(schema.shape)
    .filter(([name, field]) => unwrapSchema(field as Described).optional && !(top && ALWAYS_OFFERED.includes(name)))
    .map(([name, field]) => {
      const { inner, description } = unwrapSchema(field as Described);
      const linked = inner instanceof z.ZodArray ? linkOf(inner.element as Described) : undefined;
      const about = description ?? (linked && linked !== 'any' ? `links to entries of content/${linked}/` : undefined);
      return { name, line: `${name}: ${exampleOf(field as Described, name)}   (optional${about ? `: ${about}` : ''})` };
    });
}

function fields(schema: z.ZodObject, context: ScaffoldContext, top: boolean, path: string[] = []): Filled {
  const values: Record<string, unknown> = {};
  const notes = new Map<string, string>();
  const offers = new Map<string, Offer[]>();
  for (const [name, field] of Object.entries(schema.shape)) {
    const { optional } = unwrapSchema(field as Described);
    if (optional && !(top && ALWAYS_OFFERED.includes(name))) continue;
    if (top && name === 'related') {
      values[name] = [];
      continue;
    }
    const filled = placeholder(field as Described, name, context, [...path, name]);
    values[name] = filled.value;
    filled.notes.forEach((text, at) => notes.set(at, text));
    filled.offers.forEach((text, at) => offers.set(at, text));
  }
  offers.set(path.join('.'), optionalFields(schema, top));
  return { value: values, notes, offers };
}

const BODIES: Partial<Record<CollectionName, string>> = {
  norms:
    '## Why it matters\n\nREPLACE: the guidance, in short sentences.\n\n## Do and avoid\n\nDo:\n\n- REPLACE\n\nAvoid:\n\n- REPLACE\n\n## A worked example\n\nREPLACE: a made-up but realistic situation, a message that works, and why.\n',
  templates:
    '```template\nSubject: {{project}}: REPLACE the subject\n\nREPLACE: the message, with {{project}} and any other placeholders you declare.\n```\n\n## Tone and what to leave out\n\n- REPLACE\n',
  checklists:
    '## REPLACE: a heading\n\n- [ ] REPLACE: an item, written as what is true when it is done.\n\n  REPLACE: why this item matters, if that is not obvious.\n',
  threats:
    '## How it works\n\nREPLACE: the pattern in plain words.\n\n## Why it is hard to see\n\nREPLACE: why each step looks innocent.\n',
  structures: '## How it works\n\nREPLACE: who decides what, how people join and leave, where the keys are.\n',
  exercises:
    '## Before you start\n\nREPLACE: consent, made-up names, notes under TLP:AMBER+STRICT.\n\n## The scene\n\nREPLACE: the briefing the facilitator reads out.\n',
  // The three sections the content check requires, in the content's language.
  cases: `## ${CASE_SECTIONS.facts}\n\nREPLACE: the facts, from the sources, each followed by a mark such as [^replace-me].\n\n## ${CASE_SECTIONS.communication}\n\nREPLACE: who said what, when and where, each fact with its mark.[^replace-me]\n\n## ${CASE_SECTIONS.analysis}\n\nREPLACE: your reading.\n\nDo:\n\n- REPLACE\n\nAvoid:\n\n- REPLACE\n`,
  frameworks:
    '## What it covers\n\nREPLACE\n\n## Where it stops\n\nREPLACE\n\n## How to use it with this guidance\n\nREPLACE\n',
};

export interface Scaffold {
  id: string;
  fileName: string;
  text: string;
}

export function scaffold(
  collection: CollectionName,
  title: string,
  schema: z.ZodObject,
  context: ScaffoldContext,
): Scaffold {
  const id = slugify(title);
  if (!id) throw new Error('the title needs at least one letter or digit, to make the file name from');
  if (context.ids.includes(id))
    throw new Error(`content/${collection}/ already has an entry called "${id}"; choose another title`);
  const filled = fields(schema, context, true);
  const values: Record<string, unknown> = {
    ...(filled.value as Record<string, unknown>),
    title,
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: isoDate(context.today),
  };
  for (const field of ['title', 'classification', 'status', 'updated']) filled.notes.delete(field);
  if (collection === 'threats') {
    values.code = nextThreatCode(context.codes);
    filled.notes.delete('code');
    // The schema wants a condition or everyProject; an example condition shows the shape to fill in.
    values.exposure = {
      raise: [{ fact: 'replace-me', is: ['replace-me'], points: 1, why: 'REPLACE: why these answers raise it' }],
    };
    filled.notes.set('exposure.raise.0.fact', 'REPLACE: a question id from content/project-facts.yaml');
    filled.notes.set('exposure.raise.0.points', 'REPLACE: 1, 2 or 3 (a little, clearly, a lot)');
  }
  if (collection === 'threats') {
    values.noSituation =
      'REPLACE: list this threat in a situation and delete this line, or say why no situation applies';
  }
  if (collection === 'situations') {
    // A step needs "to" or "call"; one step that tells the reader's own group shows the shape.
    values.outcomes = ['replace-me'];
    filled.notes.set('outcomes.0', 'REPLACE: the id of an outcome in content/decisions/disclosure.yaml');
    values.steps = [{ to: ['own-team'], when: 'REPLACE: when', what: 'REPLACE: who hears what', templates: [] }];
    filled.notes.set('steps.0.to.0', 'REPLACE: who hears it, as the outcome part names them');
    values.templates = ['replace-me'];
    filled.notes.set('templates.0', 'REPLACE: a template from content/templates/');
  }
  if (collection === 'templates') {
    values.messageLabel = 'TLP:RED';
    filled.notes.set('messageLabel', 'REPLACE: the label of every message made from it (or use messageLabels)');
    values.placeholders = [
      { name: 'project', description: 'REPLACE: what goes here', example: 'REPLACE: an example value' },
    ];
  }
  const document = new Document(values);
  const nodeAt = (at: string) =>
    at === ''
      ? document.contents
      : document.getIn(
          at.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
          true,
        );
  for (const [at, text] of filled.notes) {
    const node = nodeAt(at);
    if (node && typeof node === 'object') (node as { comment?: string }).comment = ` ${text}`;
  }
  for (const [at, offers] of filled.offers) {
    const node = nodeAt(at);
    // A field the scaffold wrote after all (such as a threat's example exposure) is not offered again.
    const left = isMap(node) ? offers.filter((offer) => !node.has(offer.name)) : [];
    if (!isMap(node) || left.length === 0) continue;
    const lines = left.map((offer) => offer.line);
    node.comment = ` ${(at === '' ? ['Optional fields you may add:', ...lines] : lines).join('\n ')}`;
  }
  const yaml = document.toString({ lineWidth: 0 });
  const format = COLLECTIONS[collection].format;
  const text =
    format === 'yaml' ? yaml : `---\n${yaml}---\n\n${BODIES[collection] ?? 'REPLACE: the text of the page.\n'}`;
  return { id, fileName: `${id}.${format === 'yaml' ? 'yaml' : 'mdx'}`, text };
}
