/** What the checks pass between them: entries that passed their schema, and the data files as checked. */
import type { CollectionName } from '../lib/collections.ts';
import type { EntryData } from '../schemas/index.ts';
import type { TlpModel } from '../schemas/tlp-model.ts';
import type { ProjectFacts } from '../schemas/project-facts.ts';
import type { StixIds } from '../schemas/stix-ids.ts';
import type { RawData, RawEntry } from './load.ts';

export interface ValidEntry<C extends CollectionName = CollectionName> extends RawEntry {
  collection: C;
  parsed: EntryData<C>;
}

/** The data files as checked; a file that is missing or fails its schema is absent. */
export interface ValidData {
  tlpModel?: TlpModel & { source: RawData };
  projectFacts?: ProjectFacts & { source: RawData };
  stixIds?: { ids: StixIds; source: RawData };
}
