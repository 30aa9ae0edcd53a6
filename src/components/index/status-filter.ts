/**
 * Narrowing an index page by review status (draft, in review, agreed), with the FilterForm pattern.
 * The filter is offered only when a section holds entries of more than one status: with one, it
 * would narrow nothing, and the page would load a script for no use.
 */
import type { Entry } from '../../data/entries.ts';
import { t } from '../../i18n/index.ts';
import { statusCounts } from '../../lib/review.ts';
import { STATUSES } from '../../lib/vocabulary.ts';

export interface StatusFilter {
  key: 'status';
  label: string;
  options: { value: string; label: string }[];
}

export function statusFilter(entries: readonly Entry[]): StatusFilter | undefined {
  const counts = statusCounts(entries.map((entry) => entry.data.status));
  if (counts.size < 2) return undefined;
  return {
    key: 'status',
    label: t('filter.status'),
    options: STATUSES.values
      .filter((status) => counts.has(status))
      .map((status) => ({
        value: status,
        label: t('filter.statusOption', { status: t(`status.${status}`), count: counts.get(status) ?? 0 }),
      })),
  };
}

/** The status filter as a list to spread into a form's own filters: empty when there is none. */
export function statusFilters(entries: readonly Entry[]): StatusFilter[] {
  const status = statusFilter(entries);
  return status ? [status] : [];
}

/** Collections whose list has its own filter form, which takes the status filter in. */
export const OWN_FILTER_FORM = new Set(['templates', 'checklists']);
