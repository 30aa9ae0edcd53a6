/** The schema of a communication norm (content/norms/). */
import { z } from 'astro/zod';
import { QUESTIONS } from '../lib/vocabulary.ts';
import { audience, baseFields, choice, list, refList, type RefFactory } from './fields.ts';

export function normsSchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
    ...baseFields,
    order: z.number().int().positive().describe('the norm’s place in the reading order: 1, 2, 3 and so on'),
    answers: list(choice(QUESTIONS.values), 1, 'of the three questions'),
    audiences: list(audience, 1, 'audience'),
    templates: refs('templates'),
    checklists: refs('checklists'),
  });
}
