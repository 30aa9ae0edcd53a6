/**
 * The schema of every collection: the single source of truth for what an entry may contain.
 * `createSchemas` takes the reference factory so that Astro (with `reference()`) and the
 * content checker (outside Astro) validate with the very same rules.
 */
import { z } from 'astro/zod';
import { COLLECTION_NAMES, ENTRY_ID_PATTERN, type CollectionName } from '../lib/collections.ts';
import { PLACEHOLDER_KINDS, PLACEHOLDER_NAME } from '../lib/templates.ts';
import {
  AUDIENCES,
  INVOLVABLE,
  RELATIVE_AUDIENCES,
  QUESTIONS,
  CHANNELS,
  CHECKLIST_STAGES,
  SITUATIONS,
  TEMPLATE_STAGES,
} from '../lib/vocabulary.ts';
import { CRITERION_RESULTS } from '../lib/cases.ts';
import { POINTS, SEVERITIES } from '../model/exposure.ts';
import { HELPERS, SITUATION_FAMILIES } from '../lib/situations.ts';
import {
  audience,
  baseFields,
  pastDate,
  httpsUrl,
  plainText,
  source,
  tlpLabel,
  type EntryRef,
  type RefFactory,
} from './fields.ts';

const list = <T extends z.ZodType>(item: T, min: number, what: string) =>
  z.array(item).min(min, `needs at least ${min} ${what}`);

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).describe(`one of: ${values.join(', ')}`);

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

const outcomeAudience = z
  .enum([...AUDIENCES.values, ...RELATIVE_AUDIENCES.values])
  .describe(`one of: ${[...AUDIENCES.values, ...RELATIVE_AUDIENCES.values].join(', ')}`);

const criterion = z.strictObject({
  met: choice(CRITERION_RESULTS),
  why: plainText('one sentence on why, drawn from the sources', 10, 300),
});

/**
 * Which answers to the exposure check (content/project-facts.yaml) raise a project's exposure to a
 * threat, which lower it, and by how much. Fact and answer ids are checked against that file by a
 * rule, since a schema sees one entry at a time.
 */
const exposureCondition = (side: 'raise' | 'lower') =>
  z.strictObject({
    fact: z
      .string()
      .regex(ENTRY_ID_PATTERN, 'write the id of a question in content/project-facts.yaml, e.g. release-publishers')
      .describe('the id of a question in content/project-facts.yaml'),
    is: list(
      z.string().regex(ENTRY_ID_PATTERN, 'write the id of one of the question’s answers, e.g. one'),
      1,
      'answer',
    ).describe(`the ids of the answers that ${side} the exposure; any one of them is enough`),
    points: z
      .literal(POINTS, { error: `write ${POINTS.join(', ')}: a little, clearly or a lot` })
      .describe(`how much these answers ${side} it: ${POINTS.join(', ')} (a little, clearly, a lot)`),
    why: plainText(`one sentence, shown with the result, on why these answers ${side} the exposure`, 10, 200),
  });

const exposure = z
  .strictObject({
    everyProject: z
      .boolean()
      .default(false)
      .describe('true when the threat concerns every project, whatever its answers: it starts at 1 point'),
    raise: z.array(exposureCondition('raise')).default([]),
    lower: z.array(exposureCondition('lower')).default([]),
  })
  .refine((value) => value.everyProject || value.raise.length > 0, {
    path: ['raise'],
    message: 'say which answers raise the exposure (raise), or set everyProject: true',
  })
  .describe('which answers to the exposure check raise and lower a project’s exposure to this threat, and how much');

const severity = z
  .strictObject({
    level: choice(SEVERITIES),
    why: plainText('one sentence, drawn from the entry, on why the harm is that bad', 10, 200),
  })
  .describe('how bad the harm is when the threat happens: level (low, medium or high) and why');

/** A case's source has a short id that citation marks such as [^timeline] point to, and says what it supports. */
const caseSource = source.extend({
  id: z
    .string()
    .regex(ENTRY_ID_PATTERN, 'use lower-case words joined by hyphens, e.g. lwn-report')
    .describe('a short name for the source, used in citation marks such as [^lwn-report]'),
  supports: plainText('which facts of the case this source supports, in a few words'),
});

