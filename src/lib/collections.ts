/**
 * The collections of the guidance, where their files live and where their pages go. Everything that
 * needs to know "which collections exist" reads this table. What each is called is in the dictionary
 * (src/i18n/en.ts): `collection.<name>.singular` (one entry, e.g. in search results), `.plural` (the
 * index page's heading) and `.blurb` (one sentence for the index page and the home page).
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
  /** Heading in CONTRIBUTING.md that explains this collection's fields. */
  contributingAnchor: string;
}

export const COLLECTIONS: Record<CollectionName, CollectionInfo> = {
  norms: {
    format: 'mdx',
    route: 'norms',
    contributingAnchor: 'norms',
  },
  tlp: {
    format: 'mdx',
    route: 'tlp',
    contributingAnchor: 'tlp-labels',
  },
  decisions: {
    format: 'yaml',
    route: 'decide',
    contributingAnchor: 'the-decision-tree',
  },
  situations: {
    format: 'mdx',
    route: 'situations',
    contributingAnchor: 'situations',
  },
  templates: {
    format: 'mdx',
    route: 'templates',
    contributingAnchor: 'templates',
  },
  checklists: {
    format: 'mdx',
    route: 'checklists',
    contributingAnchor: 'checklists',
  },
  threats: {
    format: 'mdx',
    route: 'threats',
    contributingAnchor: 'threats',
  },
  categories: {
    format: 'yaml',
    route: 'categories',
    contributingAnchor: 'threat-categories',
  },
  structures: {
    format: 'mdx',
    route: 'structures',
    contributingAnchor: 'structures',
  },
  exercises: {
    format: 'mdx',
    route: 'exercises',
    contributingAnchor: 'exercises',
  },
  cases: {
    format: 'mdx',
    route: 'cases',
    contributingAnchor: 'case-studies',
  },
  frameworks: {
    format: 'mdx',
    route: 'frameworks',
    contributingAnchor: 'frameworks',
  },
  glossary: {
    format: 'yaml',
    route: 'glossary',
    contributingAnchor: 'glossary',
  },
  pages: {
    format: 'mdx',
    route: '',
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
