/** Rules on the exposure check: threats name its questions and answers, every question is used, every fix sound. */
import { keyOf } from '../../lib/references.ts';
import { exposureProblems } from '../../model/exposure-problems.ts';
import { atField, type Rule } from './context.ts';

export const exposureSound: Rule = ({ of, everyEntry, data, unreadable }) => {
  if (!data.projectFacts) return [];
  const facts = data.projectFacts;
  const threats = of('threats');
  // A threat that failed its schema may be the one that uses a question: say nothing of unused ones then.
  const allThreatsRead = threats.length === everyEntry.filter((entry) => entry.collection === 'threats').length;
  // Every structure file counts, read or not, so a structure with a schema problem is not reported twice.
  const structureIds = everyEntry.filter((entry) => entry.collection === 'structures').map((entry) => entry.id);
  const threatById = new Map(threats.map((entry) => [entry.id, entry]));
  // Fixes name the pages they are drawn from; every file counts, read or not.
  const entryKeys = new Set([...everyEntry, ...unreadable].map(keyOf));
  return exposureProblems(
    facts.facts,
    threats.map((entry) => ({
      id: entry.id,
      exposure: entry.parsed.exposure,
      structures: entry.parsed.structures.map((ref) => ref.id),
    })),
    structureIds,
    allThreatsRead,
    (ref) => entryKeys.has(ref),
  ).map((problem) =>
    atField(problem.threat ? threatById.get(problem.threat)! : facts.source, problem.path, {
      message: problem.message,
      expected: problem.expected,
      help: 'the-exposure-check',
    }),
  );
};
