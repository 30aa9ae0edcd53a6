/** Repairs a content root's stix-ids.yaml on disk: the command behind `npm run stix-ids`. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES } from '../lib/collections.ts';
import { readContentRoot } from './load.ts';
import { repairedStixIds, stixIdFaults } from './stix-ids.ts';
import { validateEntries } from './validate.ts';

/**
 * `npm run stix-ids`: rewrites the content root's stix-ids.yaml with every fault repaired, and says
 * how many lines changed; undefined when the file is missing or cannot be read.
 */
export async function repairStixIdsFile(
  root: string,
): Promise<{ file: string; added: number; renewed: number; removed: number } | undefined> {
  const file = path.join(root, DATA_FILES['stix-ids'].file);
  const read = await readContentRoot(root);
  const { entries, data } = validateEntries(read.entries, read.data, read.present, read.unreadable);
  if (!data.stixIds) return undefined;
  const faults = stixIdFaults(entries, read.entries, read.unreadable, data.stixIds.ids);
  const counts = {
    file,
    added: faults.missing.length,
    renewed: faults.malformed.length + faults.repeated.length,
    removed: faults.unused.length,
  };
  if (counts.added + counts.renewed + counts.removed > 0)
    await writeFile(file, repairedStixIds(await readFile(file, 'utf8'), faults));
  return counts;
}
