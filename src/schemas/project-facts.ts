/**
 * The schema of content/project-facts.yaml: the questions of the governance exposure check. Each
 * threat says which of their answers make a project more exposed to it (its `exposure` field).
 */
import { z } from 'astro/zod';
import { baseFields, plainText } from './fields.ts';

/** Ten minutes of a volunteer's time: the check keeps to this many questions. */
export const MAX_FACTS = 25;

const slug = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. release-publishers')
    .describe(what);

const { related: _related, aliases: _aliases, ...factsBase } = baseFields;

export const PICKS = ['one', 'many'] as const;

export const projectFactsSchema = z.strictObject({
  ...factsBase,
  facts: z
    .array(
      z.strictObject({
        id: slug('a short id that threats name in their exposure conditions'),
        question: plainText('the question, answerable in a minute without research', 10, 160),
        why: plainText('one sentence on why the answer matters', 10, 200),
        pick: z
          .enum(PICKS)
          .default('one')
          .describe('one (the reader picks one answer) or many (every answer that fits)'),
        options: z
          .array(
            z.strictObject({
              id: slug('a short id that threats name in their exposure conditions'),
              answer: plainText('the answer as the reader would say it', 2, 120),
            }),
          )
          .min(2, 'needs at least 2 answers to choose from'),
      }),
    )
    .min(1, 'needs at least 1 question')
    .max(MAX_FACTS, `keep the check to ${MAX_FACTS} questions, so a team can answer it in about ten minutes`),
});

export type ProjectFacts = z.output<typeof projectFactsSchema>;
export type ProjectFact = ProjectFacts['facts'][number];
