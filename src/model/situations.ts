/**
 * Situations join the decision tree; they never restate it. A situation's steps take their labels
 * and audiences from the outcome parts they follow, and its link into the framework is the state
 * the tree itself reaches on the answers the situation gives. `checkSituation` is the one place
 * that judges a situation against the tree and the TLP model: the content check reports its
 * problems, and the pages show the labels it resolved.
 */
import type { TlpModel } from '../schemas/tlp-model.ts';
import type { EntryData } from '../schemas/index.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import { AUDIENCES, audienceLabel, type Audience, type OutcomeAudience } from '../lib/vocabulary.ts';
import {
  NO_FACTS,
  applyFacts,
  indexTree,
  nextOf,
  partLabel,
  partsOn,
  templateLabelFor,
  type DecisionTree,
  type Facts,
  type Outcome,
  type TemplateLabels,
} from './decision-tree.ts';
import { canReceive, isWithin, relativeReceives, type Verdict } from './tlp-model.ts';

export type SituationData = EntryData<'situations'>;
export type SituationStep = SituationData['steps'][number];

/** Whether an audience, named or relative to the reader, may receive a label under the TLP model. */
export function audienceMayReceive(model: TlpModel, audience: OutcomeAudience, label: TlpLabel): Verdict {
  if (AUDIENCES.has(audience)) return canReceive(model, audience as Audience, label);
  return relativeReceives(model, audience, label)
    ? { ok: true }
    : { ok: false, reason: `${audienceLabel(audience)} cannot receive ${label} under this guide's TLP model` };
}

/** A problem in a situation, with the field it is in and what would fix it. */
export interface SituationProblem {
  path: (string | number)[];
  message: string;
  expected?: string;
}

/** Where the situation's answers lead in the decision framework. */
export interface WizardEntry {
  node: string;
  kind: 'question' | 'outcome';
  facts: Facts;
}

export interface ResolvedStep {
  step: SituationStep;
  /** The label of a step that tells people, as the outcome parts give it; none for a call to a helper. */
  label?: TlpLabel;
  /** The outcome the step follows. */
  outcome?: string;
  /** Each template of the step with the label it carries there. */
  templates: { id: string; label: TlpLabel }[];
}

export interface SituationCheck {
  steps: ResolvedStep[];
  wizard?: WizardEntry;
  problems: SituationProblem[];
}

export interface SituationContext {
  tree: DecisionTree;
  model: TlpModel;
  /** Each template's label, by id. */
  templates: ReadonlyMap<string, TemplateLabels>;
}

const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

/** Walks the situation's answers from the framework's first question, as a reader clicking them would. */
export function walkAnswers(
  tree: DecisionTree,
  answers: readonly string[],
): { entry?: WizardEntry; problems: SituationProblem[] } {
  const nodes = indexTree(tree);
  let at = tree.start;
  let facts = NO_FACTS;
  for (const [index, written] of answers.entries()) {
    const [questionId = '', answerId = ''] = written.split('/');
    const node = nodes.get(at);
    const path = ['decide', index];
    if (node?.kind !== 'question') {
      return {
        problems: [
          {
            path,
            message: `the answers before "${written}" already end at the outcome "${at}"`,
            expected: 'no more answers after it',
          },
        ],
      };
    }
    if (node.node.id !== questionId) {
      return {
        problems: [
          {
            path,
            message: `"${written}" answers the question "${questionId}", but the answers before it lead to "${at}" (${node.node.question})`,
            expected: `an answer to "${at}": ${list(node.node.options.map((option) => `${at}/${option.id}`))}`,
          },
        ],
      };
    }
    const option = node.node.options.find((item) => item.id === answerId);
    if (!option) {
      return {
        problems: [
          {
            path,
            message: `the question "${at}" has no answer "${answerId}"`,
            expected: `one of ${list(node.node.options.map((item) => `${at}/${item.id}`))}`,
          },
        ],
      };
    }
    facts = applyFacts(facts, option.sets);
    at = nextOf(option, facts);
  }
  const end = nodes.get(at);
  return end ? { entry: { node: at, kind: end.kind, facts }, problems: [] } : { problems: [] };
}

