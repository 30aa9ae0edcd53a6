/**
 * `npm run stix-ids [-- <content folder>]`: brings content/stix-ids.yaml in line with the content.
 * Adds a new version 4 UUID for every object of the STIX bundle that has none, renews malformed and
 * repeated ones, and removes lines that name nothing, then says what it changed. The content check
 * reports the same faults.
 */
import path from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { repairStixIdsFile } from '../src/checks/stix-ids-file.ts';

const result = await repairStixIdsFile(process.argv[2] ?? contentRoot());
if (!result) {
  console.error('stix-ids.yaml is missing or cannot be read; npm run check:content says why.');
  process.exit(1);
}
const shown = path.relative(process.cwd(), result.file);
console.log(
  result.added + result.renewed + result.removed === 0
    ? `✓ ${shown} gives every STIX object its own id.`
    : `Wrote ${shown}: ${result.added} added, ${result.renewed} renewed, ${result.removed} removed.`,
);
