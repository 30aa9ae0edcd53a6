/** The words the guidance uses, for the search page's "did you mean" when a query finds nothing. */
import type { APIRoute } from 'astro';
import { allEntries } from '../data/entries.ts';
import { vocabulary } from '../lib/search.ts';

export const GET: APIRoute = async () => {
  const texts = (await allEntries()).flatMap((entry) => [entry.data.title, entry.data.summary, ...entry.data.aliases]);
  return new Response(JSON.stringify(vocabulary(texts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
