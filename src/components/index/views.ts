/** Which component lists the entries of each collection on its index page; the others get a grid of cards. */
import type { CollectionName } from '../../lib/collections.ts';
import CaseIndex from './CaseIndex.astro';
import ChecklistIndex from './ChecklistIndex.astro';
import EntryGrid from './EntryGrid.astro';
import FrameworkTable from './FrameworkTable.astro';
import GlossaryIndex from './GlossaryIndex.astro';
import NormIndex from './NormIndex.astro';
import TemplateIndex from './TemplateIndex.astro';
import ThreatMatrix from './ThreatMatrix.astro';
import TlpIndex from './TlpIndex.astro';

export type IndexedCollection = Exclude<CollectionName, 'decisions' | 'pages'>;

const INDEX_VIEWS: Partial<Record<IndexedCollection, typeof EntryGrid>> = {
  norms: NormIndex,
  tlp: TlpIndex,
  templates: TemplateIndex,
  checklists: ChecklistIndex,
  threats: ThreatMatrix,
  cases: CaseIndex,
  frameworks: FrameworkTable,
  glossary: GlossaryIndex,
};

export const indexView = (collection: IndexedCollection) => INDEX_VIEWS[collection] ?? EntryGrid;
