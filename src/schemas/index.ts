/**
 * The schema of every collection: the single source of truth for what an entry may contain, one
 * file per collection. `createSchemas` takes the reference factory so that Astro (with
 * `reference()`) and the content checker (outside Astro) validate with the very same rules.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections.ts';
import { casesSchema } from './cases.ts';
import { categoriesSchema } from './categories.ts';
import { checklistsSchema } from './checklists.ts';
import { decisionsSchema } from './decisions.ts';
import { exercisesSchema } from './exercises.ts';
import type { RefFactory } from './fields.ts';
import { frameworksSchema } from './frameworks.ts';
import { glossarySchema } from './glossary.ts';
import { normsSchema } from './norms.ts';
import { pagesSchema } from './pages.ts';
import { situationsSchema } from './situations.ts';
import { structuresSchema } from './structures.ts';
import { templatesSchema } from './templates.ts';
import { threatsSchema } from './threats.ts';
import { tlpSchema } from './tlp.ts';

export function createSchemas(ref: RefFactory) {
  return {
    norms: normsSchema(ref),
    tlp: tlpSchema(),
    decisions: decisionsSchema(ref),
    situations: situationsSchema(ref),
    templates: templatesSchema(),
    checklists: checklistsSchema(),
    threats: threatsSchema(ref),
    categories: categoriesSchema(),
    structures: structuresSchema(ref),
    exercises: exercisesSchema(ref),
    cases: casesSchema(ref),
    frameworks: frameworksSchema(),
    glossary: glossarySchema(ref),
    pages: pagesSchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof createSchemas>;
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;
