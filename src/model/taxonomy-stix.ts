/**
 * The governance threat taxonomy as a STIX 2.1 bundle in the style ATT&CK and DISARM publish, so
 * tools built for those knowledge bases, and ATT&CK Navigator, can load it.
 */
import { randomUUID } from 'node:crypto';
import { isoDate } from '../lib/dates.ts';
import { NAVIGATOR } from './navigator.ts';
import { allDates, ids, newestDate, type Keyed, type TaxonomySource } from './taxonomy-export.ts';

/*
 * The STIX 2.1 bundle. STIX asks (a SHOULD) for version 4 UUIDs, which are random: made once and
 * kept, each object keeps its id from one build to the next. The ids of the objects made from
 * content are kept in content/stix-ids.yaml, under the keys `stixKeys` gives; the content check
 * refuses a missing, repeated, malformed or unused one. The fixed frame of the bundle (its author,
 * the matrix and the extension definitions) has its ids here.
 */

/** The plain ids the STIX objects are made from: entries, and the links between them. */
export interface StixShape {
  categories: readonly string[];
  threats: readonly { id: string; structures: readonly string[]; related: readonly string[] }[];
  structures: readonly string[];
  exercises: readonly { id: string; threats: readonly string[] }[];
  cases: readonly string[];
}

export interface StixLink {
  key: string;
  kind: 'targets' | 'related-to';
  from: string;
  to: string;
}

const entryKey = (collection: string, id: string) => `${collection}/${id}`;

/** The links the bundle states as relationships, each once; a link to an entry that is not there is left out. */
export function stixLinks(shape: StixShape): StixLink[] {
  const threats = new Set(shape.threats.map((threat) => threat.id));
  const structures = new Set(shape.structures);
  const link = (kind: StixLink['kind'], from: string, to: string): StixLink => ({
    key: `${from} ${kind} ${to}`,
    kind,
    from,
    to,
  });
  // "related-to" has no direction: one relationship per pair, from the id first in alphabetical order.
  const pairs = new Set(
    shape.threats.flatMap((threat) =>
      threat.related
        .filter((other) => threats.has(other) && other !== threat.id)
        .map((other) => [threat.id, other].sort().join(' ')),
    ),
  );
  return [
    ...shape.threats.flatMap((threat) =>
      threat.structures
        .filter((structure) => structures.has(structure))
        .map((structure) => link('targets', entryKey('threats', threat.id), entryKey('structures', structure))),
    ),
    // STIX has no type for "tests"; the exercise's relationship says it in its description.
    ...shape.exercises.flatMap((exercise) =>
      exercise.threats
        .filter((threat) => threats.has(threat))
        .map((threat) => link('related-to', entryKey('exercises', exercise.id), entryKey('threats', threat))),
    ),
    ...[...pairs].map((pair) => {
      const [a, b] = pair.split(' ') as [string, string];
      return link('related-to', entryKey('threats', a), entryKey('threats', b));
    }),
  ];
}

