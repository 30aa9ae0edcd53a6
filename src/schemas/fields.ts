/**
 * Field schemas shared by several collections. Each `describe()` text says what a contributor is
 * expected to write; the content checker quotes it when a field is wrong.
 */
import { isoDate } from '../lib/dates.ts';
import { isPlaceholderHost } from '../lib/text.ts';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, isCollectionName, type CollectionName } from '../lib/collections.ts';
import { PUBLIC_LABEL, TLP_LABELS, suggestLabel } from '../lib/tlp.ts';
import { AUDIENCES, FORMER_STATUSES, STATUSES } from '../lib/vocabulary.ts';

/** A link from one entry to another, as Astro's `reference()` resolves it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Makes the schema of a reference to an entry of one collection. */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

const TLP_EXPECTED = `one of ${TLP_LABELS.join(', ')}, written exactly so`;

export const tlpLabel = z
  .enum(TLP_LABELS, {
    error: (issue) => {
      if (issue.input === undefined) return 'this field is required but is missing';
      const hint = typeof issue.input === 'string' ? suggestLabel(issue.input) : undefined;
      return hint && hint !== issue.input
        ? `"${String(issue.input)}" is not a TLP 2.0 label; did you mean ${hint}?`
        : `"${String(issue.input)}" is not a TLP 2.0 label`;
    },
  })
  .describe(TLP_EXPECTED);

/** A calendar date written as YYYY-MM-DD. YAML turns such dates into Date objects; strings are checked too. */
export const calendarDate = z
  .union([z.date(), z.string()], { error: 'a date must be written as YYYY-MM-DD' })
  .transform((value, context) => {
    const text = value instanceof Date ? isoDate(value) : value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = new Date(`${text}T00:00:00Z`);
    if (!match || Number.isNaN(date.getTime()) || isoDate(date) !== text) {
      context.addIssue({ code: 'custom', message: `"${text}" is not a real calendar date` });
      return z.NEVER;
    }
    return date;
  })
  .describe('a real calendar date written as YYYY-MM-DD, e.g. 2026-03-01');

/** A date that has happened: an update or a check cannot be in the future (a day of slack for time zones). */
export const pastDate = calendarDate
  .refine((date) => date.getTime() <= Date.now() + 24 * 60 * 60 * 1000, {
    message: 'this date is in the future; write the day the change was made',
  })
  .describe('a date no later than today, written as YYYY-MM-DD, e.g. 2026-03-01');

export const plainText = (description: string, min = 1, max?: number) => {
  const text = z.string().trim().min(min, `too short (at least ${min} characters)`);
  return (max ? text.max(max, `too long (at most ${max} characters)`) : text).describe(description);
};

export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be a full https:// address' })
  // Only a valid https address is looked at, so one slip gives one message.
  .refine(
    (address) =>
      !URL.canParse(address) || !address.startsWith('https:') || !isPlaceholderHost(new URL(address).hostname),
    {
      message: 'this is a placeholder address (example.org and the like), not the real one',
    },
  )
  .describe('the full https:// address where it is published');

export const audience = z.enum(AUDIENCES.values).describe(`one of: ${AUDIENCES.values.join(', ')}`);

/** A published source for a fact; `pressOnly` marks facts that only the press reported. */
export const source = z.strictObject({
  title: plainText('the title of the source as published'),
  url: httpsUrl,
  publisher: plainText('who published it, e.g. "LWN.net" or "the project’s blog"'),
  date: calendarDate.optional(),
  pressOnly: z.boolean().default(false).describe('true when only press coverage reports the fact'),
});

/** `related` may point at an entry of any collection, written `collection/entry-id`. */
export const anyRef = z
  .string()
  .regex(/^[a-z]+\/[a-z0-9-]+$/, 'write a related entry as collection/entry-id, e.g. norms/say-what-you-know')
  .transform((value, context) => {
    const [collection = '', id = ''] = value.split('/');
    if (!isCollectionName(collection)) {
      context.addIssue({
        code: 'custom',
        message: `"${collection}" is not a collection; use one of ${COLLECTION_NAMES.join(', ')}`,
      });
      return z.NEVER;
    }
    return { collection, id } satisfies EntryRef;
  })
  .describe('an entry written as collection/entry-id, e.g. templates/holding-statement');

const STATUS_EXPECTED = `one of: ${STATUSES.values.join(', ')}`;

/** Where the entry stands with the working group; the old words proposed and adopted get their new name. */
export const reviewStatus = z
  .enum(STATUSES.values, {
    // Anything else gets the usual message, with a suggestion for a slip.
    error: (issue) => {
      const renamed = FORMER_STATUSES[String(issue.input)];
      if (renamed === 'agreed')
        return `"${String(issue.input)}" is now "agreed", and needs an agreement: the date and a link to where the working group confirmed it`;
      return renamed ? `"${String(issue.input)}" is now called "${renamed}"` : undefined;
    },
  })
  .describe(STATUS_EXPECTED);

/** The working group's confirmation of an entry: when, and the public record of it. */
export const agreement = z
  .strictObject({
    date: pastDate.describe('the day the working group confirmed the entry, written YYYY-MM-DD'),
    record: httpsUrl.describe(
      'a link to where the group confirmed it: published minutes, an issue, a pull request or a message in its chat room',
    ),
  })
  .describe('for status agreed: the day the working group confirmed it (date) and a link to the record (record)');

/** The fields every entry has. */
export const baseFields = {
  title: plainText('a title of at most 80 characters', 3, 80),
  summary: plainText('one or two plain sentences, at most 200 characters', 20, 200),
  classification: tlpLabel
    .refine((label) => label === PUBLIC_LABEL, {
      message: 'only TLP:CLEAR may be published on this public site',
    })
    .describe('TLP:CLEAR, the only label this public site may publish'),
  status: reviewStatus,
  agreement: agreement.optional(),
  updated: pastDate,
  // Defaults are worked out from the other fields by reviewOf() in src/lib/review.ts, so that
  // most entries need neither field.
  reviewed: pastDate
    .describe(
      'the day someone last checked the entry is still right; without it, the later of updated and the agreement date',
    )
    .optional(),
  nextReview: calendarDate
    .describe('when the entry should be checked again, written YYYY-MM-DD; without it, a year after reviewed')
    .optional(),
  related: z.array(anyRef).default([]),
  aliases: z
    .array(plainText('a word or phrase readers use for the same thing'))
    .default([])
    .describe('words and phrases readers use for the same thing, shown as "Also called" and searched first'),
};

export const list = <T extends z.ZodType>(item: T, min: number, what: string) =>
  z.array(item).min(min, `needs at least ${min} ${what}`);

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).describe(`one of: ${values.join(', ')}`);

/** Links to entries of one collection; optional (an empty list) unless a minimum is set. */
export function refList(ref: RefFactory) {
  function refs<C extends CollectionName>(collection: C, min: number): z.ZodArray<z.ZodType<EntryRef<C>>>;
  function refs<C extends CollectionName>(collection: C): z.ZodDefault<z.ZodArray<z.ZodType<EntryRef<C>>>>;
  function refs<C extends CollectionName>(collection: C, min = 0) {
    const links = list(ref(collection), min, `${collection} entries`);
    return min > 0 ? links : links.default([]);
  }
  return refs;
}
