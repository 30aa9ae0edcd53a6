/** The schema of a governance structure’s threat model (content/structures/). */
import { z } from 'astro/zod';
import { baseFields, list, plainText, type RefFactory } from './fields.ts';

export function structuresSchema(ref: RefFactory) {
  return z.strictObject({
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
  });
}
