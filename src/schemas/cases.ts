/** The schema of a public case study (content/cases/): facts with their sources, and an assessment. */
import { z } from 'astro/zod';
import { ENTRY_ID_PATTERN } from '../lib/collections.ts';
import { CRITERION_RESULTS } from '../lib/cases.ts';
import { baseFields, choice, list, pastDate, plainText, refList, source, type RefFactory } from './fields.ts';

const criterion = z.strictObject({
  met: choice(CRITERION_RESULTS),
  why: plainText('one sentence on why, drawn from the sources', 10, 300),
});

/** A case's source has a short id that citation marks such as [^timeline] point to, and says what it supports. */
const caseSource = source.extend({
  id: z
    .string()
    .regex(ENTRY_ID_PATTERN, 'use lower-case words joined by hyphens, e.g. lwn-report')
    .describe('a short name for the source, used in citation marks such as [^lwn-report]'),
  supports: plainText('which facts of the case this source supports, in a few words'),
});

export function casesSchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
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
  });
}
