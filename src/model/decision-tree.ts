/**
 * The disclosure decision tree. Answers establish facts (the label the source set, who is involved,
 * a flaw in code, a leak) that later routes and outcomes must respect. The tree is small enough to
 * walk every path, so the build proves its safety rules on each one (tree-safety.ts), after its
 * shape (tree-shape.ts).
 */
import type { EntryData } from '../schemas/index.ts';
import type { TlpLabel } from '../lib/tlp.ts';

export type DecisionTree = EntryData<'decisions'>;
export type Question = DecisionTree['questions'][number];
export type Option = Question['options'][number];
export type Outcome = DecisionTree['outcomes'][number];
export type Part = Outcome['parts'][number];
export type Condition = Option['instead'][number]['when'];
export type Involvable = NonNullable<Condition['involved']>[number];
export type SourceLimit = TlpLabel | 'none';
export type Situation = NonNullable<Condition['about']>[number];
type Sets = NonNullable<Option['sets']>;
export type LimitOrigin = NonNullable<Sets['limitFrom']>;
export type Agreement = NonNullable<Sets['agreed']>;

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
  /** Set when the limit is not the source's own label: this guide's default, or an agreement. */
  limitFrom: LimitOrigin | null;
  /** What the source and the person at risk explicitly agreed to beyond the limit. */
  agreed: Agreement | null;
  involved: Involvable[];
  codeFlaw: boolean;
  leaked: boolean;
}

export const NO_FACTS: Facts = {
  about: null,
  sourceLimit: null,
  limitFrom: null,
  agreed: null,
  involved: [],
  codeFlaw: false,
  leaked: false,
};

export function applyFacts(facts: Facts, sets: Option['sets']): Facts {
  if (!sets) return facts;
  const newLimit = sets.sourceLimit !== undefined;
  return {
    about: sets.about ?? facts.about,
    sourceLimit: sets.sourceLimit ?? facts.sourceLimit,
    limitFrom: newLimit ? (sets.limitFrom ?? null) : (sets.limitFrom ?? facts.limitFrom),
    agreed: sets.agreed ?? facts.agreed,
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
  if (condition.agreed && (!facts.agreed || !condition.agreed.includes(facts.agreed))) return false;
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

/** The label the source set (or that stands in for it), whatever they later agreed to; undefined for none. */
export function limitOf(facts: Facts): TlpLabel | undefined {
  return facts.sourceLimit && facts.sourceLimit !== 'none' && facts.sourceLimit !== 'TLP:CLEAR'
    ? facts.sourceLimit
    : undefined;
}

/**
 * The limit every part must keep, or undefined when nothing limits sharing. Agreement to a public
 * statement lifts it for the words agreed; agreement to one group adds that group only (see
 * audiencesWithin), so the limit stays.
 */
export function capOf(facts: Facts): TlpLabel | undefined {
  return facts.agreed === 'public' ? undefined : limitOf(facts);
}

/** A part's label on a path: "source" is the label the source set (TLP:RED if none was set). */
export function partLabel(part: Part, facts: Facts): TlpLabel {
  return part.label === 'source' ? (limitOf(facts) ?? 'TLP:RED') : part.label;
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

/** A template's label where an outcome part recommends it: its fixed label, or the part's if it may carry that. */
export interface TemplateLabels {
  fixed?: TlpLabel;
  allowed?: readonly TlpLabel[];
}

export function templateLabelFor(template: TemplateLabels, partLabel: TlpLabel): TlpLabel | undefined {
  if (template.fixed) return template.fixed;
  return template.allowed?.includes(partLabel) ? partLabel : undefined;
}

/** The answers of a path in words, to name it in a message. */
export function describePath(path: TreePath): string {
  return path.steps.map((step) => `"${step.option.answer}"`).join(' → ') || '(the first question)';
}
