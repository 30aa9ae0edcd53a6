/**
 * The exposure check's result in words: the score of a threat, the Markdown a team keeps (label
 * first, the top threats with why, the rest, the plan with owners and dates), and a public summary
 * that names no weak spot. Pure, shared by the page's script and the tests.
 */
import { countOf } from '../lib/text.ts';
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

/** The plan's last step, whatever the threats: someone has to keep looking. */
export const WATCH_STEP = 'Agree who watches the signals of the top threats, and when to run the check again';

/** What a team writes into a plan step on the page: who does it, and by when. */
export interface StepFields {
  owner: string;
  date: string;
}

/** "Score 18: 6 points from your answers, times 3 for high harm." */
export function scoreWords(finding: Finding): string {
  const start = finding.threat.exposure.everyProject ? ', counting 1 that every project has' : '';
  const weight = SEVERITY_WEIGHT[finding.threat.severity];
  return `Score ${finding.score}: ${countOf(finding.points, 'point')} from your answers${start}, times ${weight} for ${finding.threat.severity} harm.`;
}

/** The reader's answer and what it does: "One person (+3)". */
export function answerWords(reason: Reason, sign: '+' | '−'): string {
  return `${saidText(reason)} (${sign}${reason.points})`;
}

const blank = (value: string | undefined) => value?.trim() || '_to fill in_';

/** The result as Markdown for the team: the threats, then the plan as a task list with owners and dates. */
export function resultMarkdown(
  findings: readonly Finding[],
  plan: readonly PlanStep[],
  context: ExportContext & { label: ResultLabel; fields?: readonly StepFields[] },
): string {
  const link = (title: string, path: string) => `[${title}](${absolute(path, context)})`;
  const lines = [
    `**${context.label.label}** ${context.label.instruction}`,
    '',
    '## Governance exposure check',
    '',
    `Our answers: ${context.resultUrl}`,
    '',
    '### Top threats',
    '',
  ];
  if (findings.length === 0) lines.push('None of our answers left a threat exposed.');
  findings.slice(0, TOP_THREATS).forEach((finding, index) => {
    lines.push(`${index + 1}. ${link(`${finding.threat.code} ${finding.threat.title}`, finding.threat.path)}`);
    lines.push(`   - ${scoreWords(finding)}`);
    for (const reason of finding.reasons) lines.push(`   - Raises it: ${reason.question} ${answerWords(reason, '+')}.`);
    for (const reason of finding.protections)
      lines.push(`   - Lowers it: ${reason.question} ${answerWords(reason, '−')}.`);
  });
  const rest = findings.slice(TOP_THREATS);
  if (rest.length > 0) {
    lines.push('', '### Also worth a look', '');
    rest.forEach((finding, index) => {
      const title = link(`${finding.threat.code} ${finding.threat.title}`, finding.threat.path);
      lines.push(`${TOP_THREATS + index + 1}. ${title}, score ${finding.score}`);
    });
  }
  lines.push('', '### Plan', '');
  plan.forEach((step, index) => {
    const fields = context.fields?.[index];
    lines.push(
      `- [ ] **${index + 1}. ${step.fix.step}** Lowers ${step.threats.join(', ')} (score ${step.removes} less).`,
      `  - Owner: ${blank(fields?.owner)}`,
      `  - Date: ${blank(fields?.date)}`,
      ...(step.fix.see.length > 0
        ? [`  - How: ${step.fix.see.map((page) => link(page.title, page.path)).join(', ')}`]
        : []),
      `  - Then test it with the exercise ${link(step.fix.exercise.title, step.fix.exercise.path)}.`,
    );
  });
  if (findings.length > 0) lines.push(`- [ ] ${WATCH_STEP}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A summary for a public tracking issue: that the team ran the check and agreed a plan, with the
 * steps by number and date only. No answer, threat, step text or owner, since those show where the
 * project is weak.
 */
export function publicSummary(
  plan: readonly PlanStep[],
  context: { checkUrl: string; date: string; label: ResultLabel; fields?: readonly StepFields[] },
): string {
  const lines = [
    `**${context.label.label}** ${context.label.instruction}`,
    '',
    '## Governance exposure check',
    '',
    `On ${context.date} we answered the [governance exposure check](${context.checkUrl}) and agreed a plan of ${countOf(plan.length, 'step')}, each with an owner and a date. The details stay within our team.`,
    '',
    ...plan.map((_, index) => {
      const date = context.fields?.[index]?.date.trim();
      return `- [ ] Step ${index + 1}${date ? `, by ${date}` : ''}`;
    }),
    '- [ ] Run the check again and compare',
  ];
  return `${lines.join('\n')}\n`;
}
