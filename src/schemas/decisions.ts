/** The schema of the disclosure decision framework (content/decisions/): questions whose answers establish facts, and outcomes in parts. */
import { z } from 'astro/zod';
import { AUDIENCES, INVOLVABLE, RELATIVE_AUDIENCES } from '../lib/vocabulary.ts';
import { baseFields, httpsUrl, list, plainText, refList, tlpLabel, type RefFactory } from './fields.ts';

const involvable = z.enum(INVOLVABLE).describe(`one of: ${INVOLVABLE.join(', ')}`);
const sourceLimit = z
  .union([tlpLabel, z.literal('none')])
  .describe(`the label the source set (${tlpLabel.description}), or none`);

/** What the reader's situation is about; routes and parts can depend on it. */
export const SITUATION_KINDS = [
  'conduct',
  'absence',
  'other',
  'our-leak',
  'trusted-leak',
  'public-accusation',
  'public-exposure',
  'agreement',
  'moderation-decision',
] as const;
const situation = z.enum(SITUATION_KINDS).describe(`one of: ${SITUATION_KINDS.join(', ')}`);

/** Who set a limit that is not the source's own label: this guide's default for unlabelled information, or an agreement. */
export const LIMIT_ORIGINS = ['default', 'agreement'] as const;
/** What the source and the person at risk explicitly agreed to beyond the limit: one group, or a public statement. */
export const AGREEMENTS = ['one-group', 'public'] as const;

/** What an answer establishes about the reader's situation; later questions and outcomes must respect it. */
const facts = z.strictObject({
  about: situation.optional(),
  sourceLimit: sourceLimit.optional(),
  limitFrom: z
    .enum(LIMIT_ORIGINS)
    .describe(`who set the limit when the source gave no label: one of ${LIMIT_ORIGINS.join(', ')}`)
    .optional(),
  agreed: z
    .enum(AGREEMENTS)
    .describe(`what the source and the person at risk agreed to beyond the limit: one of ${AGREEMENTS.join(', ')}`)
    .optional(),
  involved: list(involvable, 1, 'role').optional(),
  codeFlaw: z.literal(true).optional(),
  leaked: z.literal(true).optional(),
});

/** A condition on what earlier answers established; every field given must hold. */
const condition = z.strictObject({
  about: list(situation, 1, 'situation').optional(),
  sourceLimit: list(sourceLimit, 1, 'label').optional(),
  involved: list(involvable, 1, 'role').describe('holds when any of these roles is involved').optional(),
  leaked: z.boolean().optional(),
  agreed: list(z.enum(AGREEMENTS), 1, 'agreement').describe('holds when they agreed to any of these').optional(),
});

export const outcomeAudience = z
  .enum([...AUDIENCES.values, ...RELATIVE_AUDIENCES.values])
  .describe(`one of: ${[...AUDIENCES.values, ...RELATIVE_AUDIENCES.values].join(', ')}`);

const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const nodeId = z
  .string()
  .regex(NODE_ID, 'use lower-case words joined by hyphens')
  .describe('a node id in lower-case words joined by hyphens');

/** One answer of the decision framework, named by its question: "first-check/none". */
export const wizardAnswer = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'write a question id and one of its answer ids joined by a slash, e.g. first-check/none',
  )
  .describe('a question id and the id of one of its answers, joined by a slash, e.g. first-check/none');

export function decisionsSchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
    ...baseFields,
    start: nodeId.describe('the id of the first question'),
    exits: list(nodeId, 1, 'exit').describe(
      'the ids of the exit outcomes every question page offers ("stop here if…")',
    ),
    codeFlawExit: nodeId.describe('the id of the exit outcome for flaws in code (the OpenSSF guidance)'),
    questions: list(
      z.strictObject({
        id: nodeId,
        question: plainText('the question, ending in a question mark'),
        help: plainText('a sentence or two that helps answer it').optional(),
        options: list(
          z.strictObject({
            id: nodeId.describe(
              'a short id for the answer, unique within its question; it becomes part of the address',
            ),
            answer: plainText('the answer as the reader would say it'),
            next: nodeId.describe('the id of the next question or of an outcome'),
            instead: list(
              z.strictObject({
                when: condition,
                next: nodeId.describe('where this answer leads when the condition holds'),
              }),
              0,
              'route',
            ).default([]),
            sets: facts.optional(),
          }),
          2,
          'answers',
        ),
      }),
      1,
      'question',
    ),
    outcomes: list(
      z.strictObject({
        id: nodeId,
        title: plainText('what to do, in a few words', 3, 100),
        aliases: baseFields.aliases,
        exit: z
          .boolean()
          .default(false)
          .describe('true for an outcome that sends the reader to help this guidance cannot give'),
        link: httpsUrl.optional(),
        parts: list(
          z.strictObject({
            label: z
              .union([tlpLabel, z.literal('source')])
              .describe(`${tlpLabel.description}, or "source" for the label the source set`),
            audiences: list(outcomeAudience, 1, 'audience'),
            when: condition.describe('the part applies only when this holds on the reader’s path').optional(),
            unless: condition.describe('the part is left out when this holds on the reader’s path').optional(),
            what: plainText('what this part is: who hears what, and how'),
            templates: refs('templates'),
          }),
          0,
          'part',
        ),
        timing: plainText('when to act'),
        rationale: plainText('one paragraph on why this is the right balance'),
        tradeoff: plainText('the harm this outcome accepts, and to whom, stated plainly').optional(),
        norms: refs('norms'),
        checklists: refs('checklists'),
      }),
      1,
      'outcome',
    ),
  });
}
