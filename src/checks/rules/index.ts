/**
 * The integrity rules: what a schema cannot state, across entries. One ordered list; each rule
 * lives with the others of its topic, and all share one context (src/checks/rules/context.ts).
 */
import { stixIdsSound } from './stix-ids.ts';
import { casesCiteSources, caseQuotesStayInCases } from './cases.ts';
import { checklistsHaveItems } from './checklists.ts';
import type { Rule } from './context.ts';
import { injectsInOrder } from './exercises.ts';
import { exposureSound } from './exposure.ts';
import { bodiesReadable, yamlPortable } from './files.ts';
import { componentsKnown, pageRoutesFree, publicCasesExist, referencesResolve } from './links.ts';
import { tlpModelSound } from './model.ts';
import { reviewStatusSound } from './review.ts';
import { situationsFollowTheTree, templatesReachedFromSituations, threatsPointToSituations } from './situations.ts';
import { templatesFollowModel, templatesMatchPlaceholders } from './templates.ts';
import { threatCodesUnique } from './threats.ts';
import { decisionTreeSound } from './tree.ts';

export { ruleContext, type Rule, type RuleContext } from './context.ts';

export const RULES: readonly Rule[] = [
  bodiesReadable,
  referencesResolve,
  threatCodesUnique,
  templatesMatchPlaceholders,
  checklistsHaveItems,
  decisionTreeSound,
  pageRoutesFree,
  injectsInOrder,
  tlpModelSound,
  exposureSound,
  templatesFollowModel,
  casesCiteSources,
  publicCasesExist,
  componentsKnown,
  caseQuotesStayInCases,
  yamlPortable,
  reviewStatusSound,
  stixIdsSound,
  situationsFollowTheTree,
  templatesReachedFromSituations,
  threatsPointToSituations,
];