/** Every key content/stix-ids.yaml must hold for this content, in the order the file keeps them. */
export function stixKeys(shape: StixShape): string[] {
  return [
    ...shape.categories.map((id) => entryKey('categories', id)),
    ...shape.threats.map((threat) => entryKey('threats', threat.id)),
    ...shape.structures.map((id) => entryKey('structures', id)),
    ...shape.exercises.map((exercise) => entryKey('exercises', exercise.id)),
    ...shape.cases.map((id) => entryKey('cases', id)),
    ...stixLinks(shape).map((link) => link.key),
  ];
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuidV4(value: string): boolean {
  return UUID_V4.test(value);
}

export function shapeOf(source: Omit<TaxonomySource, 'site' | 'stixIds' | 'publisher'>): StixShape {
  return {
    categories: ids(source.categories),
    threats: source.threats.map(({ id, data }) => ({
      id,
      structures: ids(data.structures),
      related: data.related.filter((ref) => ref.collection === 'threats').map((ref) => ref.id),
    })),
    structures: ids(source.structures),
    exercises: source.exercises.map(({ id, data }) => ({ id, threats: ids(data.threats) })),
    cases: ids(source.cases),
  };
}

const timestamp = (date: Date) => `${isoDate(date)}T00:00:00.000Z`;

/** The kill chain that the categories form, as ATT&CK's tactics form "mitre-attack". */
export const KILL_CHAIN = 'sosc-governance';
const SOURCE_NAME = 'sosc-governance';

const AUTHOR = 'identity--0ba60d63-31c6-44cc-9a1a-652f84445f55';
const MATRIX = 'x-mitre-matrix--d6e296e5-1053-4553-a165-5d708176de96';
/** When the extension definitions below were written; a change to one gets a new version and date. */
const DEFINED = '2026-12-06T00:00:00.000Z';
const ATTACK_DATA_MODEL = 'https://github.com/mitre-attack/attack-stix-data/blob/master/USAGE.md';

/**
 * Custom object types and properties, declared as STIX 2.1 asks (extension-definition objects).
 * ATT&CK's own types and properties keep their x-mitre names: ATT&CK Navigator reads those names.
 */
const EXTENSIONS = [
  {
    id: 'extension-definition--0577879c-986b-44b9-95dd-2c5b096fe79c',
    name: 'Governance threat properties',
    description:
      'Properties of a governance threat (attack-pattern): its early signals and the conditions that make a project exposed, and the ATT&CK properties Navigator reads to place it in a custom matrix (x_mitre_platforms, x_mitre_domains).',
    schema:
      'x_sosc_signals: list of strings, how the threat can be noticed early. x_sosc_preconditions: list of strings, what makes a project exposed. x_mitre_platforms and x_mitre_domains: as in the ATT&CK data model, ' +
      ATTACK_DATA_MODEL,
    extension_types: ['toplevel-property-extension'],
    extension_properties: ['x_mitre_platforms', 'x_mitre_domains', 'x_sosc_signals', 'x_sosc_preconditions'],
  },
  {
    id: 'extension-definition--939cda94-5581-4029-9054-5c4d5bd50f46',
    name: 'ATT&CK tactic',
    description: 'A column of the matrix: one category of governance threats, as an ATT&CK tactic.',
    schema: ATTACK_DATA_MODEL,
    extension_types: ['new-sdo'],
  },
  {
    id: 'extension-definition--abed7b37-d012-4989-8c6b-237ccb488ddf',
    name: 'ATT&CK matrix',
    description: 'The matrix of governance threats: its categories in order, as an ATT&CK matrix.',
    schema: ATTACK_DATA_MODEL,
    extension_types: ['new-sdo'],
  },
  {
    id: 'extension-definition--e819913f-8cfb-4638-a343-b9d83a508713',
    name: 'Tabletop exercise',
    description: 'A tabletop exercise that tests how a project would meet the governance threats it relates to.',
    schema:
      'name and description: the exercise. x_sosc_duration_minutes: integer, how long it takes. external_references: its page first.',
    extension_types: ['new-sdo'],
  },
] as const;
const [PROPERTY_EXTENSION, TACTIC_EXTENSION, MATRIX_EXTENSION, EXERCISE_EXTENSION] = EXTENSIONS.map(
  (extension) => extension.id,
) as [string, string, string, string];

/** The STIX type of each collection's objects. */
const STIX_TYPES = {
  categories: 'x-mitre-tactic',
  threats: 'attack-pattern',
  // A governance structure is a class of projects run one way: STIX's identity of class "class".
  structures: 'identity',
  exercises: 'x-sosc-exercise',
  cases: 'report',
} as const;

const uses = (extensionId: string, extension_type: string) => ({ extensions: { [extensionId]: { extension_type } } });

/** STIX external references take a full URL: a build without the site's address leaves its own pages out. */
const urlIfFull = (url: string) => (/^https?:\/\//.test(url) ? { url } : {});

/** What every STIX object of one bundle is made with: ids from content/stix-ids.yaml, common properties. */
function stixWriter(source: TaxonomySource) {
  /** The STIX id of an entry or link, by its key in content/stix-ids.yaml. */
  const idOf = (key: string, type: string = STIX_TYPES[key.slice(0, key.indexOf('/')) as keyof typeof STIX_TYPES]) => {
    const uuid = source.stixIds.get(key);
    if (!uuid) throw new Error(`content/stix-ids.yaml has no id for "${key}"; run npm run check:content`);
    return `${type}--${uuid}`;
  };
  const common = (id: string, date: Date) => ({
    type: id.slice(0, id.indexOf('--')),
    spec_version: '2.1' as const,
    id,
    created: timestamp(date),
    modified: timestamp(date),
    created_by_ref: AUTHOR,
  });
  /** An entry as a named STIX object that points back to its page. */
  const described = (id: string, { id: key, data, url }: Keyed<{ title: string; summary: string; updated: Date }>) => ({
    ...common(id, data.updated),
    name: data.title,
    description: data.summary,
    external_references: [{ source_name: SOURCE_NAME, external_id: key, ...urlIfFull(url) }],
  });
  return { idOf, common, described, threatId: (id: string) => idOf(entryKey('threats', id)) };
}

type StixWriter = ReturnType<typeof stixWriter>;

export function taxonomyStix(source: TaxonomySource, bundleUuid: string = randomUUID()) {
  const updated = newestDate(allDates(source));
  const writer = stixWriter(source);
  const { common, described, idOf } = writer;
  const identity = {
    ...common(AUTHOR, updated),
    name: source.publisher.name,
    identity_class: 'group',
    contact_information: source.publisher.url,
  };
  const extensions = EXTENSIONS.map((extension) => ({
    ...common(extension.id, updated),
    created: DEFINED,
    modified: DEFINED,
    version: '1.0.0',
    ...extension,
  }));
  const tactics = source.categories.map((category) => ({
    ...described(idOf(entryKey('categories', category.id)), category),
    x_mitre_shortname: category.id,
    ...uses(TACTIC_EXTENSION, 'new-sdo'),
  }));
  const matrix = {
    ...common(MATRIX, updated),
    name: 'Governance threats to open-source communities',
    description:
      'Ways the governance of an open-source project can be abused, by category, with the signals that give each away early.',
    tactic_refs: tactics.map((tactic) => tactic.id),
    external_references: [{ source_name: SOURCE_NAME, external_id: 'matrix', ...urlIfFull(`${source.site}threats/`) }],
    ...uses(MATRIX_EXTENSION, 'new-sdo'),
  };
  const structures = source.structures.map((structure) => ({
    ...described(idOf(entryKey('structures', structure.id)), structure),
    identity_class: 'class',
  }));
  const exercises = source.exercises.map((exercise) => ({
    ...described(idOf(entryKey('exercises', exercise.id)), exercise),
    x_sosc_duration_minutes: exercise.data.duration,
    ...uses(EXERCISE_EXTENSION, 'new-sdo'),
  }));
  return {
    type: 'bundle',
    id: `bundle--${bundleUuid}`,
    objects: [
      identity,
      ...extensions,
      matrix,
      ...tactics,
      ...source.threats.map((threat) => attackPattern(threat, writer)),
      ...structures,
      ...exercises,
      ...source.cases.map((item) => caseReport(item, source, writer)),
      ...relationships(source, writer),
    ],
  };
}

/** A threat as an ATT&CK technique (attack-pattern) in the category's column, with its signals. */
function attackPattern({ id, data, url }: TaxonomySource['threats'][number], { common, threatId }: StixWriter) {
  return {
    ...common(threatId(id), data.updated),
    name: data.title,
    description: `${data.summary}\n\nSignals:\n${data.signals.map((signal) => `- ${signal}`).join('\n')}`,
    kill_chain_phases: [{ kill_chain_name: KILL_CHAIN, phase_name: data.category.id }],
    // Navigator takes a technique's id from its first external reference.
    external_references: [
      { source_name: SOURCE_NAME, external_id: data.code, ...urlIfFull(url) },
      ...data.references.map((reference) => ({
        source_name: reference.publisher,
        description: reference.title,
        url: reference.url,
      })),
    ],
    x_mitre_platforms: [NAVIGATOR.platform],
    x_mitre_domains: [NAVIGATOR.domain],
    x_sosc_signals: data.signals,
    x_sosc_preconditions: data.preconditions,
    ...uses(PROPERTY_EXTENSION, 'toplevel-property-extension'),
  };
}

/** A case as a threat report on the threats that cite it, with its sources. */
function caseReport(
  { id, data, url }: TaxonomySource['cases'][number],
  source: TaxonomySource,
  { common, idOf, threatId }: StixWriter,
) {
  return {
    ...common(idOf(entryKey('cases', id)), data.updated),
    name: data.title,
    description: `${data.summary} Lesson: ${data.lesson}`,
    report_types: ['threat-report'],
    published: timestamp(data.sources.find((item) => item.date)?.date ?? new Date(Date.UTC(data.year, 0, 1))),
    object_refs: source.threats
      .filter((threat) => threat.data.cases.some((ref) => ref.id === id))
      .map((threat) => threatId(threat.id)),
    external_references: [
      { source_name: SOURCE_NAME, external_id: id, ...urlIfFull(url) },
      ...data.sources.map((item) => ({ source_name: item.publisher, description: item.title, url: item.url })),
    ],
  };
}

/** The links between entries as STIX relationships, dated by the entry that states them. */
function relationships(source: TaxonomySource, { common, idOf }: StixWriter) {
  const updatedOf = new Map(
    [
      ...source.threats.map((threat) => ['threats', threat] as const),
      ...source.exercises.map((exercise) => ['exercises', exercise] as const),
    ].map(([collection, entry]) => [entryKey(collection, entry.id), entry.data.updated]),
  );
  return stixLinks(shapeOf(source)).map((link) => ({
    ...common(idOf(link.key, 'relationship'), updatedOf.get(link.from)!),
    relationship_type: link.kind,
    ...(link.from.startsWith('exercises/')
      ? { description: 'The tabletop exercise tests how a project would meet this threat.' }
      : {}),
    source_ref: idOf(link.from),
    target_ref: idOf(link.to),
  }));
}
