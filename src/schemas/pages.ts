/** The schema of a page (content/pages/): about, licence, section introductions. */
import { z } from 'astro/zod';
import { COLLECTION_NAMES } from '../lib/collections.ts';
import { baseFields } from './fields.ts';

export function pagesSchema() {
  return z.strictObject({
    ...baseFields,
    section: z.enum(COLLECTION_NAMES).optional().describe('the collection this page belongs under, e.g. exercises'),
  });
}
