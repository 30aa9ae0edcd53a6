/**
 * The disclosure decision tree. Answers establish facts (the label the source set, who is involved,
 * a flaw in code, a leak) that later routes and outcomes must respect. The tree is small enough to
 * walk every path, so the build proves its safety rules on each one: no outcome wider than the
 * source allowed, nothing sent to anyone involved, no template wider than the part it serves.
 */
import type { TlpModel } from '../schemas/tlp-model.ts';
import type { EntryData } from '../schemas/index.ts';
import { TLP_LABELS, type TlpLabel } from '../lib/tlp.ts';
import { canReceive, isWiderThan, reach } from './tlp-model.ts';
import { AUDIENCES, PROJECT_BODIES, audienceLabel, type Audience, type OutcomeAudience } from '../lib/vocabulary.ts';

export type DecisionTree = EntryData<'decisions'>;
export type Question = DecisionTree['questions'][number];
export type Option = Question['options'][number];
export type Outcome = DecisionTree['outcomes'][number];
export type Part = Outcome['parts'][number];
export type Condition = Option['instead'][number]['when'];
export type Involvable = NonNullable<Condition['involved']>[number];
export type SourceLimit = TlpLabel | 'none';
export type Situation = NonNullable<Condition['about']>[number];

export type TreeNode =
  { kind: 'question'; node: Question; index: number } | { kind: 'outcome'; node: Outcome; index: number };

export interface TreeProblem {
  message: string;
  /** Field path inside the tree's file, to point at the right line. */
  path: (string | number)[];
}

export function indexTree(tree: Pick<DecisionTree, 'questions' | 'outcomes'>): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  tree.questions.forEach((node, index) => nodes.set(node.id, { kind: 'question', node, index }));
  tree.outcomes.forEach((node, index) => nodes.set(node.id, { kind: 'outcome', node, index }));
  return nodes;
}

/** What the answers so far have established. */
export interface Facts {
  about: Situation | null;
  sourceLimit: SourceLimit | null;
  involved: Involvable[];
  codeFlaw: boolean;
  leaked: boolean;
}

export const NO_FACTS: Facts = { about: null, sourceLimit: null, involved: [], codeFlaw: false, leaked: false };

export function applyFacts(facts: Facts, sets: Option['sets']): Facts {
  if (!sets) return facts;
  return {
    about: sets.about ?? facts.about,
    sourceLimit: sets.sourceLimit ?? facts.sourceLimit,
    involved: [...new Set([...facts.involved, ...(sets.involved ?? [])])],
    codeFlaw: facts.codeFlaw || sets.codeFlaw === true,
    leaked: facts.leaked || sets.leaked === true,
  };
}

export function holds(condition: Condition, facts: Facts): boolean {
  if (condition.about && (!facts.about || !condition.about.includes(facts.about))) return false;
  if (condition.sourceLimit && !condition.sourceLimit.includes(facts.sourceLimit ?? 'none')) return false;
  if (condition.involved && !condition.involved.some((role) => facts.involved.includes(role))) return false;
  if (condition.leaked !== undefined && condition.leaked !== facts.leaked) return false;
  return true;
}

/** Where an answer leads, given what is known once it is given. */
export function nextOf(option: Option, facts: Facts): string {
  return option.instead.find((route) => holds(route.when, facts))?.next ?? option.next;
}

/** The parts of an outcome that apply on a path with these facts. */
export function partsOn(outcome: Outcome, facts: Facts): Part[] {
  return outcome.parts.filter(
    (part) => (!part.when || holds(part.when, facts)) && (!part.unless || !holds(part.unless, facts)),
  );
}

/** The source's limit as a label, or undefined when nothing limits sharing. */
export function capOf(facts: Facts): TlpLabel | undefined {
  return facts.sourceLimit && facts.sourceLimit !== 'none' && facts.sourceLimit !== 'TLP:CLEAR'
    ? facts.sourceLimit
    : undefined;
}

/** A part's label on a path: "source" is the label the source set (TLP:RED if none was set). */
export function partLabel(part: Part, facts: Facts): TlpLabel {
  return part.label === 'source' ? (capOf(facts) ?? 'TLP:RED') : part.label;
}

export interface Step {
  question: Question;
  option: Option;
}

/** One complete walk from the first question to an outcome, with what it established. */
export interface TreePath {
  steps: Step[];
  outcome: Outcome;
  facts: Facts;
}

/**
 * Every path from the start to an outcome. Stops at unknown ids and loops (treeProblems reports
 * those), so it always ends.
 */
