/**
 * Links between entries. Every reference, typed (`reference('templates')`) or free
 * (`related: [norms/say-what-you-know]`), resolves to `{ collection, id }`; this finds them anywhere in an
 * entry's data and turns them around into "what links here".
 */
import { isCollectionName, type CollectionName } from './collections.ts';

export interface EntryKey {
  collection: CollectionName;
  id: string;
}

export interface FoundRef extends EntryKey {
  /** Where in the data the reference sits, e.g. ['outcomes', 3, 'templates', 0]. */
  path: (string | number)[];
}

function isRef(value: unknown): value is EntryKey {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && isCollectionName(record.collection) && typeof record.id === 'string';
}

export function findRefs(data: unknown, path: (string | number)[] = []): FoundRef[] {
  if (isRef(data)) return [{ collection: data.collection, id: data.id, path }];
  if (Array.isArray(data)) return data.flatMap((item, index) => findRefs(item, [...path, index]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findRefs(value, [...path, key]));
  }
  return [];
}

export const keyOf = (entry: EntryKey): string => `${entry.collection}/${entry.id}`;

export interface Backlink extends EntryKey {
  /** The field that holds the link, e.g. `templates` or `outcomes`. */
  field: string;
}

/** For each entry, the entries that link to it (each linking entry once per field). */
export function buildBacklinks(entries: readonly (EntryKey & { data: unknown })[]): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    for (const ref of findRefs(entry.data)) {
      const field = String(ref.path[0]);
      const list = backlinks.get(keyOf(ref)) ?? [];
      if (!list.some((link) => keyOf(link) === keyOf(entry) && link.field === field)) {
        list.push({ collection: entry.collection, id: entry.id, field });
      }
      backlinks.set(keyOf(ref), list);
    }
  }
  return backlinks;
}