const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nodeId = z
  .string()
  .regex(NODE_ID, 'use lower-case words joined by hyphens')
  .describe('a node id in lower-case words joined by hyphens');

/** One answer of the decision framework, named by its question: "first-check/none". */
const wizardAnswer = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'write a question id and one of its answer ids joined by a slash, e.g. first-check/none',
  )
  .describe('a question id and the id of one of its answers, joined by a slash, e.g. first-check/none');

export function createSchemas(ref: RefFactory) {
  /** Links to entries of one collection; optional (an empty list) unless a minimum is set. */
  function refs<C extends CollectionName>(collection: C, min: number): z.ZodArray<z.ZodType<EntryRef<C>>>;
  function refs<C extends CollectionName>(collection: C): z.ZodDefault<z.ZodArray<z.ZodType<EntryRef<C>>>>;
  function refs<C extends CollectionName>(collection: C, min = 0) {
    const links = list(ref(collection), min, `${collection} entries`);
    return min > 0 ? links : links.default([]);
  }

  /** One first step of a situation: who hears what, or the one helper to call when the rest is out of scope. */
  const situationStep = z
    .strictObject({
      to: list(outcomeAudience, 1, 'audience')
        .describe('who hears it: audiences that a part of the step’s decision outcome serves')
        .optional(),
      label: tlpLabel
        .describe(
          `${tlpLabel.description}; leave it out to take the label of the outcome part that serves these audiences`,
        )
        .optional(),
      call: choice(HELPERS.values)
        .describe(`for a step outside this guide’s scope, the one helper to call: ${HELPERS.values.join(', ')}`)
        .optional(),
      outcome: nodeId
        .describe('the decision outcome this step follows; needed only when the situation lists more than one')
        .optional(),
      when: plainText('when, in plain words, e.g. "Now, before anything public"', 2, 120),
      what: plainText('what they hear (or what to ask the helper for), in plain words'),
      meanwhile: plainText('what not to say or do in the meantime, in plain words').optional(),
      templates: refs('templates'),
    })
    .superRefine((step, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (step.to && step.call) issue('call', 'a step either tells people (to) or calls a helper (call), not both');
      else if (!step.to && !step.call)
        issue('to', 'a step needs "to" (who hears it) or "call" (the one helper to call, for a step out of scope)');
      if (step.call) {
        if (!step.meanwhile) issue('meanwhile', 'a step that calls a helper says what not to say in the meantime');
        for (const field of ['label', 'outcome'] as const)
          if (step[field] !== undefined)
            issue(field, `a step that calls a helper has no ${field}; put who hears what in a step with "to"`);
        if (step.templates.length > 0)
          issue('templates', 'a step that calls a helper has no templates; put the message in a step with "to"');
      }
    });

  return {
    norms: z.strictObject({
      ...baseFields,
      order: z.number().int().positive().describe('the norm’s place in the reading order: 1, 2, 3 and so on'),
      answers: list(choice(QUESTIONS.values), 1, 'of the three questions'),
      audiences: list(audience, 1, 'audience'),
      templates: refs('templates'),
      checklists: refs('checklists'),
    }),

    tlp: z.strictObject({
      ...baseFields,
      label: tlpLabel,
      recipients: plainText('who exactly may receive information under this label, in open-source terms'),
      examples: list(plainText('an open-source example'), 5, 'examples'),
      channelsThatFit: list(plainText('a channel that keeps to the label'), 1, 'channel'),
      channelsThatBreak: list(plainText('a channel that breaks the label'), 1, 'channel'),
      mistakes: list(plainText('a common mistake'), 1, 'mistake'),
    }),

    decisions: z.strictObject({
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
    }),

    situations: z
      .strictObject({
        ...baseFields,
        family: choice(SITUATION_FAMILIES.values),
        looksLike: list(plainText('one plain line on what the reader sees happening', 10, 200), 2, 'lines')
          .max(3, 'at most 3 lines')
          .describe('two or three plain lines on what the reader sees happening'),
        outcomes: list(nodeId.describe('the id of an outcome in content/decisions/'), 1, 'outcome').describe(
          'the decision outcomes this situation follows, by id; labels and audiences come from them',
        ),
        decide: z
          .array(wizardAnswer)
          .default([])
          .describe(
            'the answers of the decision framework this situation already gives, in order, each written question-id/answer-id; the page links to where they lead',
          ),
        steps: list(situationStep, 1, 'step'),
        templates: refs('templates'),
        checklists: refs('checklists'),
        threats: refs('threats'),
        cases: refs('cases'),
      })
      .superRefine((data, context) => {
        if (!data.steps.some((step) => step.to))
          context.addIssue({
            code: 'custom',
            path: ['steps'],
            message: 'every situation says how to communicate: at least one step needs "to" (who hears what)',
          });
        if (![...data.templates, ...data.steps.flatMap((step) => step.templates)].length)
          context.addIssue({
            code: 'custom',
            path: ['templates'],
            message: 'a situation needs at least one template, in a step or in "templates"',
          });
      }),

    templates: z
      .strictObject({
        ...baseFields,
        scenario: choice(SITUATIONS.values),
        stage: choice(TEMPLATE_STAGES.values),
        messageLabel: tlpLabel
          .describe(`the fixed label of every message made from this template: ${tlpLabel.description}`)
          .optional(),
        messageLabels: z
          .strictObject({
            from: plainText('what decides the label, e.g. "the label of the information you are asking about"'),
            allowed: list(tlpLabel, 2, 'labels'),
          })
          .describe('for a message whose label depends on what it carries: what decides it, and the labels allowed')
          .optional(),
        restriction: z
          .union([
            plainText('what the recipients may do with the message'),
            z.partialRecord(tlpLabel, plainText('what the recipients may do with a message under this label')),
          ])
          .describe(
            'what the recipients may do with the message, in plain words, placed directly after the label; or, when that depends on the label, a text for each label (TLP:RED: …), the TLP model’s plain words standing in for any label not given',
          )
          .optional(),
        document: z
          .boolean()
          .default(false)
          .describe(
            'true for a document such as minutes: the site writes the label and the restriction at its top and its bottom, for the page header and footer, and fills in {{label}} wherever the text names the label',
          ),
        toTheSource: z
          .boolean()
          .default(false)
          .describe('true when the message goes back to the source of the information it describes'),
        needsAgreement: z
          .boolean()
          .default(false)
          .describe(
            'true when the message speaks about a person who must agree to it first, such as a public statement of support; the decision tree may recommend it only after an answer says the person agreed to a public statement',
          ),
        sentSeparately: z
          .boolean()
          .default(false)
          .describe('true when the sender sends one message to each group named in audiences, never one to several'),
        audiences: list(audience, 1, 'audience'),
        channels: list(choice(CHANNELS.values), 1, 'channel'),
        whenToUse: plainText('when this template fits'),
        whenNotToUse: plainText('when to pick something else'),
        placeholders: list(
          z.strictObject({
            name: z
              .string()
              .regex(PLACEHOLDER_NAME, 'use lower-case letters, digits and underscores, e.g. next_update')
              .describe('the name used in the template as {{name}}'),
            description: plainText('what goes here'),
            example: plainText('an example value'),
            kind: z
              .enum(PLACEHOLDER_KINDS)
              .default('text')
              .describe(
                'text; label when the value is a TLP label (the fill-in tool then offers only the five labels); or recipients for the people beyond the recipients whom the restriction lets them tell (its example is none, and the site adds that only the source may name them)',
              ),
          }),
          0,
          'placeholder',
        ).default([]),
      })
      .superRefine((data, context) => {
        if ((data.messageLabel === undefined) === (data.messageLabels === undefined)) {
          context.addIssue({
            code: 'custom',
            path: ['messageLabel'],
            message:
              data.messageLabel === undefined
                ? 'a template needs its message label: messageLabel, or messageLabels when it depends on what the message carries'
                : 'write either messageLabel (a fixed label) or messageLabels (a label that depends on the content), not both',
          });
        }
      }),

    checklists: z.strictObject({
      ...baseFields,
      scenario: choice(SITUATIONS.values),
      stage: choice(CHECKLIST_STAGES.values),
      audiences: list(audience, 1, 'audience'),
      whenToUse: plainText('when to pick up this checklist'),
    }),

    threats: z.strictObject({
      ...baseFields,
      code: z
        .string()
        .regex(/^GT-\d{3}$/, 'write the threat id as GT- and three digits, e.g. GT-007')
        .describe('the threat’s stable id, GT- and three digits'),
      category: ref('categories'),
      actors: list(plainText('who carries it out'), 1, 'actor'),
      targets: list(plainText('the governance asset it targets'), 1, 'target'),
      preconditions: list(plainText('what makes a project exposed'), 1, 'precondition'),
      signals: list(plainText('a sign a project can notice early'), 3, 'signals'),
      structures: refs('structures', 1),
      cases: refs('cases'),
      references: list(source, 1, 'reference'),
      severity,
      exposure,
      noSituation: plainText(
        'only for a threat no situation lists: one sentence on why no situation page applies',
        20,
        300,
      ).optional(),
    }),

    categories: z.strictObject({
      ...baseFields,
      order: z.number().int().positive().describe('the column’s place in the matrix: 1, 2, 3 and so on'),
    }),

    structures: z.strictObject({
      ...baseFields,
      order: z.number().int().positive().describe('the structure’s place in lists: 1, 2, 3 and so on'),
      assets: list(plainText('an asset or decision point'), 1, 'asset'),
      trustBoundaries: list(plainText('a trust boundary'), 1, 'trust boundary'),
      strengths: list(plainText('a strength'), 1, 'strength'),
      topThreats: list(
        z.strictObject({ threat: ref('threats'), why: plainText('one sentence on why it matters here') }),
        1,
        'threat',
      ),
      signals: list(plainText('a signal to watch'), 1, 'signal'),
      questions: list(plainText('a question the project can ask itself'), 1, 'question'),
    }),

    exercises: z.strictObject({
      ...baseFields,
      structures: refs('structures', 1),
      threats: refs('threats', 1),
      duration: z.number().int().min(15).max(480).describe('the length in minutes, e.g. 90'),
      roles: list(
        z.strictObject({ role: plainText('the role'), brief: plainText('what this person does') }),
        1,
        'role',
      ),
      injects: list(
        z.strictObject({
          at: z.number().int().min(0).describe('minutes from the start, e.g. 15'),
          text: plainText('what happens, as the facilitator reads it out'),
        }),
        5,
        'injects',
      ),
      questions: list(plainText('a discussion question'), 1, 'question'),
      debrief: list(plainText('a debrief prompt'), 1, 'debrief prompt'),
    }),

    cases: z.strictObject({
      ...baseFields,
      year: z.number().int().min(1990).max(2100).describe('the year it began, e.g. 2021'),
      project: plainText('the project or community'),
      synopsis: plainText(
        'one or two sentences of fact, each backed by a source, that other pages show where they cite the case',
        40,
        400,
      ),
      verified: pastDate.describe(
        'the date someone last checked every sentence of fact against its sources, written YYYY-MM-DD',
      ),
      communicator: plainText('whose communication the assessment judges, e.g. "the Node.js Foundation board"'),
      assessment: z.strictObject({
        timely: criterion,
        accurate: criterion,
        accountable: criterion,
      }),
      lesson: plainText('the lesson in one sentence', 10, 240),
      norms: refs('norms'),
      sources: list(caseSource, 1, 'source'),
    }),

    frameworks: z.strictObject({
      ...baseFields,
      organization: plainText('who maintains it'),
      url: httpsUrl,
      covers: plainText('what it covers, in one sentence'),
      stopsAt: plainText('where it stops, in one sentence'),
      combine: plainText('how to use it together with this guidance, in one sentence'),
    }),

    glossary: z.strictObject({
      ...baseFields,
      seeAlso: refs('glossary'),
    }),

    pages: z.strictObject({
      ...baseFields,
      section: z.enum(COLLECTION_NAMES).optional().describe('the collection this page belongs under, e.g. exercises'),
    }),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof createSchemas>;
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;
