/** The schema of a threat of the governance threat taxonomy (content/threats/), with its exposure and severity. */
import { z } from 'astro/zod';
import { ENTRY_ID_PATTERN } from '../lib/collections.ts';
import { POINTS, SEVERITIES } from '../lib/exposure-scale.ts';
import { baseFields, choice, list, plainText, refList, source, type RefFactory } from './fields.ts';

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

export function threatsSchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
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
  });
}
