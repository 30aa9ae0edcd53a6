/**
 * Each page's aliases as search compares them with a query, keyed by the page's address. After
 * Pagefind has indexed the site, scripts/search-names.ts adds each page's title as Pagefind
 * indexed it and keys them by Pagefind's page ids, as the search page reads them.
 */
import type { APIRoute } from 'astro';
import { allEntries } from '../data/entries.ts';
import { pageAliases } from '../lib/page-names.ts';
import { url } from '../lib/routes.ts';
import { storedNames, type NameTable } from '../lib/search-names.ts';

export const GET: APIRoute = async () => {
  const aliases = pageAliases(await allEntries());
  const table: NameTable = Object.fromEntries([...aliases].map(([path, names]) => [url(path), storedNames(names)]));
  return new Response(JSON.stringify(table), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
