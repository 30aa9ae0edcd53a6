/**
 * The governance exposure check: a project's answers to the questions in
 * content/project-facts.yaml, scored against the exposure each threat declares. The same functions
 * run at build time (checks, the page without JavaScript), in the profile tests and in the reader's
 * browser, so this file imports nothing that a browser lacks.
 *
 * The scoring, in one place: each answer a threat names raises its exposure or lowers it by 1, 2
 * or 3 points; a threat that concerns every project starts at 1. A threat is listed when its points
 * stay above 0, and ranked by its score: points times the weight of its severity (low 1, medium
 * 2, high 3).
 */
import type { SiteTranslator } from '../i18n/index.ts';
import { layerFrame } from './navigator.ts';

export { EVERY_PROJECT_POINTS, POINTS, SEVERITIES, SEVERITY_WEIGHT, type Severity } from '../lib/exposure-scale.ts';
import { EVERY_PROJECT_POINTS, SEVERITY_WEIGHT, type Severity } from '../lib/exposure-scale.ts';

/** The threats the result shows first, with why; the rest fold under "also worth a look". */
export const TOP_THREATS = 8;

export interface FactOption {
  id: string;
  answer: string;
}

/** A page a fix or a threat points to. */
export interface Link {
  title: string;
  path: string;
}

/** A concrete change that moves a project from weaker answers to a stronger one. */
export interface Fix {
  /** The answers this change leaves behind. */
  from: string[];
  /** The answer the project can give once the change is made. */
  to: string;
  /** The change, as one instruction. */
  step: string;
  /** The checklists, templates or threat pages it is drawn from. */
  see: Link[];
  /** The exercise that tests it. */
  exercise: Link;
}

export interface Fact {
  id: string;
  question: string;
  why: string;
  pick: 'one' | 'many';
  options: FactOption[];
  fixes?: Fix[];
}

export interface ExposureCondition {
  fact: string;
  is: string[];
  /** 1, 2 or 3 (POINTS). */
  points: number;
  why?: string;
}

export interface Exposure {
  everyProject: boolean;
  /** Answers that make a project more exposed. */
  raise: ExposureCondition[];
  /** Answers that protect a project: several owners, written processes, appeals, records. */
  lower: ExposureCondition[];
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
  severity: Severity;
  exposure: Exposure;
  remedies: Remedy[];
}

/** Answers by fact id; a fact the reader skipped is absent or empty. */
export type Answers = Record<string, string[]>;

/** One answer that raised or lowered a threat, in the reader's own words. */
export interface Reason {
  fact: string;
  question: string;
  answers: string[];
  points: number;
  why?: string;
}

export interface Finding {
  threat: CheckThreat;
  /** The rank: points times the weight of the threat's severity. */
  score: number;
  /** Raised minus lowered, with a start for a threat every project shares; always above 0. */
  points: number;
  /** The answers that raise it. */
  reasons: Reason[];
  /** The answers that lower it. */
  protections: Reason[];
}

function reasonsFor(
  conditions: readonly ExposureCondition[],
  factById: ReadonlyMap<string, Fact>,
  answers: Answers,
): Reason[] {
  const reasons: Reason[] = [];
  for (const condition of conditions) {
    const fact = factById.get(condition.fact);
    const met = (answers[condition.fact] ?? []).filter((answer) => condition.is.includes(answer));
    if (met.length === 0 || !fact) continue;
    reasons.push({
      fact: fact.id,
      question: fact.question,
      answers: met.map((id) => fact.options.find((option) => option.id === id)?.answer ?? id),
      points: condition.points,
      ...(condition.why ? { why: condition.why } : {}),
    });
  }
  return reasons;
}

const sum = (reasons: readonly Reason[]) => reasons.reduce((total, reason) => total + reason.points, 0);

/**
 * The threats the answers leave exposed, highest score first; ties go to the threat one answer hits
 * hardest (a direct hit before several slight ones), then to the more severe threat, then to the
 * lower GT id. A skipped question counts neither way.
 */
