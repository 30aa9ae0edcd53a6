/**
 * The pages the entries make and the aliases each shows: search weighs the aliases as the page's
 * names, a test proves each page shows them, and the query sets' targets must be among the pages.
 */
import type { CollectionName } from './collections.ts';
import { decisionOutcomePath, entryPath } from './routes.ts';

/** An entry as `entryPages` reads it: Astro's entries and the content check's both fit. */
export interface AliasedEntry {
  collection: CollectionName;
  id: string;
  data: {
    aliases?: readonly string[];
    section?: CollectionName;
    /** A decision tree's outcomes (other collections' `outcomes` name them by id only). */
    outcomes?: readonly ({ id: string; aliases?: readonly string[] } | string)[];
  };
}

/**
 * Every page the entries make, with the aliases it shows: an entry's on its page, and each decision
 * outcome's on the outcome's page. A section's introduction names its section's page, and the
 * decision framework's first page has two entries (the tree and its introduction).
 */
export function entryPages(entries: readonly AliasedEntry[]): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const add = (path: string, aliases: readonly string[] = []) =>
    pages.set(path, [...(pages.get(path) ?? []), ...aliases]);
  for (const { collection, id, data } of entries) {
    add(entryPath(collection, id, collection === 'pages' ? data.section : undefined), data.aliases);
    if (collection !== 'decisions') continue;
    for (const outcome of data.outcomes ?? [])
      if (typeof outcome !== 'string') add(decisionOutcomePath(outcome.id), outcome.aliases);
  }
  return pages;
}

/** The pages that show aliases, with them. */
export function pageAliases(entries: readonly AliasedEntry[]): Map<string, string[]> {
  return new Map([...entryPages(entries)].filter(([, aliases]) => aliases.length > 0));
}
