/** What pages derive from an entry's body or from other entries: template text, checklist items, decision outcomes. */
import { checklistSections, type ChecklistSection } from '../lib/checklists.ts';
import { parseMdx } from '../lib/markdown.ts';
import { templateBlocks } from '../lib/templates.ts';
import { COLLECTIONS } from '../lib/collections.ts';
import { findRefs, keyOf, type EntryKey } from '../lib/references.ts';
import type { Outcome, PlainOutcome, TreeShape } from '../lib/decision-tree.ts';
import { AUDIENCES } from '../lib/vocabulary.ts';
import { decisionNodePath } from '../lib/routes.ts';
import { entriesOf, hrefOf, resolve, url, type Entry } from './entries.ts';

/** The text of a template's ```template block; the content check guarantees there is exactly one. */
export function templateText(entry: Entry<'templates'>): string {
  return templateBlocks(parseMdx(entry.body ?? ''))[0]?.text ?? '';
}

export function checklistOf(entry: Entry<'checklists'>): ChecklistSection[] {
  return checklistSections(parseMdx(entry.body ?? ''));
}

/** Decision outcomes that send the reader to this entry. */
export async function outcomesPointingTo(key: EntryKey): Promise<Outcome[]> {
  const trees = await entriesOf('decisions');
  return trees.flatMap((tree) =>
    tree.data.outcomes.filter((outcome) => findRefs(outcome).some((ref) => keyOf(ref) === keyOf(key))),
  );
}

/** The decision tree as the wizard needs it in the browser: questions, and outcomes in plain words with resolved links. */
export async function wizardTree(tree: Entry<'decisions'>): Promise<TreeShape<PlainOutcome>> {
  const outcomes = await Promise.all(
    tree.data.outcomes.map(async (outcome): Promise<PlainOutcome> => {
      const linked = [
        ...(await resolve(outcome.templates)),
        ...(await resolve(outcome.checklists)),
        ...(await resolve(outcome.norms)),
      ];
      return {
        id: outcome.id,
        url: url(decisionNodePath(outcome.id)),
        title: outcome.title,
        label: outcome.label,
        timing: outcome.timing,
        audiences: outcome.audiences.map((item) => ({ label: AUDIENCES.label(item.audience), note: item.note })),
        next: linked.map((entry) => ({
          kind: COLLECTIONS[entry.collection].singular,
          title: entry.data.title,
          url: hrefOf(entry),
        })),
      };
    }),
  );
  return { start: tree.data.start, questions: tree.data.questions, outcomes };
}
