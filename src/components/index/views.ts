/** Which component lists the entries of each collection on its index page. */
import type { CollectionName } from '../../lib/collections.ts';
import EntryGrid from './EntryGrid.astro';

export type IndexedCollection = Exclude<CollectionName, 'decisions' | 'pages'>;

export const INDEX_VIEWS: Partial<Record<IndexedCollection, typeof EntryGrid>> = {};

export const indexView = (collection: IndexedCollection) => INDEX_VIEWS[collection] ?? EntryGrid;