export function enumeratePaths(tree: Pick<DecisionTree, 'start' | 'questions' | 'outcomes'>): TreePath[] {
  const nodes = indexTree(tree);
  const paths: TreePath[] = [];
  const walk = (id: string, steps: Step[], facts: Facts, onPath: Set<string>) => {
    const entry = nodes.get(id);
    if (!entry || onPath.has(id)) return;
    if (entry.kind === 'outcome') {
      paths.push({ steps, outcome: entry.node, facts });
      return;
    }
    const inner = new Set(onPath).add(id);
    for (const option of entry.node.options) {
      const after = applyFacts(facts, option.sets);
      walk(nextOf(option, after), [...steps, { question: entry.node, option }], after, inner);
    }
  };
  walk(tree.start, [], NO_FACTS, new Set());
  return paths;
}

function nodePath(entry: TreeNode): (string | number)[] {
  return [entry.kind === 'question' ? 'questions' : 'outcomes', entry.index, 'id'];
}

const targetsOf = (option: Option) => [option.next, ...option.instead.map((route) => route.next)];

/** The tree's shape: unique ids, every answer leads somewhere, every node reachable, no loops. */
export function treeProblems(tree: DecisionTree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  for (const [kind, list] of [
    ['questions', tree.questions],
    ['outcomes', tree.outcomes],
  ] as const) {
    list.forEach((node, index) => {
      if (seen.has(node.id)) {
        problems.push({
          message: `two nodes share the id "${node.id}"; every question and outcome needs its own`,
          path: [kind, index, 'id'],
        });
      }
      seen.add(node.id);
    });
  }
  const nodes = indexTree(tree);

  if (nodes.get(tree.start)?.kind !== 'question') {
    problems.push({
      message: `the tree starts at "${tree.start}", which is not the id of a question`,
      path: ['start'],
    });
    return problems;
  }

  tree.questions.forEach((question, q) => {
    const optionIds = new Set<string>();
    question.options.forEach((option, o) => {
      if (optionIds.has(option.id)) {
        problems.push({
          message: `two answers to "${question.question}" share the id "${option.id}"`,
          path: ['questions', q, 'options', o, 'id'],
        });
      }
      optionIds.add(option.id);
      const where = (index: number) =>
        index === 0
          ? ['questions', q, 'options', o, 'next']
          : ['questions', q, 'options', o, 'instead', index - 1, 'next'];
      targetsOf(option).forEach((target, index) => {
        if (!nodes.has(target)) {
          problems.push({
            message: `the answer "${option.answer}" to "${question.question}" leads nowhere: no question or outcome has the id "${target}"`,
            path: where(index),
          });
        }
      });
    });
  });

  for (const [field, ids] of [
    ['exits', tree.exits],
    ['codeFlawExit', [tree.codeFlawExit]],
  ] as const) {
    ids.forEach((id, index) => {
      const node = nodes.get(id);
      if (node?.kind !== 'outcome' || !node.node.exit) {
        problems.push({
          message: `"${id}" is not an outcome marked exit: true`,
          path: field === 'exits' ? ['exits', index] : ['codeFlawExit'],
        });
      }
    });
  }

  // Depth-first from the start over every route: grey nodes are on the current path, so meeting one again is a loop.
  const state = new Map<string, 'grey' | 'black'>();
  const reportedLoops = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    const entry = nodes.get(id);
    if (!entry) return;
    if (state.get(id) === 'grey') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      if (!reportedLoops.has(id)) {
        reportedLoops.add(id);
        problems.push({ message: `the answers loop back on themselves: ${loop.join(' → ')}`, path: nodePath(entry) });
      }
      return;
    }
    if (state.get(id) === 'black') return;
    state.set(id, 'grey');
    if (entry.kind === 'question') {
      for (const option of entry.node.options) for (const target of targetsOf(option)) visit(target, [...trail, id]);
    }
    state.set(id, 'black');
  };
  visit(tree.start, []);
  for (const id of tree.exits) state.set(id, 'black');

  // A link to an id that does not exist usually means a typo for a node that now looks unreachable:
  // report the link only, once, rather than both.
  const dangling = problems.some((problem) => problem.message.includes('leads nowhere'));
  for (const entry of nodes.values()) {
    if (!dangling && !state.has(entry.node.id)) {
      const what = entry.kind === 'question' ? 'question' : 'outcome';
      problems.push({
        message: `the ${what} "${entry.node.id}" cannot be reached: no answer leads to it`,
        path: nodePath(entry),
      });
    }
  }
  return problems;
}

/** Audiences a reader may still address under the source's limit, besides asking the source. */
export function audiencesWithin(cap: TlpLabel): readonly OutcomeAudience[] {
  switch (cap) {
    case 'TLP:RED':
      return ['source', 'already-told'];
    case 'TLP:AMBER+STRICT':
      return ['source', 'already-told', 'own-team'];
    case 'TLP:AMBER':
      return ['source', 'already-told', 'own-team', 'own-clients'];
    default:
      return ['source', 'already-told', 'own-team', 'own-clients', 'source-community'];
  }
}