export function assess(facts: readonly Fact[], threats: readonly CheckThreat[], answers: Answers): Finding[] {
  const factById = new Map(facts.map((fact) => [fact.id, fact]));
  const findings: Finding[] = [];
  for (const threat of threats) {
    const reasons = reasonsFor(threat.exposure.raise, factById, answers);
    const protections = reasonsFor(threat.exposure.lower, factById, answers);
    const start = threat.exposure.everyProject ? EVERY_PROJECT_POINTS : 0;
    const points = start + sum(reasons) - sum(protections);
    if (points <= 0) continue;
    findings.push({ threat, score: points * SEVERITY_WEIGHT[threat.severity], points, reasons, protections });
  }
  const strongest = (finding: Finding) => Math.max(0, ...finding.reasons.map((reason) => reason.points));
  return findings.sort(
    (a, b) =>
      b.score - a.score ||
      strongest(b) - strongest(a) ||
      SEVERITY_WEIGHT[b.threat.severity] - SEVERITY_WEIGHT[a.threat.severity] ||
      a.threat.code.localeCompare(b.threat.code),
  );
}

/** The sum of the scores: how exposed a project is in all, which a plan step brings down. */
export function totalScore(findings: readonly Finding[]): number {
  return findings.reduce((total, finding) => total + finding.score, 0);
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

/** One answer's effect on one threat, for the page without JavaScript. */
export interface Effect {
  threat: CheckThreat;
  points: number;
}

/** For the page without JavaScript: the threats each answer raises and lowers, by fact id and answer id. */
export function effectsByAnswer(
  facts: readonly Fact[],
  threats: readonly CheckThreat[],
): Map<string, Map<string, { raises: Effect[]; lowers: Effect[] }>> {
  const byFact = new Map<string, Map<string, { raises: Effect[]; lowers: Effect[] }>>();
  for (const fact of facts) {
    const byAnswer = new Map(
      fact.options.map((option) => [option.id, { raises: [] as Effect[], lowers: [] as Effect[] }]),
    );
    for (const threat of threats) {
      for (const [side, conditions] of [
        ['raises', threat.exposure.raise],
        ['lowers', threat.exposure.lower],
      ] as const) {
        for (const condition of conditions) {
          if (condition.fact !== fact.id) continue;
          for (const answer of condition.is) byAnswer.get(answer)?.[side].push({ threat, points: condition.points });
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

/** A page's full address, from the result's own. */
export const absolute = (path: string, context: ExportContext) => new URL(path, context.resultUrl).href;

/** The reader's answers in a reason, as one phrase: "One person; We are not sure". */
export function saidText(reason: Reason): string {
  return reason.answers.map((answer) => answer.replace(/\.$/, '')).join('; ');
}

/** The result as an ATT&CK Navigator layer: one technique per threat, its GT id, score and why. */
export function navigatorLayer(
  findings: readonly Finding[],
  context: ExportContext & { stixUrl: string },
  t: SiteTranslator,
) {
  const highest = Math.max(1, ...findings.map((finding) => finding.score));
  return {
    name: t('checkScript.title'),
    ...layerFrame(context.stixUrl),
    description: t('checkScript.layerDescription', { url: context.resultUrl }),
    sorting: 3,
    techniques: findings.map((finding) => ({
      techniqueID: finding.threat.code,
      score: finding.score,
      comment:
        finding.reasons.length > 0
          ? finding.reasons.map((reason) => `${reason.question} ${saidText(reason)}.`).join(' ')
          : t('checkScript.layerEveryProject'),
      links: [{ label: finding.threat.title, url: absolute(finding.threat.path, context) }],
    })),
    gradient: { colors: ['#ffffff', '#d1495b'], minValue: 0, maxValue: highest },
    links: [{ label: t('checkScript.layerAnswers'), url: context.resultUrl }],
  };
}

/** A question as content/project-facts.yaml writes it: its fixes name pages as collection/entry-id. */
export interface FactData extends Omit<Fact, 'fixes'> {
  fixes?: { from: string[]; to: string; step: string; see: string[]; exercise: string }[];
}
