/**
 * The governance exposure check: a project's answers to the questions in
 * content/project-facts.yaml, matched against the exposure each threat declares. The same functions
 * run at build time (checks, the page without JavaScript) and in the reader's browser, so this file
 * imports nothing that a browser lacks.
 */
import { nearest } from '../lib/text.ts';
import { layerFrame } from './navigator.ts';

export interface FactOption {
  id: string;
  answer: string;
}

export interface Fact {
  id: string;
  question: string;
  why: string;
  pick: 'one' | 'many';
  options: FactOption[];
}

export interface ExposureCondition {
  fact: string;
  is: string[];
  why?: string;
}

export interface Exposure {
  everyProject: boolean;
  when: ExposureCondition[];
}

/** What tests or prepares for a threat: an exercise, a checklist, or the method to write an exercise. */
export interface Remedy {
  kind: 'exercise' | 'checklist' | 'method';
  title: string;
  /** Address of its page from the site's origin, e.g. /checklists/safe-handover/. */
  path: string;
}

export interface CheckThreat {
  code: string;
  title: string;
  path: string;
  exposure: Exposure;
  remedies: Remedy[];
}

/** Answers by fact id; a fact the reader skipped is absent or empty. */
export type Answers = Record<string, string[]>;

/** One answer that brought a threat in, in the reader's own words. */
export interface Reason {
  fact: string;
  question: string;
  answers: string[];
  why?: string;
}

export interface Finding {
  threat: CheckThreat;
  /** How many of the threat's conditions the answers meet; 0 when only "every project" brings it in. */
  score: number;
  reasons: Reason[];
}

function matches(condition: ExposureCondition, answers: Answers): string[] {
  return (answers[condition.fact] ?? []).filter((answer) => condition.is.includes(answer));
}

/**
 * The threats the answers bring in, most exposed first: by the number of conditions met, then
 * threats every project shares, and ties in the order of their GT ids.
 */
export function assess(facts: readonly Fact[], threats: readonly CheckThreat[], answers: Answers): Finding[] {
  const factById = new Map(facts.map((fact) => [fact.id, fact]));
  const findings: Finding[] = [];
  for (const threat of threats) {
    const reasons: Reason[] = [];
    for (const condition of threat.exposure.when) {
      const met = matches(condition, answers);
      const fact = factById.get(condition.fact);
      if (met.length === 0 || !fact) continue;
      reasons.push({
        fact: fact.id,
        question: fact.question,
        answers: met.map((id) => fact.options.find((option) => option.id === id)?.answer ?? id),
        ...(condition.why ? { why: condition.why } : {}),
      });
    }
    if (reasons.length > 0 || threat.exposure.everyProject) findings.push({ threat, score: reasons.length, reasons });
  }
  return findings.sort((a, b) => b.score - a.score || a.threat.code.localeCompare(b.threat.code));
}

export interface PlanStep {
  remedy: Remedy;
  /** GT ids of the reader's threats this step prepares for, most exposed first. */
  threats: string[];
}

/** The most steps a plan holds: a volunteer team can take on a handful, not a backlog. */
export const PLAN_LENGTH = 6;

/**
 * A short preparation plan: the checklists and exercises of the most exposed threats, each once,
 * in the order of the first threat that needs it; checklists of a threat come before its exercises.
 */
export function planFor(findings: readonly Finding[], length = PLAN_LENGTH): PlanStep[] {
  const steps = new Map<string, PlanStep>();
  const order = { checklist: 0, exercise: 1, method: 2 } as const;
  for (const finding of findings) {
    const remedies = [...finding.threat.remedies].sort((a, b) => order[a.kind] - order[b.kind]);
    for (const remedy of remedies) {
      const step = steps.get(remedy.path);
      if (step) {
        if (!step.threats.includes(finding.threat.code)) step.threats.push(finding.threat.code);
      } else if (steps.size < length) {
        steps.set(remedy.path, { remedy, threats: [finding.threat.code] });
      }
    }
  }
  return [...steps.values()];
}

