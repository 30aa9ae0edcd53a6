/** The schema of a piece of prior art and how this guidance connects to it (content/frameworks/). */
import { z } from 'astro/zod';
import { baseFields, httpsUrl, plainText } from './fields.ts';

export function frameworksSchema() {
  return z.strictObject({
    ...baseFields,
    organization: plainText('who maintains it'),
    url: httpsUrl,
    covers: plainText('what it covers, in one sentence'),
    stopsAt: plainText('where it stops, in one sentence'),
    combine: plainText('how to use it together with this guidance, in one sentence'),
  });
}
