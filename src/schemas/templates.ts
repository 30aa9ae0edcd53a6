/** The schema of a message template (content/templates/); the message is the body’s ```template block. */
import { z } from 'astro/zod';
import { PLACEHOLDER_KINDS, PLACEHOLDER_NAME } from '../lib/templates.ts';
import { CHANNELS, SITUATIONS, TEMPLATE_STAGES } from '../lib/vocabulary.ts';
import { audience, baseFields, choice, list, plainText, tlpLabel } from './fields.ts';

/** One placeholder of the message: written {{name}}, with what goes there and an example. */
const placeholder = z.strictObject({
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
});

export function templatesSchema() {
  return z
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
      placeholders: list(placeholder, 0, 'placeholder').default([]),
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
    });
}