/** Reads answers from a page address, keeping only questions and answers that exist. */
export function answersFrom(facts: readonly Fact[], params: URLSearchParams): Answers {
  const answers: Answers = {};
  for (const fact of facts) {
    const known = new Set(fact.options.map((option) => option.id));
    const given = params.getAll(fact.id).filter((value) => known.has(value));
    const kept = fact.pick === 'one' ? given.slice(0, 1) : [...new Set(given)];
    if (kept.length > 0) answers[fact.id] = kept;
  }
  return answers;
}

/** The answers as a query string, in the order of the questions, as the form itself would send them. */
export function queryFor(facts: readonly Fact[], answers: Answers): string {
  const params = new URLSearchParams();
  for (const fact of facts) for (const answer of answers[fact.id] ?? []) params.append(fact.id, answer);
  return params.toString();
}

export function answeredCount(facts: readonly Fact[], answers: Answers): number {
  return facts.filter((fact) => (answers[fact.id] ?? []).length > 0).length;
}

/** For the page without JavaScript: the threats each answer brings in, by fact id and answer id. */
export function threatsByAnswer(
  facts: readonly Fact[],
  threats: readonly CheckThreat[],
): Map<string, Map<string, CheckThreat[]>> {
  const byFact = new Map<string, Map<string, CheckThreat[]>>();
  for (const fact of facts) {
    const byAnswer = new Map(fact.options.map((option) => [option.id, [] as CheckThreat[]]));
    for (const threat of threats) {
      for (const condition of threat.exposure.when) {
        if (condition.fact !== fact.id) continue;
        for (const answer of condition.is) {
          const list = byAnswer.get(answer);
          if (list && !list.includes(threat)) list.push(threat);
        }
      }
    }
    byFact.set(fact.id, byAnswer);
  }
  return byFact;
}

export interface ExportContext {
  /** Absolute address of the result (the check's page with the answers). */
  resultUrl: string;
}

/** The label a result carries: it maps a project's weak spots, so it starts within the team. */
export interface ResultLabel {
  label: string;
  /** The label's plain instruction, from the TLP model. */
  instruction: string;
}

const absolute = (path: string, context: ExportContext) => new URL(path, context.resultUrl).href;

/** The plan's last step, whatever the threats: someone has to keep looking. */
export const WATCH_STEP = 'Agree who watches the signals of the top threats, and when to run the check again';

/** How a plan step begins, by the kind of page it points to. */
export const STEP_WORDS = {
  checklist: 'Work through the checklist',
  exercise: 'Run the tabletop exercise',
  method: 'Write an exercise with',
};

/** The result as Markdown for a GitHub issue: the threats, then the plan as a task list. */
export function resultMarkdown(
  findings: readonly Finding[],
  plan: readonly PlanStep[],
  context: ExportContext & { label: ResultLabel },
): string {
  const lines = [
    `**${context.label.label}** ${context.label.instruction}`,
    '',
    '## Governance exposure check',
    '',
    `Our answers: ${context.resultUrl}`,
    '',
    '### Threats, most exposed first',
    '',
  ];
  if (findings.length === 0) lines.push('None of our answers brought in a threat.');
  findings.forEach((finding, index) => {
    lines.push(
      `${index + 1}. [${finding.threat.code} ${finding.threat.title}](${absolute(finding.threat.path, context)})`,
    );
    if (finding.reasons.length === 0) lines.push('   - It concerns every project.');
    for (const reason of finding.reasons) lines.push(`   - ${reason.question} ${saidText(reason)}.`);
  });
  lines.push('', '### Plan', '');
  for (const step of plan) {
    lines.push(
      `- [ ] ${STEP_WORDS[step.remedy.kind]} [${step.remedy.title}](${absolute(step.remedy.path, context)}) (${step.threats.join(', ')})`,
    );
  }
  if (findings.length > 0) lines.push(`- [ ] ${WATCH_STEP}`);
  return `${lines.join('\n')}\n`;
}

/** The reader's answers in a reason, as one phrase: "One person; We are not sure". */
export function saidText(reason: Reason): string {
  return reason.answers.map((answer) => answer.replace(/\.$/, '')).join('; ');
}

