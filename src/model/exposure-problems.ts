/**
 * The exposure data is consistent: each condition names a question and answers that exist, once per
 * threat; each question is used by some threat; ids are unique; the "structure" question offers
 * exactly the structures the threat models describe; each fix names answers of its question, pages
 * that exist, and changes some threat's score. The content check places each problem in its file.
 */
import { nearest } from '../lib/text.ts';
import type { Exposure, FactData } from './exposure.ts';

/** A fault in the exposure data, for the content check to place in its file. */
export interface ExposureProblem {
  /** The threat's entry id, or undefined for content/project-facts.yaml. */
  threat?: string;
  path: (string | number)[];
  message: string;
  expected: string;
}

type Fix = NonNullable<FactData['fixes']>[number];

interface ThreatExposure {
  id: string;
  exposure: Exposure;
  structures: readonly string[];
}

const answersOf = (fact: FactData) => fact.options.map((option) => option.id);

export function exposureProblems(
  facts: readonly FactData[],
  threats: readonly ThreatExposure[],
  structureIds: readonly string[],
  /** False when some threats could not be read, so an unused question may not really be unused. */
  reportUnused = true,
  /** Whether an entry written as collection/entry-id exists; by default, every one does. */
  known: (ref: string) => boolean = () => true,
): ExposureProblem[] {
  const { problems, factById } = idProblems(facts);
  problems.push(...structureProblems(facts, structureIds));
  const used = new Set<string>();
  // A question that a misspelt condition probably meant is not reported again as unused.
  const misspelt = new Set<string>();
  for (const threat of threats) problems.push(...conditionProblems(threat, factById, used, misspelt));
  facts.forEach((fact, index) => {
    if (reportUnused && !used.has(fact.id) && !misspelt.has(fact.id) && factById.get(fact.id) === fact) {
      problems.push({
        path: ['facts', index, 'id'],
        message: `no threat uses the question "${fact.id}", so its answer would change nothing`,
        expected: 'a threat whose exposure names this question, or remove the question',
      });
    }
    (fact.fixes ?? []).forEach((fix, at) =>
      problems.push(...fixProblems(fact, fix, ['facts', index, 'fixes', at], threats, reportUnused, known)),
    );
  });
  return problems;
}

/** Question ids are unique, and answer ids unique within their question. */
function idProblems(facts: readonly FactData[]) {
  const problems: ExposureProblem[] = [];
  const factById = new Map<string, FactData>();
  facts.forEach((fact, index) => {
    if (factById.has(fact.id)) {
      problems.push({
        path: ['facts', index, 'id'],
        message: `the question id "${fact.id}" is used twice`,
        expected: 'a different id for each question',
      });
    } else factById.set(fact.id, fact);
    const seen = new Set<string>();
    fact.options.forEach((option, at) => {
      if (seen.has(option.id)) {
        problems.push({
          path: ['facts', index, 'options', at, 'id'],
          message: `the answer id "${option.id}" is used twice in the question "${fact.id}"`,
          expected: 'a different id for each answer of a question',
        });
      }
      seen.add(option.id);
    });
  });
  return { problems, factById };
}

/** The "structure" question offers exactly the structures in content/structures/. */
function structureProblems(facts: readonly FactData[], structureIds: readonly string[]): ExposureProblem[] {
  const structureFact = facts.findIndex((fact) => fact.id === 'structure');
  if (structureFact < 0) return [];
  const offered = answersOf(facts[structureFact]!);
  const missing = structureIds.filter((id) => !offered.includes(id));
  const extra = offered.filter((id) => !structureIds.includes(id));
  if (missing.length + extra.length === 0) return [];
  return [
    {
      path: ['facts', structureFact, 'options'],
      message: `the answers must be the structures in content/structures/: ${[
        missing.length ? `${missing.join(', ')} missing` : '',
        extra.length ? `${extra.join(', ')} not a structure` : '',
      ]
        .filter(Boolean)
        .join('; ')}`,
      expected: `one answer for each structure in content/structures/: ${structureIds.join(', ')}`,
    },
  ];
}

