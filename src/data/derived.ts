/** What pages derive from an entry's body or from other entries: template text, checklist items, decision outcomes. */
import { checklistSections, type ChecklistSection } from '../lib/checklists.ts';
import { parseMdx } from '../lib/markdown.ts';
import { restrictionFor, templateBlocks } from '../lib/templates.ts';
import { findRefs, keyOf, type EntryKey } from '../lib/references.ts';
import { getCollection } from 'astro:content';
import type { Outcome, TemplateLabels } from '../model/decision-tree.ts';
import { templateLabels } from '../lib/templates.ts';
import { instructionFor } from '../model/tlp-model.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import type { TlpModel } from '../schemas/tlp-model.ts';
import { entriesOf, type Entry } from './entries.ts';

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

/** How this guidance applies TLP (content/tlp-model.yaml); the content check guarantees it is there. */
export async function tlpModel(): Promise<TlpModel> {
  const [entry] = await getCollection('tlpModel');
  return entry!.data;
}

/** Each template's label, fixed or depending on what it carries, by template id. */
export async function templateLabelMap(): Promise<Map<string, TemplateLabels>> {
  return templateLabels((await entriesOf('templates')).map((entry) => ({ id: entry.id, labels: entry.data })));
}

/** What a template's recipients may do with it under a label: its own words, or the TLP model's. */
export async function restrictionOf(entry: Entry<'templates'>, label: TlpLabel): Promise<string | undefined> {
  if (label === 'TLP:CLEAR') return undefined;
  return restrictionFor(entry.data.restriction, label) ?? instructionFor(await tlpModel(), label);
}
