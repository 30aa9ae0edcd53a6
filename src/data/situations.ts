/**
 * Situations as their pages need them: each step with the label `checkSituation` resolved from the
 * decision tree, links to templates, outcomes and the framework's page the answers reach, and the
 * situations that point at a threat or an outcome.
 */
import { t } from '../i18n/index.ts';
import { HELPER_LINKS, type Helper } from '../lib/situations.ts';
import { collectionPath, decisionOutcomePath, url } from '../lib/routes.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import { statePath } from '../model/decision-states.ts';
import { checkSituation } from '../model/situations.ts';
import { decisionTree } from './decisions.ts';
import { templateLabelMap, tlpModel } from './derived.ts';
import { entriesOf, findEntry, hrefOf, linksTo, type Entry } from './entries.ts';

export interface LinkedTemplate {
  title: string;
  href: string;
  label: TlpLabel;
}

export type ShownStep =
  | { kind: 'tell'; label: TlpLabel; to: string[]; when: string; what: string; templates: LinkedTemplate[] }
  | { kind: 'call'; helper: string; link?: string; when: string; what: string; meanwhile: string };

export interface SituationView {
  steps: ShownStep[];
  /** The framework's page the situation's answers reach, what is asked or decided there, and which kind of page it is. */
  wizard: { href: string; title: string; lands: 'start' | 'question' | 'outcome' };
  outcomes: { title: string; href: string }[];
}

async function templateLink(id: string, label: TlpLabel): Promise<LinkedTemplate> {
  const entry = (await findEntry({ collection: 'templates', id }))!;
  return { title: entry.data.title, href: hrefOf(entry), label };
}

/** A situation ready to show; the content check has already refused any that does not fit the tree. */
export async function situationView(entry: Entry<'situations'>): Promise<SituationView> {
  const tree = (await decisionTree()).data;
  const check = checkSituation(entry.data, { tree, model: await tlpModel(), templates: await templateLabelMap() });
  const steps = await Promise.all(
    check.steps.map(async ({ step, label, templates }): Promise<ShownStep> => {
      if (step.call) {
        const helper = step.call as Helper;
        return {
          kind: 'call',
          helper: t(`helper.${helper}`),
          link: HELPER_LINKS[helper],
          when: step.when,
          what: step.what,
          meanwhile: step.meanwhile ?? '',
        };
      }
      return {
        kind: 'tell',
        label: label!,
        to: (step.to ?? []).map((audience) => t(`audience.${audience}`)),
        when: step.when,
        what: step.what,
        templates: await Promise.all(templates.map((template) => templateLink(template.id, template.label))),
      };
    }),
  );
  const wizard = check.wizard!;
  const node =
    wizard.kind === 'question'
      ? tree.questions.find((question) => question.id === wizard.node)!.question
      : tree.outcomes.find((outcome) => outcome.id === wizard.node)!.title;
  const path = statePath(collectionPath('decisions'), tree.start, wizard.node, wizard.facts);
  return {
    steps,
    wizard: {
      href: url(path),
      title: node,
      lands: wizard.kind === 'outcome' ? 'outcome' : path === collectionPath('decisions') ? 'start' : 'question',
    },
    outcomes: entry.data.outcomes.map((id) => ({
      title: tree.outcomes.find((outcome) => outcome.id === id)!.title,
      href: url(decisionOutcomePath(id)),
    })),
  };
}

/** The situations that link to an entry, such as a threat or a template. */
export async function situationsLinking(entry: Entry): Promise<Entry<'situations'>[]> {
  return (await linksTo(entry)).filter((other): other is Entry<'situations'> => other.collection === 'situations');
}

/** The situations that follow a decision outcome. */
export async function situationsFollowing(outcomeId: string): Promise<Entry<'situations'>[]> {
  return (await entriesOf('situations')).filter((entry) => entry.data.outcomes.includes(outcomeId));
}
