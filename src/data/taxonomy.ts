/** Gathers the taxonomy's entries for the exports, with each entry's absolute address. */
import type { TaxonomySource } from '../model/taxonomy-export.ts';
import { entriesOf, hrefOf, type Entry } from './entries.ts';

export async function taxonomySource(site: URL): Promise<TaxonomySource> {
  const keyed = <E extends Entry>(entries: E[]) =>
    entries.map((entry) => ({ id: entry.id, data: entry.data as E['data'], url: new URL(hrefOf(entry), site).href }));
  return {
    categories: keyed(await entriesOf('categories')),
    threats: keyed(await entriesOf('threats')),
    structures: keyed(await entriesOf('structures')),
    exercises: keyed(await entriesOf('exercises')),
    cases: keyed(await entriesOf('cases')),
    site: new URL(import.meta.env.BASE_URL, site).href,
  };
}
