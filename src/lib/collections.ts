/**
 * The collections of the guidance, what each is called, where its files live and where its pages go.
 * Everything that needs to know "which collections exist" reads this table.
 */

export const COLLECTION_NAMES = [
  'norms',
  'tlp',
  'decisions',
  'situations',
  'templates',
  'checklists',
  'threats',
  'categories',
  'structures',
  'exercises',
  'cases',
  'frameworks',
  'glossary',
  'pages',
] as const;

export type CollectionName = (typeof COLLECTION_NAMES)[number];

export interface CollectionInfo {
  /** `mdx` entries have frontmatter and a body; `yaml` entries are data only. */
  format: 'mdx' | 'yaml';
  /** First URL segment of the collection's pages. */
  route: string;
  /** What one entry is called, e.g. in search results ("Template"). */
  singular: string;
  /** Heading of the collection's index page. */
  plural: string;
  /** One sentence for the index page and the home page. */
  blurb: string;
  /** Heading in CONTRIBUTING.md that explains this collection's fields. */
  contributingAnchor: string;
}

export const COLLECTIONS: Record<CollectionName, CollectionInfo> = {
  norms: {
    format: 'mdx',
    route: 'norms',
    singular: 'Norm',
    plural: 'Communication norms',
    blurb: 'What to disclose, to whom, and with what balance.',
    contributingAnchor: 'norms',
  },
  tlp: {
    format: 'mdx',
    route: 'tlp',
    singular: 'TLP label',
    plural: 'The Traffic Light Protocol for open source',
    blurb: 'Five labels that tell people how far they may pass information on.',
    contributingAnchor: 'tlp-labels',
  },
  decisions: {
    format: 'yaml',
    route: 'decide',
    singular: 'Decision',
    plural: 'Decide who should hear it',
    blurb: 'Answer a few questions about what you know and get a label, an audience and a template.',
    contributingAnchor: 'the-decision-tree',
  },
  situations: {
    format: 'mdx',
    route: 'situations',
    singular: 'Situation',
    plural: 'What is happening',
    blurb: 'Pick what is happening: first steps in order, who hears what under which label, and a message to send.',
    contributingAnchor: 'situations',
  },
  templates: {
    format: 'mdx',
    route: 'templates',
    singular: 'Template',
    plural: 'Message templates',
    blurb: 'Messages to copy, fill in and send, each with the label it should carry.',
    contributingAnchor: 'templates',
  },
  checklists: {
    format: 'mdx',
    route: 'checklists',
    singular: 'Checklist',
    plural: 'Checklists',
    blurb: 'Lists to prepare with and to use in the moment.',
    contributingAnchor: 'checklists',
  },
  threats: {
    format: 'mdx',
    route: 'threats',
    singular: 'Threat',
    plural: 'Governance threat taxonomy',
    blurb: 'Ways a project’s governance can be abused, and the signals that give them away early.',
    contributingAnchor: 'threats',
  },
  categories: {
    format: 'yaml',
    route: 'categories',
    singular: 'Threat category',
    plural: 'Threat categories',
    blurb: 'The columns of the threat taxonomy.',
    contributingAnchor: 'threat-categories',
  },
  structures: {
    format: 'mdx',
    route: 'structures',
    singular: 'Governance structure',
    plural: 'Threat models of governance structures',
    blurb: 'Common ways projects are run, what each protects well and where each is exposed.',
    contributingAnchor: 'structures',
  },
  exercises: {
    format: 'mdx',
    route: 'exercises',
    singular: 'Exercise',
    plural: 'Tabletop exercises',
    blurb: 'Ready-to-run stress tests of a governance structure, with timed injects.',
    contributingAnchor: 'exercises',
  },
  cases: {
    format: 'mdx',
    route: 'cases',
    singular: 'Case study',
    plural: 'Case studies',
    blurb: 'Public incidents and what their communication did well or badly.',
    contributingAnchor: 'case-studies',
  },
  frameworks: {
    format: 'mdx',
    route: 'frameworks',
    singular: 'Framework',
    plural: 'Prior art and how to combine it',
    blurb: 'Other guidance this work builds on, where each stops, and how to use both.',
    contributingAnchor: 'frameworks',
  },
  glossary: {
    format: 'yaml',
    route: 'glossary',
    singular: 'Glossary term',
    plural: 'Glossary',
    blurb: 'The few special words this guidance uses, in plain terms.',
    contributingAnchor: 'glossary',
  },
  pages: {
    format: 'mdx',
    route: '',
    singular: 'Page',
    plural: 'Pages',
    blurb: 'About the working group, the licence and how to contribute.',
    contributingAnchor: 'pages',
  },
};

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && (COLLECTION_NAMES as readonly string[]).includes(value);
}

/** Entry ids are the file name without its extension, in lower-case words joined by hyphens. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entryIdFromFileName(fileName: string): string {
  return fileName.replace(/\.(mdx|ya?ml)$/, '');
}

/**
 * Data files: one YAML file each at the top of the content folder, holding a model the guidance is
 * checked against rather than entries with pages of their own.
 */
export const DATA_FILE_NAMES = ['tlp-model', 'project-facts', 'stix-ids'] as const;
export type DataFileName = (typeof DATA_FILE_NAMES)[number];

export const DATA_FILES: Record<DataFileName, { file: string; contributingAnchor: string }> = {
  'tlp-model': { file: 'tlp-model.yaml', contributingAnchor: 'the-tlp-model' },
  'project-facts': { file: 'project-facts.yaml', contributingAnchor: 'the-exposure-check' },
  'stix-ids': { file: 'stix-ids.yaml', contributingAnchor: 'stix-ids' },
};

export function dataFileNamed(fileName: string): DataFileName | undefined {
  return DATA_FILE_NAMES.find((name) => DATA_FILES[name].file === fileName);
}
