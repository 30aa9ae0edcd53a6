/**
 * `npm run stix-ids`: brings content/stix-ids.yaml in line with the content. Adds a new version 4
 * UUID for every object of the STIX bundle that has none, renews malformed and repeated ones, and
 * removes lines that name nothing, then says what it changed. The content check reports the same.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES } from '../src/lib/collections.ts';
import { readContentRoot } from '../src/checks/load.ts';
import { contentRoot } from '../src/checks/root.ts';
import { repairedStixIds, stixIdFaults } from '../src/checks/stix-ids.ts';
import { validateEntries } from '../src/checks/validate.ts';

const root = process.argv[2] ?? contentRoot();
const file = path.join(root, DATA_FILES['stix-ids'].file);
const read = await readContentRoot(root);
const { entries, data } = validateEntries(read.entries, read.data, read.present, read.unreadable);
if (!data.stixIds) {
  console.error(`${path.relative(process.cwd(), file)} is missing or cannot be read; npm run check:content says why.`);
  process.exit(1);
}
const faults = stixIdFaults(entries, read.entries, read.unreadable, data.stixIds.ids);
const changed = faults.missing.length + faults.malformed.length + faults.repeated.length + faults.unused.length;
if (changed > 0) await writeFile(file, repairedStixIds(await readFile(file, 'utf8'), faults));
console.log(
  changed === 0
    ? `✓ ${path.relative(process.cwd(), file)} gives every STIX object its own id.`
    : `Wrote ${path.relative(process.cwd(), file)}: ${faults.missing.length} added, ${faults.malformed.length + faults.repeated.length} renewed, ${faults.unused.length} removed.`,
);
