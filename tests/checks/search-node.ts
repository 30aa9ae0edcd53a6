/**
 * The built site's search, run in Node: the same pagefind.js and index, the same words, lexicon
 * and names files, the same kinds as the search page reads from its own attributes, and the same steps
 * (src/lib/search-find.ts through src/lib/search-source.ts). The quality measures run here, a
 * hundred times faster than typing each query into a browser; tests/e2e/search-quality.spec.ts
 * shows the page gives the same results on a sample of queries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { readLexicon, type Lexicon, type LexiconData } from '../../src/lib/lexicon.ts';
import { findPages } from '../../src/lib/search-find.ts';
import { readNames, type NameTable } from '../../src/lib/search-names.ts';
import {
  kindGroups,
  pageKinds,
  pagefindSource,
  type Pagefind,
  type PagefindResult,
} from '../../src/lib/search-source.ts';
import { DIST } from './dist.ts';

export interface NodeAnswer {
  /** Paths of the results, first first, without the leading slash, as the page links them. */
  results: string[];
  /** Whether the page would say that the guidance is in English. */
  foreign: boolean;
}

/**
 * pagefind.js fetches its index next to itself. In Node it is loaded from a file, so its fetches of
 * files under the built site are answered from disk; any other address is refused, as the page's
 * policy refuses other origins.
 */
function serveFiles(folder: string): void {
  const root = pathToFileURL(folder).href;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const address = input instanceof Request ? input.url : String(input);
    if (!address.startsWith('file:')) return original(input, init);
    if (!address.startsWith(root)) throw new Error(`search in Node fetched ${address}, outside ${folder}`);
    try {
      return new Response(readFileSync(new URL(address)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
}

/** The built search page's settings and files, and its pagefind.js loaded in Node. */
export interface BuiltSearch {
  pagefind: Pagefind;
  /** The site's base path, which the page's addresses start with. */
  base: string;
  /** A data attribute of the page's [data-search] element, by its property name ("dataWords"). */
  data(name: string): string;
  /** A built file, read as JSON, by its address on the page. */
  json<T>(address: string): T;
}

export async function builtSearch(folder = DIST): Promise<BuiltSearch> {
  const tree = fromHtml(readFileSync(path.join(folder, 'search', 'index.html'), 'utf8'));
  const root = select('[data-search]', tree);
  if (!root) throw new Error(`${folder}/search/index.html has no [data-search] element`);
  const data = (name: string) => {
    const value = root.properties[name];
    if (typeof value !== 'string') throw new Error(`the search page's [data-search] has no ${name}`);
    return value;
  };
  // Addresses on the page start from the site's base path; in dist/ they start at its root.
  const base = data('dataBase');
  const file = (address: string) => path.join(folder, address.slice(base.length));
  serveFiles(folder);
  const pagefind = (await import(pathToFileURL(path.join(file(data('dataBundle')), 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  return { pagefind, base, data, json: (address) => JSON.parse(readFileSync(file(address), 'utf8')) };
}

/** A search of the built site in `folder`: give it a query, it answers as the search page would. */
export async function nodeSearch(folder = DIST): Promise<(query: string) => Promise<NodeAnswer>> {
  const { pagefind, base, data, json } = await builtSearch(folder);
  const siteWords = json<string[]>(data('dataWords'));
  const lexicon: Lexicon = readLexicon(json<LexiconData>(data('dataLexicon')));
  const kinds = kindGroups({
    actionKinds: data('dataActionKinds'),
    referenceKinds: data('dataReferenceKinds'),
    catalogueKinds: data('dataCatalogueKinds'),
    startKinds: data('dataStartKinds'),
  });
  const kindOf = await pageKinds(pagefind, Object.keys((await pagefind.filters()).kind ?? {}));
  const names = readNames(json<NameTable>(data('dataNames')));
  const source = pagefindSource(pagefind, { kindOf, siteWords, lexicon: async () => lexicon, names });
  const addresses = new Map<string, Promise<string>>();
  const address = (result: PagefindResult) => {
    let found = addresses.get(result.id);
    if (!found) {
      found = result.data().then((page) => page.url.slice(base.length));
      addresses.set(result.id, found);
    }
    return found;
  };
  return async (query) => {
    const found = await findPages(source, query, kinds);
    return { results: await Promise.all(found.results.slice(0, 50).map(address)), foreign: found.foreign ?? false };
  };
}
