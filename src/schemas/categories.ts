/** The schema of a column of the threat taxonomy (content/categories/). */
import { z } from 'astro/zod';
import { baseFields } from './fields.ts';

export function categoriesSchema() {
  return z.strictObject({
    ...baseFields,
    order: z.number().int().positive().describe('the column’s place in the matrix: 1, 2, 3 and so on'),
  });
}
