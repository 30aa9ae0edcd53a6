/** The decision framework as its pages need it: the tree, its states, and outcome parts ready to show. */
import type { Facts, Outcome } from '../model/decision-tree.ts';
import { enumerateStates, partCondition, resolveParts, type State } from '../model/decision-states.ts';
import { collectionPath } from '../lib/routes.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import { t } from '../i18n/index.ts';
import { templateLabelMap } from './derived.ts';
import { entriesOf, findEntry, hrefOf, type Entry } from './entries.ts';

/** A part of an outcome as its page shows it: who hears what, under which label, with which templates. */
export interface ShownPart {
  /** The part's label, or undefined where it is the label the source set (general page only). */
  label?: TlpLabel;
  audiences: string[];
  what: string;
  templates: { title: string; href: string; label: TlpLabel | 'as the part' }[];
  /** When the part applies, on the general page. */
  condition?: string;
}

/** The one decision tree; the content check guarantees there is exactly one. */
export async function decisionTree(): Promise<Entry<'decisions'>> {
  const [tree] = await entriesOf('decisions');
  return tree!;
}

let states: Promise<State[]> | undefined;

/** Every page of the framework, each node in each state some path reaches. Site-relative paths, without the base. */
export function decisionStates(): Promise<State[]> {
  states ??= decisionTree().then((tree) => enumerateStates(tree.data, collectionPath('decisions')));
  return states;
}

async function templateLink(id: string): Promise<{ title: string; href: string }> {
  const entry = (await findEntry({ collection: 'templates', id }))!;
  return { title: entry.data.title, href: hrefOf(entry) };
}

/** An outcome's parts as they apply on a path with these facts. */
export async function partsOnPath(outcome: Outcome, facts: Facts): Promise<ShownPart[]> {
  const labels = await templateLabelMap();
  return Promise.all(
    resolveParts(outcome, facts, labels).map(async (part) => ({
      label: part.label,
      audiences: part.audiences.map((audience) => audience.label),
      what: part.what,
      templates: await Promise.all(
        part.templates.map(async (template) => ({ ...(await templateLink(template.id)), label: template.label })),
      ),
    })),
  );
}

/** Every part of an outcome, each with the condition under which it applies: the outcome's general page. */
export async function partsInGeneral(outcome: Outcome): Promise<ShownPart[]> {
  const labels = await templateLabelMap();
  return Promise.all(
    outcome.parts.map(async (part) => ({
      label: part.label === 'source' ? undefined : part.label,
      audiences: part.audiences.map((audience) => t(`audience.${audience}`)),
      what: part.what,
      condition: partCondition(part),
      templates: await Promise.all(
        part.templates.map(async (ref) => ({
          ...(await templateLink(ref.id)),
          label: labels.get(ref.id)?.fixed ?? ('as the part' as const),
        })),
      ),
    })),
  );
}
