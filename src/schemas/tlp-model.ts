/**
 * The schema of content/tlp-model.yaml: how this guidance applies TLP to open-source roles. Like
 * the collections' schemas, it is shared by Astro and the content checker.
 */
import { z } from 'astro/zod';
import { TLP_LABELS } from '../lib/tlp.ts';
import { AUDIENCES, RELATIVE_AUDIENCES } from '../lib/vocabulary.ts';
import { outcomeAudience } from './decisions.ts';
import { baseFields, list, plainText, tlpLabel } from './fields.ts';

const role = z.enum(AUDIENCES.values).describe(`a role: one of ${AUDIENCES.values.join(', ')}`);
const relativeAudience = z
  .enum(RELATIVE_AUDIENCES.values)
  .describe(`an audience relative to the reader: one of ${RELATIVE_AUDIENCES.values.join(', ')}`);

export const ROLE_KINDS = ['organization', 'community', 'individual', 'open'] as const;
export const RULE_ORIGINS = ['first', 'cisa', 'site'] as const;

const { related: _related, ...modelBase } = baseFields;

export const tlpModelSchema = z.strictObject({
  ...modelBase,
  labels: z
    .array(
      z.strictObject({
        label: tlpLabel,
        instruction: plainText(
          'what the label lets the reader do, in plain words, for people who have not agreed to TLP',
        ),
        within: list(tlpLabel, 1, 'label').describe(
          'the labels whose circle holds everyone this label reaches, itself included',
        ),
        limitAllows: list(relativeAudience, 1, 'audience').describe(
          'whom a reader may still tell when a source set this label, besides asking the source for more',
        ),
      }),
    )
    .length(TLP_LABELS.length, `needs one entry for each of the ${TLP_LABELS.length} labels`),
  roles: z
    .array(
      z.strictObject({
        id: role,
        names: z
          .array(plainText('a word or phrase'))
          .default([])
          .describe('the words the guide’s text uses for this role, which the lint reads for claims about it'),
        kind: z
          .enum(ROLE_KINDS)
          .describe(
            'organization (formal membership, its own rules), community (a closed group of peers), individual (a person outside any organization) or open (anyone can join)',
          ),
        onlyPublic: z.boolean().default(false).describe('true when the role may only ever receive TLP:CLEAR'),
        why: plainText('one sentence on why the role is mapped this way'),
        clients: z.array(role).default([]),
        clientsWhy: plainText('one sentence on who its clients are and why'),
        withPermission: z
          .array(role)
          .default([])
          .describe(
            'groups it may pass information to only when the source gives explicit permission; they are not its clients, and TLP:AMBER alone does not reach them',
          ),
        community: z.boolean().describe('whether it can be (part of) the community a TLP:GREEN label names'),
        communityWhy: plainText('one sentence on why it can or cannot form a TLP:GREEN community'),
      }),
    )
    .min(1),
  relativeAudiences: list(
    z.strictObject({
      id: relativeAudience,
      receives: list(tlpLabel, 1, 'label').describe('the labels this audience may receive'),
      membersUnknown: z
        .boolean()
        .default(false)
        .describe('true for a group whose members the decision tree cannot know, so it may hold anyone involved'),
    }),
    1,
    'audience',
  ),
  agreedToOneGroup: list(outcomeAudience, 1, 'audience').describe(
    'whom a reader may also tell when the source and the person at risk agreed that one group may hear it',
  ),
  rules: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens')
          .describe('a short id, used as the rule’s anchor: #rule-<id>'),
        origin: z
          .enum(RULE_ORIGINS)
          .describe('first (FIRST’s standard), cisa (CISA’s guide) or site (this guide’s own rule or reading)'),
        title: plainText('the rule in a few words', 3, 80),
        rule: plainText('the rule in one to three plain sentences'),
      }),
    )
    .min(1),
});

export type TlpModel = z.output<typeof tlpModelSchema>;
export type ModelRole = TlpModel['roles'][number];
