/**
 * The plan of the exposure check: concrete changes (the fixes in content/project-facts.yaml), each
 * moving one answer to a stronger one, chosen one at a time by how much of the project's score it
 * removes, given the changes before it. Pure, for the build, the tests and the browser alike.
 */
import {
  assess,
  type Answers,
  type CheckThreat,
  type Fact,
  type FactData,
  type Finding,
  type Fix,
  type Link,
} from './exposure.ts';

/** The most steps a plan holds: a volunteer team can take on a handful, not a backlog. */
export const PLAN_LENGTH = 6;

export interface PlanStep {
  /** The question whose answer the change improves. */
  fact: string;
  fix: Fix;
  /** How much of the project's total score the change removes, after the steps before it. */
  removes: number;
  /** GT ids of the threats whose score it brings down, the largest drop first. */
  threats: string[];
}

const scoreByCode = (findings: readonly Finding[]) =>
  new Map(findings.map((finding) => [finding.threat.code, finding.score]));

/** The answers once a fix is made: its weaker answers give way to the stronger one. */
function withFix(fact: Fact, fix: Fix, answers: Answers): Answers {
  const kept = fact.pick === 'many' ? (answers[fact.id] ?? []).filter((answer) => !fix.from.includes(answer)) : [];
  return { ...answers, [fact.id]: [...new Set([...kept, fix.to])] };
}

/**
 * Up to `length` steps, each the fix that removes the most score given the steps before it; one
 * step per question, and only steps that remove something. Ties go to the earlier question.
 */
export function planFor(
  facts: readonly Fact[],
  threats: readonly CheckThreat[],
  answers: Answers,
  length = PLAN_LENGTH,
): PlanStep[] {
  const steps: PlanStep[] = [];
  let current = answers;
  let scores = scoreByCode(assess(facts, threats, current));
  const total = (map: ReadonlyMap<string, number>) => [...map.values()].reduce((sum, score) => sum + score, 0);
  while (steps.length < length) {
    let best: { step: PlanStep; answers: Answers; scores: Map<string, number> } | undefined;
    for (const fact of facts) {
      if (steps.some((step) => step.fact === fact.id)) continue;
      for (const fix of fact.fixes ?? []) {
        if (!(current[fact.id] ?? []).some((answer) => fix.from.includes(answer))) continue;
        const next = withFix(fact, fix, current);
        const after = scoreByCode(assess(facts, threats, next));
        const removes = total(scores) - total(after);
        if (removes <= 0 || (best && removes <= best.step.removes)) continue;
        const drops = [...scores]
          .map(([code, score]) => [code, score - (after.get(code) ?? 0)] as const)
          .filter(([, drop]) => drop > 0)
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        best = {
          step: { fact: fact.id, fix, removes, threats: drops.map(([code]) => code) },
          answers: next,
          scores: after,
        };
      }
    }
    if (!best) break;
    steps.push(best.step);
    current = best.answers;
    scores = best.scores;
  }
  return steps;
}

/**
 * The questions with their fixes' pages resolved: `page` finds an entry written as
 * collection/entry-id, which the content check has proven to exist.
 */
export function factsWithFixes(facts: readonly FactData[], page: (ref: string) => Link | undefined): Fact[] {
  const resolved = (ref: string): Link => page(ref) ?? { title: ref, path: `/${ref}/` };
  return facts.map((fact) => ({
    ...fact,
    fixes: (fact.fixes ?? []).map((fix) => ({
      from: fix.from,
      to: fix.to,
      step: fix.step,
      see: fix.see.map(resolved),
      exercise: resolved(`exercises/${fix.exercise}`),
    })),
  }));
}
