/**
 * Astro's view of the content: one glob-loaded collection per folder of content/, validated by
 * the shared schemas. Entry ids are file names, exactly as the content checker computes them.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  DATA_FILES,
  entryIdFromFileName,
  type CollectionName,
  type DataFileName,
} from './lib/collections.ts';
import { contentRoot } from './lib/content-root.ts';
import type { RefFactory } from './schemas/fields.ts';
import { createSchemas } from './schemas/index.ts';
import { tlpModelSchema } from './schemas/tlp-model.ts';
import { projectFactsSchema } from './schemas/project-facts.ts';
import { stixIdsSchema } from './schemas/stix-ids.ts';

const schemas = createSchemas(reference as unknown as RefFactory);
const root = contentRoot();

function loader(name: CollectionName) {
  return glob({
    base: `${root}/${name}`,
    pattern: COLLECTIONS[name].format === 'mdx' ? '*.mdx' : '*.{yaml,yml}',
    generateId: ({ entry }) => entryIdFromFileName(entry),
  });
}

/** A data file is one entry, named after the file, parsed as YAML 1.2 like the content checker does. */
function dataFile(name: DataFileName) {
  return file(`${root}/${DATA_FILES[name].file}`, { parser: (text) => ({ [name]: parse(text) }) });
}

export const collections = {
  norms: defineCollection({ loader: loader('norms'), schema: schemas.norms }),
  tlp: defineCollection({ loader: loader('tlp'), schema: schemas.tlp }),
  decisions: defineCollection({ loader: loader('decisions'), schema: schemas.decisions }),
  situations: defineCollection({ loader: loader('situations'), schema: schemas.situations }),
  templates: defineCollection({ loader: loader('templates'), schema: schemas.templates }),
  checklists: defineCollection({ loader: loader('checklists'), schema: schemas.checklists }),
  threats: defineCollection({ loader: loader('threats'), schema: schemas.threats }),
  categories: defineCollection({ loader: loader('categories'), schema: schemas.categories }),
  structures: defineCollection({ loader: loader('structures'), schema: schemas.structures }),
  exercises: defineCollection({ loader: loader('exercises'), schema: schemas.exercises }),
  cases: defineCollection({ loader: loader('cases'), schema: schemas.cases }),
  frameworks: defineCollection({ loader: loader('frameworks'), schema: schemas.frameworks }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
  pages: defineCollection({ loader: loader('pages'), schema: schemas.pages }),
  tlpModel: defineCollection({ loader: dataFile('tlp-model'), schema: tlpModelSchema }),
  projectFacts: defineCollection({ loader: dataFile('project-facts'), schema: projectFactsSchema }),
  stixIds: defineCollection({ loader: dataFile('stix-ids'), schema: stixIdsSchema }),
};
