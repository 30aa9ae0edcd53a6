/** The schema of a glossary term (content/glossary/). */
import { z } from 'astro/zod';
import { baseFields, refList, type RefFactory } from './fields.ts';

export function glossarySchema(ref: RefFactory) {
  const refs = refList(ref);
  return z.strictObject({
    ...baseFields,
    seeAlso: refs('glossary'),
  });
}
