/**
 * The handbook: the whole guidance on one page, in reading order. Which parts come in which order,
 * and the id each part and entry has on that page, so that links between entries can stay inside it.
 */
import { isCollectionName, type CollectionName } from './collections.ts';

/**
 * The sections in reading order. A collection named here but not (yet) in the site is left out,
 * and one the handbook has no special view for is shown entry by entry, like the norms.
 */
const READING_ORDER = [
  'norms',
  'tlp',
  'decisions',
  'situations',
  'templates',
  'checklists',
  'threats',
  'structures',
  'exercises',
  'cases',
  'frameworks',
  'glossary',
] as const;

export const HANDBOOK_COLLECTIONS: readonly CollectionName[] = (READING_ORDER as readonly string[]).filter(
  isCollectionName,
);

/** Plain pages that open and close the handbook, by id. */
export const HANDBOOK_OPENING = ['about', 'prepare'] as const;
export const HANDBOOK_CLOSING = ['licence'] as const;

/** The id of a collection's part of the handbook. */
export function sectionAnchor(collection: CollectionName): string {
  return `part-${collection}`;
}

/** The id of an entry's place in the handbook. */
export function entryAnchor(collection: CollectionName, id: string): string {
  return `${collection}-${id}`;
}
