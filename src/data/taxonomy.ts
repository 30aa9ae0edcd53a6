/** Gathers the taxonomy's entries for the exports, with each entry's address and the STIX ids kept in content. */
import { url } from '../lib/routes.ts';
import { getCollection } from 'astro:content';
import type { TaxonomySource } from '../model/taxonomy-export.ts';
import { addressOrPath, entriesOf, hrefOf, type Entry } from './entries.ts';
import { PUBLISHER } from '../site.config.ts';

export async function taxonomySource(): Promise<TaxonomySource> {
  const keyed = <E extends Entry>(entries: E[]) =>
    entries.map((entry) => ({ id: entry.id, data: entry.data as E['data'], url: addressOrPath(hrefOf(entry)) }));
  const [stixIds] = await getCollection('stixIds');
  return {
    categories: keyed(await entriesOf('categories')),
    threats: keyed(await entriesOf('threats')),
    structures: keyed(await entriesOf('structures')),
    exercises: keyed(await entriesOf('exercises')),
    cases: keyed(await entriesOf('cases')),
    site: addressOrPath(url('/')),
    publisher: PUBLISHER,
    stixIds: new Map(Object.entries(stixIds!.data)),
  };
}