/** A threat's conditions name questions and answers that exist, each answer once; `used` and `misspelt` collect what they name. */
function conditionProblems(
  threat: ThreatExposure,
  factById: ReadonlyMap<string, FactData>,
  used: Set<string>,
  misspelt: Set<string>,
): ExposureProblem[] {
  const problems: ExposureProblem[] = [];
  const counted = new Set<string>();
  for (const side of ['raise', 'lower'] as const) {
    threat.exposure[side].forEach((condition, index) => {
      const fact = factById.get(condition.fact);
      if (!fact) {
        const [guess] = nearest(condition.fact, [...factById.keys()], 1);
        if (guess) misspelt.add(guess);
        problems.push({
          threat: threat.id,
          path: ['exposure', side, index, 'fact'],
          message: `"${condition.fact}" is not a question of the exposure check${guess ? `; did you mean "${guess}"?` : ''}`,
          expected: `the id of a question in content/project-facts.yaml: ${[...factById.keys()].join(', ')}`,
        });
        return;
      }
      used.add(fact.id);
      condition.is.forEach((answer, at) => {
        const path = ['exposure', side, index, 'is', at];
        if (!answersOf(fact).includes(answer)) {
          problems.push({
            threat: threat.id,
            path,
            message: `"${answer}" is not an answer to the question "${fact.id}"`,
            expected: `one of ${answersOf(fact).join(', ')}`,
          });
        } else if (counted.has(`${fact.id}=${answer}`)) {
          problems.push({
            threat: threat.id,
            path,
            message: `the answer "${answer}" to "${fact.id}" is counted twice in this threat's exposure`,
            expected: 'each answer once, in raise or in lower, so its points are counted once',
          });
        } else if (side === 'raise' && fact.id === 'structure' && !threat.structures.includes(answer)) {
          // The threat's own structures list is the one statement of which structures it exposes.
          problems.push({
            threat: threat.id,
            path,
            message: `the structure "${answer}" is not in this threat's structures list`,
            expected: `one of the threat's structures (${threat.structures.join(', ')}), or add it to structures`,
          });
        }
        counted.add(`${fact.id}=${answer}`);
      });
    });
  }
  return problems;
}

/** A fix moves from answers of its question to another, names pages that exist, and lowers some threat. */
function fixProblems(
  fact: FactData,
  fix: Fix,
  path: (string | number)[],
  threats: readonly ThreatExposure[],
  reportUnused: boolean,
  known: (ref: string) => boolean,
): ExposureProblem[] {
  const problems: ExposureProblem[] = [];
  const answers = answersOf(fact);
  [...fix.from.map((answer, i) => [answer, ['from', i]] as const), [fix.to, ['to']] as const].forEach(
    ([answer, where]) => {
      if (!answers.includes(answer)) {
        problems.push({
          path: [...path, ...where],
          message: `"${answer}" is not an answer to the question "${fact.id}"`,
          expected: `one of ${answers.join(', ')}`,
        });
      }
    },
  );
  if (fix.from.includes(fix.to)) {
    problems.push({
      path: [...path, 'to'],
      message: `the fix leads to "${fix.to}", an answer it is meant to move away from`,
      expected: 'an answer that is not in from',
    });
  }
  fix.see.forEach((ref, i) => {
    if (!known(ref))
      problems.push({
        path: [...path, 'see', i],
        message: `"${ref}" is not an entry of the site`,
        expected: 'an entry written as collection/entry-id, e.g. checklists/asset-and-access-inventory',
      });
  });
  if (!known(`exercises/${fix.exercise}`)) {
    problems.push({
      path: [...path, 'exercise'],
      message: `"${fix.exercise}" is not an entry of exercises`,
      expected: 'the file name of an entry in content/exercises/, without its extension',
    });
  }
  const changes = (side: 'raise' | 'lower', answersNamed: readonly string[]) =>
    threats.some((threat) =>
      threat.exposure[side].some(
        (condition) => condition.fact === fact.id && condition.is.some((answer) => answersNamed.includes(answer)),
      ),
    );
  if (reportUnused && !changes('raise', fix.from) && !changes('lower', [fix.to])) {
    problems.push({
      path: [...path, 'from'],
      message: `no threat is raised by ${fix.from.map((answer) => `"${answer}"`).join(' or ')} or lowered by "${fix.to}", so this fix would lower no threat's score`,
      expected: 'a fix from answers that raise some threat, or to an answer that lowers one',
    });
  }
  return problems;
}
