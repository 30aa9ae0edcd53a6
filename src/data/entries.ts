/**
 * The one place pages read content from: every collection loaded once, in reading order, with
 * the links between entries turned around ("what links here") and each entry's address.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../lib/collections.ts';
import { buildBacklinks, keyOf, type Backlink, type EntryKey } from '../lib/references.ts';
import { t } from '../i18n/index.ts';
import { addressOf, editUrl, entryPath, url } from '../lib/routes.ts';
import { sortEntries } from '../lib/sorting.ts';
import { BRANCH, REPOSITORY, SITE_NAME } from '../site.config.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;

let loaded: Promise<Map<CollectionName, Entry[]>> | undefined;

function load(): Promise<Map<CollectionName, Entry[]>> {
  loaded ??= Promise.all(
    COLLECTION_NAMES.map(async (name) => [name, sortEntries(name, (await getCollection(name)) as Entry[])] as const),
  ).then((pairs) => new Map(pairs));
  return loaded;
}

export async function entriesOf<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return ((await load()).get(collection) ?? []) as Entry<C>[];
}

export async function allEntries(): Promise<Entry[]> {
  return [...(await load()).values()].flat();
}

let backlinks: Promise<Map<string, Backlink[]>> | undefined;

/** The entries that link to this one, in reading order of their collections. */
export async function linksTo(entry: EntryKey): Promise<Entry[]> {
  backlinks ??= allEntries().then((entries) => buildBacklinks(entries));
  const links = (await backlinks).get(keyOf(entry)) ?? [];
  const entries = await Promise.all(links.map((link) => findEntry(link)));
  return entries.filter((found, index, list): found is Entry => !!found && list.indexOf(found) === index);
}

export async function findEntry<C extends CollectionName>(
  key: EntryKey & { collection: C },
): Promise<Entry<C> | undefined> {
  return (await entriesOf(key.collection)).find((entry) => entry.id === key.id);
}

/** Resolves references the content check has already proven to exist. */
export async function resolve<C extends CollectionName>(
  keys: readonly (EntryKey & { collection: C })[],
): Promise<Entry<C>[]> {
  const found: (Entry<C> | undefined)[] = await Promise.all(keys.map((key) => findEntry(key)));
  return found.filter((entry) => entry !== undefined);
}

/** What a download names as its source: the page's full address, or the guidance's name in a build without SITE_URL. */
export function citableAddress(href: string): string {
  return addressOf(href) ?? t('site.guidanceName', { site: SITE_NAME });
}

/** A full address where the build knows it, else the path from the site root (for data that must link somewhere). */
export function addressOrPath(href: string): string {
  return addressOf(href) ?? href;
}

export function hrefOf(entry: Entry): string {
  const section = entry.collection === 'pages' ? (entry as Entry<'pages'>).data.section : undefined;
  return url(entryPath(entry.collection, entry.id, section));
}

export function editUrlOf(sourcePath: string): string {
  return editUrl(REPOSITORY, BRANCH, sourcePath);
}

/** The newest `updated` date among entries, for pages that list them. */
export function newest(entries: readonly Entry[]): Date | undefined {
  return entries.reduce<Date | undefined>(
    (latest, entry) => (!latest || entry.data.updated > latest ? entry.data.updated : latest),
    undefined,
  );
}
