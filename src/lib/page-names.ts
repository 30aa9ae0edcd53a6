/**
 * The aliases each page shows, from its entries: search weighs them as the page's names, and a
 * test proves each page shows them.
 */
import type { CollectionName } from './collections.ts';
import { decisionOutcomePath, entryPath } from './routes.ts';

/** An entry as `pageAliases` reads it: Astro's entries and the content check's both fit. */
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
 * The aliases each page shows: an entry's on its page, and each decision outcome's on the
 * outcome's page. A section's introduction names its section's page, and the decision
 * framework's first page has two entries (the tree and its introduction).
 */
export function pageAliases(entries: readonly AliasedEntry[]): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const add = (path: string, aliases: readonly string[] = []) => {
    if (aliases.length > 0) pages.set(path, [...(pages.get(path) ?? []), ...aliases]);
  };
  for (const { collection, id, data } of entries) {
    add(entryPath(collection, id, collection === 'pages' ? data.section : undefined), data.aliases);
    if (collection !== 'decisions') continue;
    for (const outcome of data.outcomes ?? [])
      if (typeof outcome !== 'string') add(decisionOutcomePath(outcome.id), outcome.aliases);
  }
  return pages;
}
