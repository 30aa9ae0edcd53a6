/**
 * The schema of content/project-facts.yaml: the questions of the governance exposure check and the
 * fixes that improve an answer. Each threat says which answers raise or lower a project's exposure
 * to it (its `exposure` field).
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
        fixes: z
          .array(
            z.strictObject({
              from: z
                .array(slug('the id of one of this question’s answers'))
                .min(1, 'needs at least 1 answer the fix moves away from')
                .describe('the ids of the weaker answers this change leaves behind'),
              to: slug('the id of the answer the project can give once the change is made'),
              step: plainText('the change, as one instruction a team can give an owner and a date', 10, 200),
              see: z
                .array(
                  z
                    .string()
                    .regex(
                      /^[a-z]+\/[a-z0-9-]+$/,
                      'write a page as collection/entry-id, e.g. checklists/asset-and-access-inventory',
                    )
                    .describe('a checklist, template or threat the change is drawn from, as collection/entry-id'),
                )
                .min(1, 'needs at least 1 page the change is drawn from')
                .describe('the checklists, templates or threats the change is drawn from, as collection/entry-id'),
              exercise: slug('the file name of the exercise in content/exercises/ that tests the change'),
            }),
          )
          .default([])
          .describe('concrete changes that move a project from weaker answers to a stronger one'),
      }),
    )
    .min(1, 'needs at least 1 question')
    .max(MAX_FACTS, `keep the check to ${MAX_FACTS} questions, so a team can answer it in about ten minutes`),
});

export type ProjectFacts = z.output<typeof projectFactsSchema>;
export type ProjectFact = ProjectFacts['facts'][number];