/** The label of a step to these audiences under one outcome, judged by the part that serves each audience. */
function judgeStep(
  context: SituationContext,
  outcome: Outcome,
  facts: Facts,
  step: SituationStep,
  at: (string | number)[],
): { label?: TlpLabel; problems: SituationProblem[]; partTemplates: Set<string> } {
  const parts = partsOn(outcome, facts);
  // Templates the serving parts recommend themselves are judged by the tree's own safety rules.
  const partTemplates = new Set(
    parts
      .filter((part) => part.audiences.some((audience) => step.to?.includes(audience)))
      .flatMap((part) => part.templates.map((ref) => ref.id)),
  );
  const served = parts.flatMap((part) => part.audiences);
  const problems: SituationProblem[] = [];
  const labelsFor = new Map<OutcomeAudience, TlpLabel[]>();
  (step.to ?? []).forEach((audience, index) => {
    const labels = parts.filter((part) => part.audiences.includes(audience)).map((part) => partLabel(part, facts));
    if (labels.length === 0) {
      problems.push({
        path: [...at, 'to', index],
        message: `the outcome "${outcome.id}" has no part for ${audienceLabel(audience)}, so this step cannot tell them`,
        expected: served.length
          ? `an audience the outcome's parts serve (${list([...new Set(served)])}), or an outcome that tells ${audienceLabel(audience)}`
          : `an outcome whose parts say who hears what`,
      });
    }
    labelsFor.set(audience, labels);
  });
  if (problems.length) return { problems, partTemplates };

  if (step.label === undefined) {
    const labels = [...new Set([...labelsFor.values()].flat())];
    if (labels.length === 1) return { label: labels[0], problems, partTemplates };
    return {
      partTemplates,
      problems: [
        {
          path: [...at, 'to'],
          message: `the parts of "${outcome.id}" that serve these audiences carry different labels (${labels.join(', ')}), so the step cannot take one from them`,
          expected: 'one step for each label, or the label written on the step',
        },
      ],
    };
  }
  const label = step.label;
  for (const [audience, labels] of labelsFor) {
    const receive = audienceMayReceive(context.model, audience, label);
    if (!receive.ok) {
      problems.push({
        path: [...at, 'label'],
        message: `this step sends ${label} to ${audienceLabel(audience)}: ${receive.reason?.replace(/\.$/, '')}`,
        expected: `no label, to take the outcome's ${labels.join(' or ')}`,
      });
    } else if (!labels.some((partLabelHere) => isWithin(context.model, label, partLabelHere))) {
      problems.push({
        path: [...at, 'label'],
        message: `this step sends ${label} to ${audienceLabel(audience)}, wider than the ${labels.join(' or ')} that "${outcome.id}" gives them`,
        expected: `no label, to take the outcome's ${labels.join(' or ')}, or a label that stays within it`,
      });
    }
  }
  return { label: problems.length ? undefined : label, problems, partTemplates };
}

/** The templates of a step that tells people, each with the label it carries there, or why it does not fit. */
function judgeTemplates(
  context: SituationContext,
  step: SituationStep,
  at: (string | number)[],
  label: TlpLabel,
  /** Templates the serving part recommends itself: the tree's safety rules judge those. */
  judgedByTree: ReadonlySet<string>,
): { templates: ResolvedStep['templates']; problems: SituationProblem[] } {
  const problems: SituationProblem[] = [];
  const templates = step.templates.flatMap((ref, position) => {
    const labels = context.templates.get(ref.id);
    // A template that does not exist is reported once, as a broken link.
    if (!labels) return [];
    const used = templateLabelFor(labels, label);
    const cannot =
      used && (step.to ?? []).map((audience) => audienceMayReceive(context.model, audience, used)).find((v) => !v.ok);
    if (used && isWithin(context.model, used, label) && !cannot) return [{ id: ref.id, label: used }];
    if (!judgedByTree.has(ref.id)) {
      problems.push({
        path: [...at, 'templates', position],
        message: !used
          ? `the template "${ref.id}" cannot carry this step's ${label} (it allows ${labels.allowed?.join(', ')})`
          : cannot
            ? `the template "${ref.id}" carries ${used}: ${cannot.reason?.replace(/\.$/, '')}`
            : `the template "${ref.id}" carries ${used}, wider than this step's ${label}`,
        expected: `a template whose message these audiences may receive under ${label}`,
      });
    }
    return [];
  });
  return { templates, problems };
}

