/**
 * `node scripts/search-names.ts [dist]`, run by the builds after Pagefind: the search page finds
 * pages by Pagefind's ids, so the table of aliases Astro wrote keyed by page address
 * (src/pages/search-names.json.ts) is keyed by those ids instead, each page's title (as Pagefind
 * indexed it) first. Pagefind stores each page's address and title in its fragment file, named by
 * the page's id: gzip, after a signature.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NAMES_FILE, storedNames, type NameTable } from '../src/lib/search-names.ts';

const FRAGMENT = '.pf_fragment';
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta: { title?: string };
}

const dist = path.resolve(process.argv[2] ?? 'dist');
const fragments = path.join(dist, 'pagefind', 'fragment');
const tableFile = path.join(dist, NAMES_FILE);

/** Each indexed page by its id, from Pagefind's fragment files. */
function indexedPages(): Map<string, Fragment> {
  const pages = new Map<string, Fragment>();
  for (const name of readdirSync(fragments).filter((file) => file.endsWith(FRAGMENT))) {
    const file = path.join(fragments, name);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    if (!text.startsWith(SIGNATURE))
      throw new Error(`${file}: not a Pagefind fragment this script can read (it does not start "${SIGNATURE}")`);
    pages.set(name.slice(0, -FRAGMENT.length), JSON.parse(text.slice(SIGNATURE.length)) as Fragment);
  }
  return pages;
}

const aliases = JSON.parse(readFileSync(tableFile, 'utf8')) as NameTable;
const pages = indexedPages();
const indexed = new Set([...pages.values()].map((page) => page.url));
const unindexed = Object.keys(aliases).filter((address) => !indexed.has(address));
if (unindexed.length > 0)
  throw new Error(
    `${tableFile}: ${unindexed.length} pages with aliases are not in Pagefind's index (${unindexed.slice(0, 5).join(', ')}). ` +
      'Run this script once, on a fresh build, after Pagefind.',
  );
const byId: NameTable = Object.fromEntries(
  [...pages].map(([id, page]) => [id, [...storedNames([page.meta.title ?? '']), ...(aliases[page.url] ?? [])]]),
);
writeFileSync(tableFile, JSON.stringify(byId));
console.log(`search-names: the titles and aliases of ${pages.size} pages, by Pagefind id, in ${NAMES_FILE}`);
