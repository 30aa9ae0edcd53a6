/**
 * The STIX ids kept in content/stix-ids.yaml: one version 4 UUID for each object of the taxonomy's
 * STIX bundle, made once and kept, so that tools which load the bundle see the same object from one
 * release to the next. A missing, repeated, malformed or unused id stops the build; each message
 * gives the line to write, with a new UUID.
 */
import { randomUUID } from 'node:crypto';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { CollectionName } from '../lib/collections.ts';
import { isUuidV4, shapeOf, stixKeys, type StixShape } from '../model/taxonomy-stix.ts';
import type { ValidEntry } from './types.ts';

/** The collections whose entries are objects of the STIX bundle. */
export const TAXONOMY = [
  'categories',
  'threats',
  'structures',
  'exercises',
  'cases',
] as const satisfies CollectionName[];

export const FIX_COMMAND = 'npm run stix-ids';

/** The plain ids the bundle is made of, from the entries that passed their schema. */
export function shapeOfEntries(entries: readonly ValidEntry[]): StixShape {
  const of = <C extends (typeof TAXONOMY)[number]>(collection: C) =>
    entries
      .filter((entry): entry is ValidEntry<C> => entry.collection === collection)
      .map((entry) => ({ id: entry.id, data: entry.parsed, url: '' }));
  return shapeOf({
    categories: of('categories'),
    threats: of('threats'),
    structures: of('structures'),
    exercises: of('exercises'),
    cases: of('cases'),
  });
}

/** A line of content/stix-ids.yaml with a new id. */
export const idLine = (key: string) => `${key}: ${randomUUID()}`;

/** The entry a key belongs to: the key itself, or the first end of a link. */
export const ownerOf = (key: string) => key.split(' ')[0]!;

/** Who lacks an id: the entry, the entry and its links, or some of its links. */
export function missingWhat(owner: string, keys: readonly string[]): string {
  const links = keys.length - (keys.includes(owner) ? 1 : 0);
  const linkWords = links === 1 ? 'a link' : `${links} links`;
  if (links === 0) return `"${owner}" has`;
  return keys.includes(owner)
    ? `"${owner}" and ${linkWords} of it have`
    : `${linkWords} of "${owner}" ${links === 1 ? 'has' : 'have'}`;
}

const inTaxonomy = (entry: { collection: string }) => (TAXONOMY as readonly string[]).includes(entry.collection);

/** What is wrong with the ids, by key; the check reports it and `npm run stix-ids` repairs it. */
export interface StixIdFaults {
  /** Keys the bundle needs that the file lacks, in the file's order. */
  missing: string[];
  /** Keys whose value is not a version 4 UUID in lower case. */
  malformed: string[];
  /** Keys whose id an earlier key already has, with that key. */
  repeated: { key: string; first: string }[];
  /** Keys that name nothing; known only when every entry of the taxonomy could be read. */
  unused: string[];
}

export function stixIdFaults(
  entries: readonly ValidEntry[],
  everyEntry: readonly { collection: string }[],
  unreadable: readonly { collection: string }[],
  ids: Readonly<Record<string, string>>,
): StixIdFaults {
  const needed = stixKeys(shapeOfEntries(entries));
  const neededSet = new Set(needed);
  const firstKeyOf = new Map<string, string>();
  const malformed: string[] = [];
  const repeated: StixIdFaults['repeated'] = [];
  for (const [key, value] of Object.entries(ids)) {
    const first = firstKeyOf.get(value);
    if (!isUuidV4(value)) malformed.push(key);
    else if (first) repeated.push({ key, first });
    else firstKeyOf.set(value, key);
  }
  const everyEntryRead =
    !unreadable.some(inTaxonomy) && everyEntry.filter(inTaxonomy).length === entries.filter(inTaxonomy).length;
  return {
    missing: needed.filter((key) => !(key in ids)),
    malformed,
    repeated,
    unused: everyEntryRead ? Object.keys(ids).filter((key) => !neededSet.has(key)) : [],
  };
}

/**
 * The file with every fault repaired: a new id for each missing, malformed or repeated key, unused
 * keys removed, comments kept, keys in alphabetical order (an entry's links then follow it).
 */
export function repairedStixIds(yamlText: string, faults: StixIdFaults): string {
  const document = parseDocument(yamlText);
  for (const key of faults.unused) document.delete(key);
  for (const key of [...faults.malformed, ...faults.repeated.map((fault) => fault.key), ...faults.missing])
    document.set(key, randomUUID());
  const keyOf = (item: { key: unknown }) => String(isScalar(item.key) ? item.key.value : item.key);
  if (isMap(document.contents)) {
    document.contents.flow = false;
    document.contents.items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  }
  return document.toString({ lineWidth: 0 });
}
