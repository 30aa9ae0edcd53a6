/**
 * The governance threat taxonomy as data for tools: a plain JSON document (described by
 * /schemas/taxonomy.schema.json) and a STIX 2.1 bundle in the style ATT&CK and DISARM publish,
 * so tools built for those knowledge bases can load it.
 */
import { createHash } from 'node:crypto';
import type { EntryData } from '../schemas/index.ts';
import { caseOutcome } from '../lib/cases.ts';
import { isoDate } from '../lib/dates.ts';

/** Bumped when the shape of the JSON export changes; readers can check it before parsing. */
export const TAXONOMY_FORMAT_VERSION = '1.1.0';

export interface Keyed<D> {
  id: string;
  data: D;
  /** Absolute address of the entry's page. */
  url: string;
}

export interface TaxonomySource {
  categories: Keyed<EntryData<'categories'>>[];
  threats: Keyed<EntryData<'threats'>>[];
  structures: Keyed<EntryData<'structures'>>[];
  exercises: Keyed<EntryData<'exercises'>>[];
  cases: Keyed<EntryData<'cases'>>[];
  /** The site's own address, for the document's links. */
  site: string;
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
/** The newest of the dates; the start of 1970 when there are none (a site without a taxonomy yet). */
const newestDate = (dates: Date[]) => new Date(Math.max(0, ...dates.map((date) => date.getTime())));

function allDates(source: TaxonomySource): Date[] {
  return [source.categories, source.threats, source.structures, source.exercises, source.cases].flatMap((list) =>
    list.map((entry) => entry.data.updated),
  );
}

export function taxonomyJson(source: TaxonomySource) {
  const codeOf = new Map(source.threats.map((threat) => [threat.id, threat.data.code]));
  return {
    $schema: new URL('schemas/taxonomy.schema.json', source.site).href,
    formatVersion: TAXONOMY_FORMAT_VERSION,
    updated: isoDate(newestDate(allDates(source))),
    licence: 'CC0-1.0',
    source: source.site,
    categories: source.categories.map(({ id, data, url }) => ({
      id,
      order: data.order,
      title: data.title,
      summary: data.summary,
      url,
    })),
    threats: source.threats.map(({ id, data, url }) => ({
      id: data.code,
      slug: id,
      title: data.title,
      summary: data.summary,
      category: data.category.id,
      actors: data.actors,
      targets: data.targets,
      preconditions: data.preconditions,
      signals: data.signals,
      structures: ids(data.structures),
      cases: ids(data.cases),
      exercises: source.exercises
        .filter((exercise) => exercise.data.threats.some((ref) => ref.id === id))
        .map((exercise) => exercise.id),
      related: data.related.filter((ref) => ref.collection === 'threats').map((ref) => codeOf.get(ref.id) ?? ref.id),
      references: data.references.map((reference) => ({
        title: reference.title,
        url: reference.url,
        publisher: reference.publisher,
        ...(reference.date ? { date: isoDate(reference.date) } : {}),
        pressOnly: reference.pressOnly,
      })),
      updated: isoDate(data.updated),
      url,
    })),
    structures: source.structures.map(({ id, data, url }) => ({
      id,
      title: data.title,
      summary: data.summary,
      topThreats: data.topThreats.map((item) => ({
        threat: codeOf.get(item.threat.id) ?? item.threat.id,
        why: item.why,
      })),
      signals: data.signals,
      questions: data.questions,
      url,
    })),
    exercises: source.exercises.map(({ id, data, url }) => ({
      id,
      title: data.title,
      summary: data.summary,
      durationMinutes: data.duration,
      structures: ids(data.structures),
      threats: data.threats.map((ref) => codeOf.get(ref.id) ?? ref.id),
      url,
    })),
    cases: source.cases.map(({ id, data, url }) => ({
      id,
      title: data.title,
      year: data.year,
      project: data.project,
      synopsis: data.synopsis.replace(/\s*\[\^[a-z0-9-]+\]/g, ''),
      communication: caseOutcome(data.assessment),
      verified: isoDate(data.verified),
      lesson: data.lesson,
      sources: data.sources.map((item) => ({
        title: item.title,
        url: item.url,
        publisher: item.publisher,
        pressOnly: item.pressOnly,
      })),
      url,
    })),
  };
}

/** STIX identifiers must be UUIDs; version 5 UUIDs from our own ids keep them stable between builds. */
const NAMESPACE = '8f2f6f0c-5b7e-4c61-9a4c-3e1d2b6c7a90';

export function uuidV5(name: string, namespace = NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const stixId = (type: string, key: string) => `${type}--${uuidV5(`${type}:${key}`)}`;
const timestamp = (date: Date) => `${isoDate(date)}T00:00:00.000Z`;

/** The kill chain that the categories form, as ATT&CK's tactics form "mitre-attack". */
export const KILL_CHAIN = 'sosc-governance';
const SOURCE_NAME = 'sosc-governance';

export function taxonomyStix(source: TaxonomySource) {
  const updated = newestDate(allDates(source));
  const author = stixId('identity', 'working-group');
  const common = (type: string, key: string, date: Date) => ({
    type,
    spec_version: '2.1' as const,
    id: stixId(type, key),
    created: timestamp(date),
    modified: timestamp(date),
    created_by_ref: author,
  });
  const threatId = new Map(source.threats.map((threat) => [threat.id, stixId('attack-pattern', threat.id)]));

  const identity = {
    type: 'identity',
    spec_version: '2.1',
    id: author,
    created: timestamp(updated),
    modified: timestamp(updated),
    name: 'Securing Open Source Communities Working Group',
    identity_class: 'group',
  };
  /** An entry as a named STIX object that points back to its page. */
  const described = (type: string, { id, data, url }: Keyed<{ title: string; summary: string; updated: Date }>) => ({
    ...common(type, id, data.updated),
    name: data.title,
    description: data.summary,
    external_references: [{ source_name: SOURCE_NAME, external_id: id, url }],
  });
  const tactics = source.categories.map((category) => ({
    ...described('x-mitre-tactic', category),
    x_mitre_shortname: category.id,
  }));
  const matrix = {
    ...common('x-mitre-matrix', 'governance-threats', updated),
    name: 'Governance threats to open-source communities',
    description:
      'Ways the governance of an open-source project can be abused, by category, with the signals that give each away early.',
    tactic_refs: tactics.map((tactic) => tactic.id),
    external_references: [
      { source_name: SOURCE_NAME, external_id: 'matrix', url: new URL('threats/', source.site).href },
    ],
  };
  const patterns = source.threats.map(({ id, data, url }) => ({
    ...common('attack-pattern', id, data.updated),
    name: data.title,
    description: `${data.summary}\n\nSignals:\n${data.signals.map((signal) => `- ${signal}`).join('\n')}`,
    kill_chain_phases: [{ kill_chain_name: KILL_CHAIN, phase_name: data.category.id }],
    external_references: [
      { source_name: SOURCE_NAME, external_id: data.code, url },
      ...data.references.map((reference) => ({
        source_name: reference.publisher,
        description: reference.title,
        url: reference.url,
      })),
    ],
    x_sosc_signals: data.signals,
    x_sosc_preconditions: data.preconditions,
  }));
  const structures = source.structures.map((structure) => described('x-sosc-governance-structure', structure));
  const exercises = source.exercises.map((exercise) => ({
    ...described('x-sosc-exercise', exercise),
    x_sosc_duration_minutes: exercise.data.duration,
  }));
  const reports = source.cases.map(({ id, data, url }) => ({
    ...common('report', id, data.updated),
    name: data.title,
    description: `${data.summary} Lesson: ${data.lesson}`,
    report_types: ['threat-report'],
    published: timestamp(data.sources.find((item) => item.date)?.date ?? new Date(Date.UTC(data.year, 0, 1))),
    object_refs: source.threats
      .filter((threat) => threat.data.cases.some((ref) => ref.id === id))
      .map((threat) => threatId.get(threat.id)!),
    external_references: [
      { source_name: SOURCE_NAME, external_id: id, url },
      ...data.sources.map((item) => ({ source_name: item.publisher, description: item.title, url: item.url })),
    ],
  }));
  const order = new Map(source.threats.map((threat, index) => [threat.id, index]));
  const names = (a: string, b: string) =>
    source.threats[order.get(a)!]?.data.related.some((ref) => ref.collection === 'threats' && ref.id === b) ?? false;
  /** True when `other` comes earlier and names `self` too, so the pair was already written from its side. */
  const isNamedFirstBy = (other: string, self: string) =>
    (order.get(other) ?? Infinity) < order.get(self)! && names(other, self);
  const relationship = (kind: string, from: string, to: string, date: Date) => ({
    ...common('relationship', `${kind}:${from}:${to}`, date),
    relationship_type: kind,
    source_ref: from,
    target_ref: to,
  });
  const relationships = [
    ...source.threats.flatMap((threat) =>
      threat.data.structures.map((ref) =>
        relationship(
          'targets',
          threatId.get(threat.id)!,
          stixId('x-sosc-governance-structure', ref.id),
          threat.data.updated,
        ),
      ),
    ),
    ...source.exercises.flatMap((exercise) =>
      exercise.data.threats.map((ref) =>
        relationship(
          'x-sosc-tests',
          stixId('x-sosc-exercise', exercise.id),
          threatId.get(ref.id)!,
          exercise.data.updated,
        ),
      ),
    ),
    // "related-to" has no direction: one relationship per pair, whichever side named the other.
    ...source.threats.flatMap((threat) =>
      threat.data.related
        .filter((ref) => ref.collection === 'threats' && threatId.has(ref.id) && !isNamedFirstBy(ref.id, threat.id))
        .map((ref) => relationship('related-to', threatId.get(threat.id)!, threatId.get(ref.id)!, threat.data.updated)),
    ),
  ];

  return {
    type: 'bundle',
    id: stixId('bundle', `governance-threats:${isoDate(updated)}`),
    objects: [identity, matrix, ...tactics, ...patterns, ...structures, ...exercises, ...reports, ...relationships],
  };
}