/** The outcome a step that tells people follows: its own, or the situation's only one. */
function outcomeOfStep(
  situation: SituationData,
  step: SituationStep,
  at: (string | number)[],
): { id?: string; problem?: SituationProblem } {
  if (step.outcome && !situation.outcomes.includes(step.outcome)) {
    return {
      problem: {
        path: [...at, 'outcome'],
        message: `the step follows "${step.outcome}", which the situation does not list in "outcomes"`,
        expected: `one of ${list(situation.outcomes)}, or "${step.outcome}" added to outcomes`,
      },
    };
  }
  const id = step.outcome ?? (situation.outcomes.length === 1 ? situation.outcomes[0] : undefined);
  return id
    ? { id }
    : {
        problem: {
          path: [...at, 'to'],
          message: 'the situation lists several outcomes, so each step that tells people says which one it follows',
          expected: `"outcome:" with one of ${list(situation.outcomes)}`,
        },
      };
}

/** Where the situation's answers lead, and what is wrong with them or with the outcomes it lists. */
function wizardAndOutcomes(
  situation: SituationData,
  tree: DecisionTree,
): { wizard?: WizardEntry; problems: SituationProblem[] } {
  const known = new Set(tree.outcomes.map((outcome) => outcome.id));
  const problems: SituationProblem[] = situation.outcomes.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            path: ['outcomes', index],
            message: `"${id}" is not an outcome of the decision tree`,
            expected: `the id of an outcome in content/decisions/, such as ${list(tree.outcomes.slice(0, 3).map((outcome) => outcome.id))}`,
          },
        ],
  );
  const walk = walkAnswers(tree, situation.decide);
  problems.push(...walk.problems);
  const wizard = walk.entry;
  if (wizard?.kind === 'outcome' && !situation.outcomes.includes(wizard.node)) {
    problems.push({
      path: ['decide'],
      message: `the answers lead to the outcome "${wizard.node}", which the situation does not list in "outcomes"`,
      expected: `"${wizard.node}" in outcomes, or answers that stop at a question`,
    });
  }
  return { wizard, problems };
}

/** A situation against the decision tree and the TLP model: each step's label, the wizard link, and every problem. */
export function checkSituation(situation: SituationData, context: SituationContext): SituationCheck {
  const outcomes = new Map(context.tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const { wizard, problems } = wizardAndOutcomes(situation, context.tree);
  // Parts apply as they do on the path the answers establish; with no answers, on a path that marks no one involved.
  const facts = wizard?.facts ?? NO_FACTS;

  const steps = situation.steps.map((step, index): ResolvedStep => {
    const at = ['steps', index];
    if (!step.to) return { step, templates: [] };
    const { id, problem } = outcomeOfStep(situation, step, at);
    if (problem) problems.push(problem);
    const outcome = id ? outcomes.get(id) : undefined;
    // An unknown outcome is reported once, where the situation lists it.
    if (!outcome) return { step, templates: [] };
    const judged = judgeStep(context, outcome, facts, step, at);
    problems.push(...judged.problems);
    if (!judged.label) return { step, outcome: id, templates: [] };
    const fitted = judgeTemplates(context, step, at, judged.label, judged.partTemplates);
    problems.push(...fitted.problems);
    return { step, label: judged.label, outcome: id, templates: fitted.templates };
  });
  // A contributor counts steps from one, and needs to know which step a problem is in.
  const named = problems.map((problem) =>
    problem.path[0] === 'steps' && typeof problem.path[1] === 'number'
      ? { ...problem, message: `step ${problem.path[1] + 1}: ${problem.message}` }
      : problem,
  );
  return { steps, wizard, problems: named };
}
