/** Each template as a Markdown file, next to its page: /templates/<id>.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { restrictionOf, templateText } from '../../data/derived.ts';
import { labelsOf } from '../../lib/templates.ts';
import { citableAddress, entriesOf, hrefOf, type Entry } from '../../data/entries.ts';
import { templateMarkdown } from '../../lib/exports.ts';

export const getStaticPaths = (async () =>
  (await entriesOf('templates')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<'templates'> }> = async ({ props: { entry } }) => {
  const labels = labelsOf(entry.data);
  const markdown = templateMarkdown({
    ...entry.data,
    labels,
    labelFrom: entry.data.messageLabels?.from,
    restriction: await restrictionOf(entry, labels[0]!),
    template: templateText(entry),
    url: citableAddress(hrefOf(entry)),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
