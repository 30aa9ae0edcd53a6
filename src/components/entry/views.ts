/** Which component shows an entry of each collection on its own page. */
import type { CollectionName } from '../../lib/collections.ts';
import CaseEntry from './CaseEntry.astro';
import CategoryEntry from './CategoryEntry.astro';
import ChecklistEntry from './ChecklistEntry.astro';
import ExerciseEntry from './ExerciseEntry.astro';
import FrameworkEntry from './FrameworkEntry.astro';
import GlossaryEntry from './GlossaryEntry.astro';
import NormEntry from './NormEntry.astro';
import PageEntry from './PageEntry.astro';
import SituationEntry from './SituationEntry.astro';
import StructureEntry from './StructureEntry.astro';
import TemplateEntry from './TemplateEntry.astro';
import ThreatEntry from './ThreatEntry.astro';
import TlpEntry from './TlpEntry.astro';

/** The decision tree has pages of its own, under /decide/. */
export type ViewedCollection = Exclude<CollectionName, 'decisions'>;

export const ENTRY_VIEWS = {
  norms: NormEntry,
  tlp: TlpEntry,
  situations: SituationEntry,
  templates: TemplateEntry,
  checklists: ChecklistEntry,
  threats: ThreatEntry,
  categories: CategoryEntry,
  structures: StructureEntry,
  exercises: ExerciseEntry,
  cases: CaseEntry,
  frameworks: FrameworkEntry,
  glossary: GlossaryEntry,
  pages: PageEntry,
} satisfies Record<ViewedCollection, unknown>;
