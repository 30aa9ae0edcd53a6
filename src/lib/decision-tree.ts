/**
 * The disclosure decision tree: its integrity (every answer leads somewhere, every node reachable,
 * no loops) and walking it (the static pages link node to node; the wizard replays a path).
 */
import type { EntryData } from '../schemas/index.ts';

export type DecisionTree = EntryData<'decisions'>;
export type Question = DecisionTree['questions'][number];
export type Outcome = DecisionTree['outcomes'][number];

export type TreeNode =
  { kind: 'question'; node: Question; index: number } | { kind: 'outcome'; node: Outcome; index: number };

export interface TreeProblem {
  message: string;
  /** Field path inside the tree's file, to point at the right line. */
  path: (string | number)[];
}

export function indexTree(tree: DecisionTree): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  tree.questions.forEach((node, index) => nodes.set(node.id, { kind: 'question', node, index }));
  tree.outcomes.forEach((node, index) => nodes.set(node.id, { kind: 'outcome', node, index }));
  return nodes;
}

function nodePath(entry: TreeNode): (string | number)[] {
  return [entry.kind === 'question' ? 'questions' : 'outcomes', entry.index, 'id'];
}

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
    question.options.forEach((option, o) => {
      if (!nodes.has(option.next)) {
        problems.push({
          message: `the answer "${option.answer}" to "${question.question}" leads nowhere: no question or outcome has the id "${option.next}"`,
          path: ['questions', q, 'options', o, 'next'],
        });
      }
    });
  });

  // Depth-first from the start: grey nodes are on the current path, so meeting one again is a loop.
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
    if (entry.kind === 'question') for (const option of entry.node.options) visit(option.next, [...trail, id]);
    state.set(id, 'black');
  };
  visit(tree.start, []);

  for (const entry of nodes.values()) {
    if (!state.has(entry.node.id)) {
      const what = entry.kind === 'question' ? 'question' : 'outcome';
      problems.push({
        message: `the ${what} "${entry.node.id}" cannot be reached: no answer leads to it`,
        path: nodePath(entry),
      });
    }
  }
  return problems;
}

/** The parts of a tree a walk needs; the wizard sends only these to the browser. */
export interface TreeShape<O extends { id: string } = { id: string }> {
  start: string;
  questions: Question[];
  outcomes: O[];
}

export interface Step {
  question: Question;
  /** The answer taken, unless this is the question still open. */
  chosen?: Question['options'][number];
}

export interface Walk<O extends { id: string } = Outcome> {
  steps: Step[];
  outcome?: O;
}

/**
 * Replays a path written as the ids of the nodes reached after the start (the wizard keeps it in
 * the URL). Stops at the first id that does not follow from the previous question.
 */
export function followPath<O extends { id: string }>(tree: TreeShape<O>, reached: readonly string[]): Walk<O> {
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const steps: Step[] = [];
  let question = questions.get(tree.start);
  for (const id of reached) {
    const chosen = question?.options.find((option) => option.next === id);
    if (!question || !chosen) break;
    steps.push({ question, chosen });
    const outcome = outcomes.get(id);
    if (outcome) return { steps, outcome };
    question = questions.get(id);
  }
  if (question) steps.push({ question });
  return { steps };
}

/** An outcome as the wizard shows and copies it: names and addresses resolved, in plain words. */
export interface PlainOutcome {
  id: string;
  /** The outcome's own page. */
  url: string;
  title: string;
  label: string;
  timing: string;
  audiences: { label: string; note?: string }[];
  next: { kind: string; title: string; url: string }[];
}

/** The outcome as plain text to paste into a chat or an email: label, audiences, timing, next steps. */
export function outcomeText(outcome: PlainOutcome, pageUrl: string): string {
  const lines = [
    outcome.title,
    '',
    `Label: ${outcome.label}`,
    `Timing: ${outcome.timing}`,
    '',
    'Who hears it, in this order:',
    ...outcome.audiences.map(
      (audience, index) => `${index + 1}. ${audience.label}${audience.note ? `: ${audience.note}` : ''}`,
    ),
  ];
  if (outcome.next.length > 0) {
    lines.push('', 'Next steps:', ...outcome.next.map((step) => `- ${step.kind}: ${step.title} (${step.url})`));
  }
  lines.push('', `From: ${pageUrl}`);
  return `${lines.join('\n')}\n`;
}
