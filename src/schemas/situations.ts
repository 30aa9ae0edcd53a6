/** The schema of a situation (content/situations/): what is happening, as a reader would name it, and the first steps. */
import { z } from 'astro/zod';
import { HELPERS, SITUATION_FAMILIES } from '../lib/situations.ts';
import { baseFields, choice, list, plainText, refList, tlpLabel, type RefFactory } from './fields.ts';
import { nodeId, outcomeAudience, wizardAnswer } from './decisions.ts';

export function situationsSchema(ref: RefFactory) {
  const refs = refList(ref);
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
  return z
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
    });
}
