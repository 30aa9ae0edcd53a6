/**
 * The governance threat taxonomy as data for tools: a plain JSON document (described by
 * /schemas/taxonomy.schema.json), and the STIX 2.1 bundle (taxonomy-stix.ts) in the style ATT&CK
 * and DISARM publish, so tools built for those knowledge bases, and ATT&CK Navigator, can load it.
 */
import type { EntryData } from '../schemas/index.ts';
import { caseOutcome } from '../lib/cases.ts';
import { isoDate } from '../lib/dates.ts';

/** Bumped when the shape of the JSON export changes; readers can check it before parsing. */
export const TAXONOMY_FORMAT_VERSION = '1.1.0';

export interface Keyed<D> {
  id: string;
  data: D;
  /** The entry's page: its full address, or its path from the site root in a build without SITE_URL. */
  url: string;
}

export interface TaxonomySource {
  categories: Keyed<EntryData<'categories'>>[];
  threats: Keyed<EntryData<'threats'>>[];
  structures: Keyed<EntryData<'structures'>>[];
  exercises: Keyed<EntryData<'exercises'>>[];
  cases: Keyed<EntryData<'cases'>>[];
  /** The site's own address (or root path, as for `url`), for the document's links. */
  site: string;
  /** Who writes the taxonomy: the creator of every STIX object. */
  publisher: { name: string; url: string };
  /** The STIX id (a version 4 UUID) of each object, by its key (see `stixKeys`): content/stix-ids.yaml. */
  stixIds: ReadonlyMap<string, string>;
}

export const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
/** The newest of the dates; the start of 1970 when there are none (a site without a taxonomy yet). */
export const newestDate = (dates: Date[]) => new Date(Math.max(0, ...dates.map((date) => date.getTime())));

export function allDates(source: TaxonomySource): Date[] {
  return [source.categories, source.threats, source.structures, source.exercises, source.cases].flatMap((list) =>
    list.map((entry) => entry.data.updated),
  );
}

export function taxonomyJson(source: TaxonomySource) {
  const codeOf = new Map(source.threats.map((threat) => [threat.id, threat.data.code]));
  return {
    $schema: `${source.site}schemas/taxonomy.schema.json`,
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
    threats: source.threats.map((threat) => threatJson(threat, source, codeOf)),
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

/** A threat as the JSON document gives it: its GT id, what it is, and its links by id. */
function threatJson(
  { id, data, url }: TaxonomySource['threats'][number],
  source: TaxonomySource,
  codeOf: ReadonlyMap<string, string>,
) {
  return {
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
  };
}