/** Relative audiences whose members the tree cannot know: they may include anyone involved. */
const UNKNOWN_GROUPS: readonly OutcomeAudience[] = ['agreed-group', 'source-community', 'own-clients'];

/** Labels a relative audience can receive. */
export const RELATIVE_RECEIVES: Partial<Record<OutcomeAudience, readonly TlpLabel[]>> = {
  'own-team': TLP_LABELS,
  'own-clients': ['TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR'],
  source: TLP_LABELS,
  'already-told': TLP_LABELS,
  'source-community': ['TLP:GREEN', 'TLP:CLEAR'],
  'agreed-group': ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:CLEAR'],
};

/** A template's label where an outcome part recommends it: its fixed label, or the part's if it may carry that. */
export interface TemplateLabels {
  fixed?: TlpLabel;
  allowed?: readonly TlpLabel[];
}

export function templateLabelFor(template: TemplateLabels, partLabel: TlpLabel): TlpLabel | undefined {
  if (template.fixed) return template.fixed;
  return template.allowed?.includes(partLabel) ? partLabel : undefined;
}

/** The safety rules every path must keep, in the words the build uses when one is broken. */
export const SAFETY_RULES = {
  'source-limit':
    'no outcome may advise sharing wider than the label the source set; the way past it is to ask the source',
  'source-label': 'a request to the source carries the label the source set',
  involved: 'nothing may be sent to anyone the answers marked as involved, or to a group they may sit on',
  receive: 'every audience must be able to receive its part’s label under the TLP model',
  'template-label': 'a template must not carry a label wider than the part of the outcome it serves',
  'template-audience': 'a template must be meant for someone the answers did not mark as involved',
  'code-flaw': 'a flaw in code always ends at the vulnerability disclosure exit',
  leak: 'information that escaped by a leak ends at an outcome that follows the norm on escaped information',
  'no-parts': 'every outcome that is not an exit says who hears what',
} as const;

export interface PathProblem {
  rule: keyof typeof SAFETY_RULES;
  message: string;
  /** Field path inside the tree's file of what breaks the rule. */
  path: (string | number)[];
}

/** The answers of a path in words, to name it in a message. */
export function describePath(path: TreePath): string {
  return path.steps.map((step) => `"${step.option.answer}"`).join(' → ') || '(the first question)';
}

export interface SafetyContext {
  model: TlpModel;
  /** Each template's label, by template id. */
  templates: ReadonlyMap<string, TemplateLabels>;
  /** Whom each template is written for (its `audiences`), by template id. */
  templateAudiences: ReadonlyMap<string, readonly Audience[]>;
  /** The norm that handles information that escaped; paths through a leak must end at an outcome that links it. */
  escapedNorm: string;
}

