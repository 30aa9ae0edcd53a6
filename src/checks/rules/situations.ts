/**
 * The rules that tie situations to the rest of the guidance: each situation follows the decision
 * tree and the TLP model (judged by `checkSituation`), every template can be reached from a
 * situation, and every threat points to a situation or says why none applies.
 */
import type { DecisionTree } from '../../model/decision-tree.ts';
import { treeProblems } from '../../model/tree-shape.ts';
import { checkSituation } from '../../model/situations.ts';
import { findRefs, type EntryKey } from '../../lib/references.ts';
import { templateLabels } from '../../lib/templates.ts';
import type { CollectionName } from '../../lib/collections.ts';
import type { ContentProblem } from '../problems.ts';
import type { RawEntry } from '../load.ts';
import { atField, type Rule, type ValidEntry } from './context.ts';

const HELP = 'situations';

/** Each step's label and audiences fit the outcome part it follows; the wizard answers exist and lead somewhere. */
export const situationsFollowTheTree: Rule = ({ of, data }) => {
  const tree = of('decisions')[0]?.parsed as DecisionTree | undefined;
  // Without a sound tree and the TLP model there is nothing to judge against; their own rules report why.
  if (!tree || !data.tlpModel || treeProblems(tree).length > 0) return [];
  const templates = templateLabels(of('templates').map((entry) => ({ id: entry.id, labels: entry.parsed })));
  const context = { tree, model: data.tlpModel, templates };
  return of('situations').flatMap((entry) =>
    checkSituation(entry.parsed, context).problems.map((problem) =>
      atField(entry, problem.path, { message: problem.message, expected: problem.expected, help: HELP }),
    ),
  );
};

/** Whether every situation file was read and passed its schema: otherwise a missing link may sit in one that failed. */
function allSituationsRead(
  entries: readonly ValidEntry[],
  everyEntry: readonly RawEntry[],
  unreadable: readonly EntryKey[],
): boolean {
  const count = (list: readonly { collection: CollectionName }[]) =>
    list.filter((entry) => entry.collection === 'situations').length;
  return count(unreadable) === 0 && count(entries) === count(everyEntry);
}

/** Ids of the entries of one collection that some situation links to. */
function linkedFromSituations(
  situations: readonly ValidEntry<'situations'>[],
  collection: CollectionName,
): Set<string> {
  return new Set(
    situations.flatMap((entry) =>
      findRefs(entry.parsed)
        .filter((ref) => ref.collection === collection)
        .map((ref) => ref.id),
    ),
  );
}

/** A reader in a hurry reaches templates through situations: home, situation, template. */
export const templatesReachedFromSituations: Rule = ({ entries, everyEntry, unreadable, of }) => {
  if (!allSituationsRead(entries, everyEntry, unreadable)) return [];
  const linked = linkedFromSituations(of('situations'), 'templates');
  return of('templates')
    .filter((entry) => !linked.has(entry.id))
    .map((entry): ContentProblem =>
      atField(entry, ['title'], {
        message: 'no situation links this template, so a reader cannot reach it in two taps from the home page',
        expected: `"${entry.id}" in the templates of a step, or of a situation, in content/situations/ where a reader needs it`,
        help: HELP,
      }),
    );
};

/** A threat says what to do if it is happening now: the situations that list it, or why there is none. */
export const threatsPointToSituations: Rule = ({ entries, everyEntry, unreadable, of }) => {
  if (!allSituationsRead(entries, everyEntry, unreadable)) return [];
  const linked = linkedFromSituations(of('situations'), 'threats');
  return of('threats').flatMap((entry): ContentProblem[] => {
    const listed = linked.has(entry.id);
    if (listed && entry.parsed.noSituation) {
      return [
        atField(entry, ['noSituation'], {
          message: 'a situation lists this threat, so "noSituation" no longer applies',
          expected: 'the noSituation field removed',
          help: HELP,
        }),
      ];
    }
    if (!listed && !entry.parsed.noSituation) {
      return [
        atField(entry, ['code'], {
          message: 'no situation lists this threat, and it does not say why none applies',
          expected: `"${entry.id}" in the threats of a situation in content/situations/, or "noSituation:" with one sentence on why no situation page applies`,
          help: HELP,
        }),
      ];
    }
    return [];
  });
};
