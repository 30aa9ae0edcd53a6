/**
 * Where an entry stands with the working group, and when it is due to be checked again. An entry
 * writes `status` (and `agreement` once agreed); `reviewed` and `nextReview` are optional, and
 * reviewOf() works out their defaults here, in one place, for pages, feeds and warnings alike.
 */
import { isoDate } from './dates.ts';
import type { Status } from './vocabulary.ts';

/** The review fields every entry has, as its schema gives them. */
export interface ReviewFields {
  status: Status;
  updated: Date;
  agreement?: { date: Date; record: string };
  reviewed?: Date;
  nextReview?: Date;
}

export interface Review {
  status: Status;
  /** Present when the status is agreed (the content check makes sure of it). */
  agreement?: { date: Date; record: string };
  reviewed: Date;
  nextReview: Date;
}

/** How long an entry goes between reviews unless it says otherwise. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The same day some months later, in UTC; 29 February becomes 28 February in a year without one. */
export function monthsAfter(date: Date, months: number): Date {
  const later = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth() + 1, 0)).getUTCDate();
  later.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return later;
}

/**
 * An entry's review with its defaults: it was last reviewed when it last changed or when the group
 * agreed it, whichever is later, and is due again a year after that.
 */
export function reviewOf(fields: ReviewFields): Review {
  const agreed = fields.agreement?.date;
  const reviewed = fields.reviewed ?? (agreed && agreed > fields.updated ? agreed : fields.updated);
  return {
    status: fields.status,
    agreement: fields.agreement,
    reviewed,
    nextReview: fields.nextReview ?? monthsAfter(reviewed, REVIEW_INTERVAL_MONTHS),
  };
}

export function isOverdue(review: Review, today: Date): boolean {
  return review.nextReview.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** What the content check and the build warn about: reviews that are overdue, agreed text changed since. */
export function reviewWarnings(entries: readonly { file: string; fields: ReviewFields }[], today: Date): string[] {
  const overdue = entries
    .map((entry) => ({ file: entry.file, review: reviewOf(entry.fields) }))
    .filter((entry) => isOverdue(entry.review, today))
    .sort((a, b) => a.review.nextReview.getTime() - b.review.nextReview.getTime() || a.file.localeCompare(b.file))
    .map(
      ({ file, review }) =>
        `${file}: its review was due on ${isoDate(review.nextReview)}. Check that it is still right, then set "reviewed" to the day you checked.`,
    );
  const changed = entries
    .filter(({ fields }) => fields.status === 'agreed' && fields.agreement && fields.updated > fields.agreement.date)
    .map(
      ({ file, fields }) =>
        `${file}: it changed on ${isoDate(fields.updated)}, after the working group agreed it on ${isoDate(fields.agreement!.date)}. Ask the group to confirm the change and update "agreement", or set "status" back to in-review.`,
    );
  return [...overdue, ...changed];
}

/** How many entries have each status, for the index pages' filter and summary. */
export function statusCounts(statuses: readonly Status[]): Map<Status, number> {
  const counts = new Map<Status, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}
