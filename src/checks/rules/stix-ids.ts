/** The rule on content/stix-ids.yaml: every object of the taxonomy's STIX bundle keeps one id of its own. */
import type { ContentProblem } from '../problems.ts';
import { fieldLine } from '../schema-problems.ts';
import { FIX_COMMAND, idLine, missingWhat, ownerOf, stixIdFaults } from '../stix-ids.ts';
import type { Rule } from './context.ts';

export const stixIdsSound: Rule = ({ entries, everyEntry, data, unreadable }) => {
  if (!data.stixIds) return [];
  const { ids, source } = data.stixIds;
  const at = (key: string, problem: Omit<ContentProblem, 'file' | 'line' | 'help'>): ContentProblem => ({
    file: source.file,
    line: fieldLine(source, [key]),
    help: 'stix-ids',
    ...problem,
  });
  const faults = stixIdFaults(entries, everyEntry, unreadable, ids);
  // A new entry lacks its own id and its links' ids: one message for the entry, with every line.
  const missing = [...Map.groupBy(faults.missing, ownerOf)].map(([owner, keys]): ContentProblem => ({
    file: source.file,
    message: `${missingWhat(owner, keys)} no STIX id: the STIX bundle needs one for each object`,
    expected: `${keys.length === 1 ? 'this line, with' : 'these lines, each with'} a new version 4 UUID:\n    ${keys.map(idLine).join('\n    ')}\n  (or run ${FIX_COMMAND}, which adds every missing line)`,
    help: 'stix-ids',
  }));
  return [
    ...missing,
    ...faults.malformed.map((key) =>
      at(key, {
        message: `the id of "${key}" is not a version 4 UUID in lower case`,
        found: JSON.stringify(ids[key]),
        expected: `a line with a new one: ${idLine(key)}`,
      }),
    ),
    ...faults.repeated.map(({ key, first }) =>
      at(key, {
        message: `the id of "${key}" is already the id of "${first}" (line ${fieldLine(source, [first])}); each object needs its own`,
        expected: `a line with a new one: ${idLine(key)}`,
      }),
    ),
    ...faults.unused.map((key) =>
      at(key, {
        message: `"${key}" names no entry of the taxonomy and no link between two of them`,
        expected: `the key of an entry (such as threats/<file name>) or of a link; if the entry was renamed, its new name here keeps its STIX id, and otherwise remove the line (${FIX_COMMAND} removes every unused line)`,
      }),
    ),
  ];
};
