/**
 * Astro's view of the content: one glob-loaded collection per folder of content/, validated by
 * the shared schemas. Entry ids are file names, exactly as the content checker computes them.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryIdFromFileName, type CollectionName } from './lib/collections.ts';
import { contentRoot } from './lib/content/root.ts';
import type { RefFactory } from './schemas/fields.ts';
import { createSchemas } from './schemas/index.ts';

const schemas = createSchemas(reference as unknown as RefFactory);
const root = contentRoot();

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({
      base: `${root}/${name}`,
      pattern: COLLECTIONS[name].format === 'mdx' ? '*.mdx' : '*.{yaml,yml}',
      generateId: ({ entry }) => entryIdFromFileName(entry),
    }),
    schema: schemas[name],
  });
}

export const collections = {
  norms: collection('norms'),
  tlp: collection('tlp'),
  decisions: collection('decisions'),
  templates: collection('templates'),
  checklists: collection('checklists'),
  threats: collection('threats'),
  categories: collection('categories'),
  structures: collection('structures'),
  exercises: collection('exercises'),
  cases: collection('cases'),
  frameworks: collection('frameworks'),
  glossary: collection('glossary'),
  pages: collection('pages'),
};
