/**
 * The decision tree's shape, before any path is walked: unique ids, every answer leads somewhere,
 * the exits are exits, every node can be reached, and no answers loop back on themselves.
 */
import { indexTree, type DecisionTree, type Option, type TreeNode, type TreeProblem } from './decision-tree.ts';

function nodePath(entry: TreeNode): (string | number)[] {
  return [entry.kind === 'question' ? 'questions' : 'outcomes', entry.index, 'id'];
}

const targetsOf = (option: Option) => [option.next, ...option.instead.map((route) => route.next)];

/** The tree's shape: unique ids, every answer leads somewhere, every node reachable, no loops. */
export function treeProblems(tree: DecisionTree): TreeProblem[] {
  const problems = nodeIdProblems(tree);
  const nodes = indexTree(tree);
  if (nodes.get(tree.start)?.kind !== 'question') {
    problems.push({
      message: `the tree starts at "${tree.start}", which is not the id of a question`,
      path: ['start'],
    });
    return problems;
  }
  problems.push(...answerProblems(tree, nodes), ...exitProblems(tree, nodes));
  // A link to an id that does not exist usually means a typo for a node that now looks unreachable:
  // report the link only, once, rather than both.
  const dangling = problems.some((problem) => problem.message.includes('leads nowhere'));
  problems.push(...loopProblems(tree, nodes, !dangling));
  return problems;
}

function nodeIdProblems(tree: DecisionTree): TreeProblem[] {
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
  return problems;
}

/** Each question's answers have ids of their own and lead to nodes that exist. */
function answerProblems(tree: DecisionTree, nodes: ReadonlyMap<string, TreeNode>): TreeProblem[] {
  const problems: TreeProblem[] = [];
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
  return problems;
}

/** The exits every question offers, and the code-flaw exit, are outcomes marked exit: true. */
function exitProblems(tree: DecisionTree, nodes: ReadonlyMap<string, TreeNode>): TreeProblem[] {
  const problems: TreeProblem[] = [];
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
  return problems;
}

/** Loops, found depth-first from the start over every route, and (when asked) nodes no answer reaches. */
function loopProblems(
  tree: DecisionTree,
  nodes: ReadonlyMap<string, TreeNode>,
  reportUnreachable: boolean,
): TreeProblem[] {
  const problems: TreeProblem[] = [];
  // Grey nodes are on the current path, so meeting one again is a loop.
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
  if (!reportUnreachable) return problems;
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
