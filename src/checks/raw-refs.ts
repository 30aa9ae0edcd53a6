/**
 * Links found in an entry that failed its schema. The rule that checks links reads valid entries;
 * without this, a slip elsewhere in an entry (a wrong collection in `related`, say) would hide its
 * broken links until that slip is fixed. The schema says which fields are links; this walks the
 * written data along it and keeps the links whose form is right.
 */
import { z } from 'astro/zod';
import { isCollectionName, type CollectionName } from '../lib/collections.ts';
import type { FoundRef } from '../lib/references.ts';
import { unwrapSchema, type Described } from './schema-walk.ts';

/** Link schemas, and the collection each points into ('any' for `collection/id` links). */
const LINKS = new WeakMap<object, CollectionName | 'any'>();

export function markLink<S extends z.ZodType>(schema: S, collection: CollectionName | 'any'): S {
  LINKS.set(schema, collection);
  return schema;
}

/** The collection a link field points into, if the field is a link. */
export function linkOf(schema: Described): CollectionName | 'any' | undefined {
  let current: Described = schema;
  for (let depth = 0; depth < 8; depth += 1) {
    const marked = LINKS.get(current);
    if (marked) return marked;
    const { inner } = unwrapSchema(current);
    if (inner === current) return undefined;
    current = inner;
  }
  return undefined;
}

export function rawRefs(schema: Described, data: unknown, path: (string | number)[] = []): FoundRef[] {
  const link = linkOf(schema);
  if (link) {
    if (typeof data !== 'string') return [];
    if (link !== 'any') return [{ collection: link, id: data, path }];
    const [collection, id] = data.split('/');
    return isCollectionName(collection) && id ? [{ collection, id, path }] : [];
  }
  const { inner } = unwrapSchema(schema);
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    return data.flatMap((item, index) => rawRefs(inner.element as Described, item, [...path, index]));
  }
  if (inner instanceof z.ZodObject && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    return Object.entries(data).flatMap(([key, value]) => {
      const field = inner.shape[key] as Described | undefined;
      return field ? rawRefs(field, value, [...path, key]) : [];
    });
  }
  return [];
}