/** The safety rules on one path. */
export function pathProblems(tree: DecisionTree, path: TreePath, context: SafetyContext): PathProblem[] {
  const problems: PathProblem[] = [];
  const { outcome, facts } = path;
  const outcomeIndex = tree.outcomes.indexOf(outcome);
  const at = (...rest: (string | number)[]) => ['outcomes', outcomeIndex, ...rest];
  const cap = capOf(facts);

  if (facts.codeFlaw && outcome.id !== tree.codeFlawExit) {
    // The mistake is where the answer that said "a flaw in code" leads, not in each outcome after it.
    const step = path.steps.find((each) => each.option.sets?.codeFlaw);
    const question = step ? tree.questions.indexOf(step.question) : -1;
    const option = step ? step.question.options.indexOf(step.option) : -1;
    problems.push({
      rule: 'code-flaw',
      message: `the answer "${step?.option.answer}" says it is a flaw in code, but leads on instead of to the code-flaw exit "${tree.codeFlawExit}"`,
      path: question >= 0 ? ['questions', question, 'options', option, 'next'] : at('id'),
    });
  }
  if (facts.leaked && !outcome.exit && !outcome.norms.some((norm) => norm.id === context.escapedNorm)) {
    problems.push({
      rule: 'leak',
      message: `a path that said the information escaped by a leak ends at "${outcome.id}", which does not link the norm "${context.escapedNorm}"`,
      path: at('norms'),
    });
  }
  const active = partsOn(outcome, facts);
  if (!outcome.exit && active.length === 0) {
    problems.push({
      rule: 'no-parts',
      message: `the outcome "${outcome.id}" says nothing about who hears what on this path: every part is left out`,
      path: at('parts'),
    });
  }

  outcome.parts.forEach((part, index) => {
    if (!active.includes(part)) return;
    const label = partLabel(part, facts);
    const name = `part ${index + 1} of "${outcome.id}" (${label} to ${part.audiences.map(audienceLabel).join(', ')})`;
    const onlyToSource = part.audiences.every((audience) => audience === 'source');

    if (cap && onlyToSource && part.label !== 'source' && label !== cap) {
      problems.push({
        rule: 'source-label',
        message: `${name} goes back to the source, so it must carry the source's label ${cap}: write label: source`,
        path: at('parts', index, 'label'),
      });
    }
    if (cap && !onlyToSource) {
      const within = audiencesWithin(cap);
      const outside = part.audiences.filter((audience) => !within.includes(audience));
      if (isWiderThan(label, cap) || outside.length > 0) {
        const reasons = [
          isWiderThan(label, cap) ? `its label ${label} is wider than ${cap}` : '',
          outside.length > 0
            ? `it reaches ${outside.map(audienceLabel).join(', ')}, while ${cap} reaches only ${within.map(audienceLabel).join(', ')}`
            : '',
        ].filter(Boolean);
        problems.push({
          rule: 'source-limit',
          message: `${name} goes beyond the limit the source set, ${cap}: ${reasons.join('; ')}`,
          path: at('parts', index, isWiderThan(label, cap) ? 'label' : 'audiences'),
        });
      }
    }

    // A public part reaches everyone, the involved included; what it may say is the outcome's text.
    const reached = label === 'TLP:CLEAR' ? new Set<OutcomeAudience>() : reach(context.model, part.audiences, label);
    const unknownGroups = part.audiences.filter((audience) => UNKNOWN_GROUPS.includes(audience));
    const involved = facts.involved.filter(
      (role) => reached.has(role) || (role !== 'accused' && unknownGroups.length > 0 && label !== 'TLP:CLEAR'),
    );
    // The reader's own group could be any body of the project; when it is involved, none can be assumed free of it.
    if (facts.involved.includes('own-team') && label !== 'TLP:CLEAR') {
      const bodies = part.audiences.filter((audience) => (PROJECT_BODIES as readonly string[]).includes(audience));
      if (bodies.length > 0 && !involved.includes('own-team')) involved.push('own-team');
    }
    if (involved.length > 0) {
      problems.push({
        rule: 'involved',
        message: `${name} reaches ${involved.map(audienceLabel).join(', ')}, which the answers marked as involved`,
        path: at('parts', index, 'audiences'),
      });
    }

    part.audiences.forEach((audience, position) => {
      const verdict =
        audience in AUDIENCES.labels
          ? canReceive(context.model, audience as Audience, label)
          : RELATIVE_RECEIVES[audience]?.includes(label)
            ? { ok: true }
            : { ok: false, reason: `${audienceLabel(audience)} cannot receive ${label} under this guide's TLP model` };
      if (!verdict.ok) {
        problems.push({
          rule: 'receive',
          message: `${name}: ${verdict.reason?.replace(/\.$/, '')}`,
          path: at('parts', index, 'audiences', position),
        });
      }
    });

    part.templates.forEach((ref, position) => {
      // A briefing written for the leadership body is the wrong tool when the leadership is involved.
      const meantFor = context.templateAudiences.get(ref.id) ?? [];
      const involvedRoles: readonly string[] = [
        ...facts.involved,
        ...(facts.involved.includes('own-team') ? PROJECT_BODIES : []),
      ];
      if (meantFor.length > 0 && meantFor.every((audience) => involvedRoles.includes(audience))) {
        problems.push({
          rule: 'template-audience',
          message: `${name} recommends the template "${ref.id}", which is written for ${meantFor.map(audienceLabel).join(', ')}, whom the answers marked as involved`,
          path: at('parts', index, 'templates', position),
        });
      }
      const template = context.templates.get(ref.id);
      if (!template) return;
      const used = templateLabelFor(template, label);
      if (!used) {
        problems.push({
          rule: 'template-label',
          message: `${name} recommends the template "${ref.id}", which cannot carry ${label} (it allows ${template.allowed?.join(', ')})`,
          path: at('parts', index, 'templates', position),
        });
      } else if (isWiderThan(used, label)) {
        problems.push({
          rule: 'template-label',
          message: `${name} recommends the template "${ref.id}", whose label ${used} is wider than the part's ${label}`,
          path: at('parts', index, 'templates', position),
        });
      }
    });
  });
  return problems;
}

/** Every safety problem on every path, each reported once per outcome field and rule, with the first path that shows it. */
export function safetyProblems(tree: DecisionTree, context: SafetyContext): (PathProblem & { example: string })[] {
  const found = new Map<string, PathProblem & { example: string }>();
  for (const path of enumeratePaths(tree)) {
    for (const problem of pathProblems(tree, path, context)) {
      const key = `${problem.rule}|${problem.path.join('.')}|${problem.rule === 'code-flaw' ? '' : problem.message}`;
      if (!found.has(key)) found.set(key, { ...problem, example: describePath(path) });
    }
  }
  return [...found.values()];
}
