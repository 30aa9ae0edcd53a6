/**
 * Rules on the decision framework: one tree, sound in shape (every answer leads somewhere, no
 * loops, nothing unreachable), and safe on every path it can take.
 */
import { templateLabels } from '../../lib/templates.ts';
import type { DecisionTree } from '../../model/decision-tree.ts';
import { SAFETY_RULES, safetyProblems } from '../../model/tree-safety.ts';
import { treeProblems } from '../../model/tree-shape.ts';
import { atField, type Rule } from './context.ts';

/** The norm that covers information that escaped; a path through a leak must end at an outcome that links it. */
export const ESCAPED_NORM = 'when-information-escapes';

export const decisionTreeSound: Rule = ({ of, data }) => {
  const trees = of('decisions');
  const extra = trees.slice(1).map((entry) =>
    atField(entry, [], {
      message: `the site publishes one decision tree and ${trees[0]!.file} is it; merge this one into it`,
      help: 'the-decision-tree',
    }),
  );
  const templateEntries = of('templates');
  const templates = templateLabels(templateEntries.map((entry) => ({ id: entry.id, labels: entry.parsed })));
  const templateAudiences = new Map(templateEntries.map((entry) => [entry.id, entry.parsed.audiences]));
  const needAgreement = new Set(
    templateEntries.filter((entry) => entry.parsed.needsAgreement).map((entry) => entry.id),
  );
  return [
    ...extra,
    ...trees.flatMap((entry) => {
      const tree = entry.parsed as DecisionTree;
      const shape = treeProblems(tree);
      // The safety rules walk every path, which needs a sound shape and the TLP model.
      if (shape.length > 0 || !data.tlpModel) {
        return shape.map((problem) =>
          atField(entry, problem.path, { message: problem.message, help: 'the-decision-tree' }),
        );
      }
      const context = { model: data.tlpModel, templates, templateAudiences, needAgreement, escapedNorm: ESCAPED_NORM };
      return safetyProblems(tree, context).map((problem) =>
        atField(entry, problem.path, {
          message: `${problem.message}. The rule: ${SAFETY_RULES[problem.rule]}`,
          found: problem.example && `on the path ${problem.example}`,
          fix: problem.fix,
          help: 'the-decision-tree',
        }),
      );
    }),
  ];
};
