/**
 * The schema of content/stix-ids.yaml: the STIX id of each object of the taxonomy's STIX bundle, by
 * the object's key (an entry such as `threats/fake-maintainer`, or a link such as
 * `threats/fake-maintainer targets structures/single-maintainer`). Which keys must be there, and
 * that each id is a fresh version 4 UUID, is a rule of the content check (src/checks/stix-ids.ts).
 */
import { z } from 'astro/zod';

export const stixIdsSchema = z.record(
  z.string(),
  z.string({ error: 'write a version 4 UUID, such as 3f0c9a52-8e1b-4d2a-9c47-1b6e0f3d5a28' }),
);

export type StixIds = z.infer<typeof stixIdsSchema>;
