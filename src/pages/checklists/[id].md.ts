/** Each checklist as a Markdown task list, next to its page: /checklists/<id>.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { checklistOf } from '../../data/derived.ts';
import { citableAddress, entriesOf, hrefOf, type Entry } from '../../data/entries.ts';
import { checklistMarkdown } from '../../lib/checklists.ts';
import { sourceLine } from '../../lib/exports.ts';

export const getStaticPaths = (async () =>
  (await entriesOf('checklists')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<'checklists'> }> = ({ props: { entry } }) => {
  const markdown = checklistMarkdown(entry.data.title, checklistOf(entry), {
    notes: true,
    intro: entry.data.summary,
    footer: sourceLine(citableAddress(hrefOf(entry))),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
