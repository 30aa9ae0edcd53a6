/** The reading order of each collection's entries: by `order` where the collection has one. */
import type { CollectionName } from './collections.ts';

interface Sortable {
  id: string;
  data: { title: string; order?: number; code?: string; year?: number };
}

const byTitle = (a: Sortable, b: Sortable) => a.data.title.localeCompare(b.data.title, 'en');

const COMPARATORS: Partial<Record<CollectionName, (a: Sortable, b: Sortable) => number>> = {
  norms: (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || byTitle(a, b),
  categories: (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || byTitle(a, b),
  structures: (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || byTitle(a, b),
  threats: (a, b) => (a.data.code ?? '').localeCompare(b.data.code ?? ''),
  cases: (a, b) => (a.data.year ?? 0) - (b.data.year ?? 0) || byTitle(a, b),
};

export function sortEntries<T extends Sortable>(collection: CollectionName, entries: readonly T[]): T[] {
  return [...entries].sort(COMPARATORS[collection] ?? byTitle);
}