/** The result as an ATT&CK Navigator layer: one technique per threat, its GT id, score and why. */
export function navigatorLayer(findings: readonly Finding[], context: ExportContext & { stixUrl: string }) {
  const highest = Math.max(1, ...findings.map((finding) => finding.score));
  return {
    name: 'Governance exposure check',
    ...layerFrame(context.stixUrl),
    description: `Threats brought in by the answers at ${context.resultUrl}`,
    sorting: 3,
    techniques: findings.map((finding) => ({
      techniqueID: finding.threat.code,
      score: finding.score,
      comment:
        finding.reasons.length > 0
          ? finding.reasons.map((reason) => `${reason.question} ${saidText(reason)}.`).join(' ')
          : 'This concerns every project.',
      links: [{ label: finding.threat.title, url: absolute(finding.threat.path, context) }],
    })),
    gradient: { colors: ['#ffffff', '#d1495b'], minValue: 0, maxValue: highest },
    links: [{ label: 'The answers', url: context.resultUrl }],
  };
}

/** A fault in the exposure data, for the content check to place in its file. */
export interface ExposureProblem {
  /** The threat's entry id, or undefined for content/project-facts.yaml. */
  threat?: string;
  path: (string | number)[];
  message: string;
  expected: string;
}

/**
 * The exposure data is consistent: each condition names a question and answers that exist, each
 * question is used by some threat, ids are unique, and the "structure" question offers exactly the
 * structures the threat models describe.
 */
export function exposureProblems(
  facts: readonly Fact[],
  threats: readonly { id: string; exposure: Exposure; structures: readonly string[] }[],
  structureIds: readonly string[],
  /** False when some threats could not be read, so an unused question may not really be unused. */
  reportUnused = true,
): ExposureProblem[] {
  const problems: ExposureProblem[] = [];
  const factById = new Map<string, Fact>();
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
  const structureFact = facts.findIndex((fact) => fact.id === 'structure');
  if (structureFact >= 0) {
    const offered = facts[structureFact]!.options.map((option) => option.id);
    const missing = structureIds.filter((id) => !offered.includes(id));
    const extra = offered.filter((id) => !structureIds.includes(id));
    if (missing.length + extra.length > 0) {
      problems.push({
        path: ['facts', structureFact, 'options'],
        message: `the answers must be the structures in content/structures/: ${[
          missing.length ? `${missing.join(', ')} missing` : '',
          extra.length ? `${extra.join(', ')} not a structure` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
        expected: `one answer for each structure in content/structures/: ${structureIds.join(', ')}`,
      });
    }
  }
  const used = new Set<string>();
  // A question that a misspelt condition probably meant is not reported again as unused.
  const misspelt = new Set<string>();
  for (const threat of threats) {
    threat.exposure.when.forEach((condition, index) => {
      const fact = factById.get(condition.fact);
      if (!fact) {
        const [guess] = nearest(condition.fact, [...factById.keys()], 1);
        if (guess) misspelt.add(guess);
        problems.push({
          threat: threat.id,
          path: ['exposure', 'when', index, 'fact'],
          message: `"${condition.fact}" is not a question of the exposure check${guess ? `; did you mean "${guess}"?` : ''}`,
          expected: `the id of a question in content/project-facts.yaml: ${[...factById.keys()].join(', ')}`,
        });
        return;
      }
      used.add(fact.id);
      const answers = fact.options.map((option) => option.id);
      condition.is.forEach((answer, at) => {
        if (!answers.includes(answer)) {
          problems.push({
            threat: threat.id,
            path: ['exposure', 'when', index, 'is', at],
            message: `"${answer}" is not an answer to the question "${fact.id}"`,
            expected: `one of ${answers.join(', ')}`,
          });
        } else if (fact.id === 'structure' && !threat.structures.includes(answer)) {
          // The threat's own structures list is the one statement of which structures it exposes.
          problems.push({
            threat: threat.id,
            path: ['exposure', 'when', index, 'is', at],
            message: `the structure "${answer}" is not in this threat's structures list`,
            expected: `one of the threat's structures (${threat.structures.join(', ')}), or add it to structures`,
          });
        }
      });
    });
  }
  facts.forEach((fact, index) => {
    if (reportUnused && !used.has(fact.id) && !misspelt.has(fact.id) && factById.get(fact.id) === fact) {
      problems.push({
        path: ['facts', index, 'id'],
        message: `no threat uses the question "${fact.id}", so its answer would change nothing`,
        expected: 'a threat whose exposure names this question, or remove the question',
      });
    }
  });
  return problems;
}
