/**
 * The exposure check's result in words: the score of a threat, the Markdown a team keeps (label
 * first, the top threats with why, the rest, the plan with owners and dates), and a public summary
 * that names no weak spot. Pure, shared by the page's script and the tests; the words come from the
 * translator each function is given (the dictionary's `checkScript.*`), since the browser has only those.
 */
import type { SiteTranslator } from '../i18n/index.ts';
import {
  absolute,
  saidText,
  SEVERITY_WEIGHT,
  TOP_THREATS,
  type ExportContext,
  type Finding,
  type Reason,
  type ResultLabel,
} from './exposure.ts';
import type { PlanStep } from './exposure-plan.ts';

/** What a team writes into a plan step on the page: who does it, and by when. */
export interface StepFields {
  owner: string;
  date: string;
}

/** "Score 18: 6 points from your answers, times 3 for high harm." */
export function scoreWords(finding: Finding, t: SiteTranslator): string {
  return t(finding.threat.exposure.everyProject ? 'checkScript.scoreEveryProject' : 'checkScript.score', {
    score: finding.score,
    points: t('checkScript.points', { count: finding.points }),
    weight: SEVERITY_WEIGHT[finding.threat.severity],
    harm: t(`checkScript.harm.${finding.threat.severity}`),
  });
}

/** A threat as a result names it: "GT-007 One person holds the whole project up". */
export function threatName(threat: { code: string; title: string }, t: SiteTranslator): string {
  return t('checkScript.threat', { code: threat.code, title: threat.title });
}

/** The reader's answer and what it does: "One person (+3)". */
export function answerWords(reason: Reason, sign: '+' | '−'): string {
  return `${saidText(reason)} (${sign}${reason.points})`;
}

/** The plan's last step, whatever the threats: someone has to keep looking. */
export const watchStep = (t: SiteTranslator) => t('checkScript.watch');

/** The result as Markdown for the team: the threats, then the plan as a task list with owners and dates. */
export function resultMarkdown(
  findings: readonly Finding[],
  plan: readonly PlanStep[],
  context: ExportContext & { label: ResultLabel; fields?: readonly StepFields[] },
  t: SiteTranslator,
): string {
  const link = (title: string, path: string) => `[${title}](${absolute(path, context)})`;
  const blank = (value: string | undefined) => value?.trim() || `_${t('checkScript.toFill')}_`;
  const lines = [
    `**${context.label.label}** ${context.label.instruction}`,
    '',
    `## ${t('checkScript.title')}`,
    '',
    t('checkScript.ourAnswers', { url: context.resultUrl }),
    '',
    `### ${t('checkScript.top')}`,
    '',
  ];
  if (findings.length === 0) lines.push(t('checkScript.noneExposed'));
  findings.slice(0, TOP_THREATS).forEach((finding, index) => {
    lines.push(`${index + 1}. ${link(threatName(finding.threat, t), finding.threat.path)}`);
    lines.push(`   - ${scoreWords(finding, t)}`);
    for (const reason of finding.reasons)
      lines.push(`   - ${t('checkScript.raises', { question: reason.question, answer: answerWords(reason, '+') })}`);
    for (const reason of finding.protections)
      lines.push(`   - ${t('checkScript.lowers', { question: reason.question, answer: answerWords(reason, '−') })}`);
  });
  const rest = findings.slice(TOP_THREATS);
  if (rest.length > 0) {
    lines.push('', `### ${t('checkScript.more')}`, '');
    rest.forEach((finding, index) => {
      const title = link(threatName(finding.threat, t), finding.threat.path);
      lines.push(`${TOP_THREATS + index + 1}. ${t('checkScript.restItem', { title, score: finding.score })}`);
    });
  }
  lines.push('', `### ${t('checkScript.plan')}`, '');
  plan.forEach((step, index) => {
    const fields = context.fields?.[index];
    lines.push(
      `- [ ] **${index + 1}. ${step.fix.step}** ${stepLowers(step, t)}`,
      `  - ${t('checkScript.owner', { owner: blank(fields?.owner) })}`,
      `  - ${t('checkScript.date', { date: blank(fields?.date) })}`,
      ...(step.fix.see.length > 0
        ? [
            `  - ${t('checkScript.how', {
              pages: t.list(
                step.fix.see.map((page) => link(page.title, page.path)),
                'unit',
              ),
            })}`,
          ]
        : []),
      `  - ${t('checkScript.testWith', { exercise: link(step.fix.exercise.title, step.fix.exercise.path) })}`,
    );
  });
  if (findings.length > 0) lines.push(`- [ ] ${watchStep(t)}`);
  return `${lines.join('\n')}\n`;
}

/** What a step of the plan takes off: "Lowers GT-001, GT-004 (score 12 less)." */
export function stepLowers(step: PlanStep, t: SiteTranslator): string {
  return t('checkScript.stepLowers', { threats: t.list(step.threats, 'unit'), removes: step.removes });
}

/**
 * A summary for a public tracking issue: that the team ran the check and agreed a plan, with the
 * steps by number and date only. No answer, threat, step text or owner, since those show where the
 * project is weak.
 */
export function publicSummary(
  plan: readonly PlanStep[],
  context: { checkUrl: string; date: string; label: ResultLabel; fields?: readonly StepFields[] },
  t: SiteTranslator,
): string {
  const lines = [
    `**${context.label.label}** ${context.label.instruction}`,
    '',
    `## ${t('checkScript.title')}`,
    '',
    t('checkScript.summary', {
      date: context.date,
      check: `[${t('checkScript.checkLink')}](${context.checkUrl})`,
      steps: t('checkScript.steps', { count: plan.length }),
    }),
    '',
    ...plan.map((_, index) => {
      const date = context.fields?.[index]?.date.trim();
      return `- [ ] ${date ? t('checkScript.stepBy', { number: index + 1, date }) : t('checkScript.step', { number: index + 1 })}`;
    }),
    `- [ ] ${t('checkScript.again')}`,
  ];
  return `${lines.join('\n')}\n`;
}
