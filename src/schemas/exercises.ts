/** The schema of a tabletop exercise (content/exercises/). */
import { z } from 'astro/zod';
import { baseFields, list, plainText, refList, type RefFactory } from './fields.ts';

export function exercisesSchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
    ...baseFields,
    structures: refs('structures', 1),
    threats: refs('threats', 1),
    duration: z.number().int().min(15).max(480).describe('the length in minutes, e.g. 90'),
    roles: list(z.strictObject({ role: plainText('the role'), brief: plainText('what this person does') }), 1, 'role'),
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
  });
}
