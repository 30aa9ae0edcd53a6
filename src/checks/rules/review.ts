/**
 * The rules of an entry's review status that one field's schema cannot state: an agreed entry
 * names when and where the working group confirmed it, only an agreed entry has an agreement, and
 * the next review comes after the last one. Data files (the TLP model, the exposure check's
 * questions) have the same fields and follow the same rules.
 */
import { reviewOf, type ReviewFields } from '../../lib/review.ts';
import { isoDate } from '../../lib/dates.ts';
import type { ContentProblem } from '../problems.ts';
import { fieldPath } from '../problems.ts';
import type { ParsedYaml } from '../load.ts';
import { fieldLine } from '../schema-problems.ts';
import type { Rule } from './context.ts';

function at(source: ParsedYaml, field: string, problem: Omit<ContentProblem, 'file' | 'line' | 'field'>) {
  return {
    file: source.file,
    line: fieldLine(source, [field]),
    field: fieldPath([field]),
    ...problem,
    help: 'review-status',
  };
}

export function reviewProblems(source: ParsedYaml, fields: ReviewFields): ContentProblem[] {
  if (fields.status === 'agreed' && !fields.agreement) {
    return [
      at(source, 'status', {
        message: 'an agreed entry must say when and where the working group confirmed it',
        found: 'status: agreed without an agreement',
        expected:
          'agreement: { date: YYYY-MM-DD, record: https://… } (the record: minutes, an issue or a chat message)',
      }),
    ];
  }
  if (fields.status !== 'agreed' && fields.agreement) {
    return [
      at(source, 'agreement', {
        message: `only an agreed entry has an agreement, and this one is ${fields.status}`,
        expected: 'status: agreed, or no agreement',
      }),
    ];
  }
  const review = reviewOf(fields);
  if (review.nextReview <= review.reviewed) {
    return [
      at(source, 'nextReview', {
        message: 'the next review must come after the last one',
        found: `nextReview ${isoDate(review.nextReview)}, reviewed ${isoDate(review.reviewed)}`,
        expected: 'a date after reviewed (by default a year after it)',
      }),
    ];
  }
  return [];
}

/** Every entry and data file that passed its schema. */
export const reviewStatusSound: Rule = ({ entries, data }) => {
  const files = [data.tlpModel, data.projectFacts].flatMap((file) =>
    file ? [{ source: file.source, fields: file }] : [],
  );
  return [...entries.map((entry) => ({ source: entry, fields: entry.parsed as ReviewFields })), ...files].flatMap(
    ({ source, fields }) => reviewProblems(source, fields),
  );
};
