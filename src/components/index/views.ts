/** Which component lists the entries of each collection on its index page; the others get a grid of cards. */
import type { CollectionName } from '../../lib/collections.ts';
import type { Heading } from '../../lib/headings.ts';
import { ALL_NORMS_HEADING, FIVE_LABELS_HEADING, FRAMEWORKS_HEADING } from './headings.ts';
import CaseIndex from './CaseIndex.astro';
import ChecklistIndex from './ChecklistIndex.astro';
import EntryGrid from './EntryGrid.astro';
import FrameworkTable from './FrameworkTable.astro';
import GlossaryIndex from './GlossaryIndex.astro';
import NormIndex from './NormIndex.astro';
import SituationIndex from './SituationIndex.astro';
import TemplateIndex from './TemplateIndex.astro';
import ThreatMatrix from './ThreatMatrix.astro';
import TlpIndex from './TlpIndex.astro';

export type IndexedCollection = Exclude<CollectionName, 'decisions' | 'pages'>;

const INDEX_VIEWS: Partial<Record<IndexedCollection, typeof EntryGrid>> = {
  norms: NormIndex,
  tlp: TlpIndex,
  situations: SituationIndex,
  templates: TemplateIndex,
  checklists: ChecklistIndex,
  threats: ThreatMatrix,
  cases: CaseIndex,
  frameworks: FrameworkTable,
  glossary: GlossaryIndex,
};

export const indexView = (collection: IndexedCollection) => INDEX_VIEWS[collection] ?? EntryGrid;

/** Listings that sum up the section, shown before its introduction rather than after it. */
const LISTING_FIRST = new Set<IndexedCollection>(['tlp', 'situations']);

export const listingFirst = (collection: IndexedCollection) => LISTING_FIRST.has(collection);

/** The headings a listing writes, for the page's table of contents. */
const LISTING_HEADINGS: Partial<Record<IndexedCollection, Heading[]>> = {
  tlp: [FIVE_LABELS_HEADING],
  norms: [ALL_NORMS_HEADING],
  frameworks: [FRAMEWORKS_HEADING],
};

export const listingHeadings = (collection: IndexedCollection) => LISTING_HEADINGS[collection] ?? [];
