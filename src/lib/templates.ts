/**
 * Message templates: finding the ```template block in an entry's body, the {{placeholders}} in it,
 * what a restriction grants, and the labels a template names; composing a message is in
 * messages.ts, which the browser's filler uses too. Used by the content checks, the pages and the
 * downloads.
 */
import type { Code, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { contentT, t } from '../i18n/index.ts';
import { PLACEHOLDER } from './messages.ts';
import { TLP_LABELS, type TlpLabel } from './tlp.ts';

export * from './messages.ts';

export interface TemplateBlock {
  text: string;
  /** Line of the opening fence, counted from the start of the body. */
  line: number;
}

export function templateBlocks(tree: Root): TemplateBlock[] {
  return tree.children
    .filter((node): node is Code => node.type === 'code' && node.lang === 'template')
    .map((node) => ({ text: node.value, line: node.position?.start.line ?? 1 }));
}

/**
 * What a placeholder takes: free text; a TLP label (the filler offers only the labels); or the
 * people beyond the recipients whom the restriction lets them tell, which widens the label and so
 * only the source may fill in (the site says so next to it, from RECIPIENTS_RULE).
 */
export const PLACEHOLDER_KINDS = ['text', 'label', 'recipients'] as const;

/**
 * What the site says next to a `recipients` placeholder, wherever it is filled in. The rule it
 * applies is the TLP model's "only the source can widen"; a placeholder's own description must not
 * say who decides, so no template can tell a reader who is not the source that they may widen.
 */
/** What a recipients placeholder is filled with when no one beyond the recipients may be told: a word of the message, so in the content's language. */
export const NO_RECIPIENTS = contentT('content.template.noRecipients');

export const RECIPIENTS_RULE = t('template.recipientsRule', { none: NO_RECIPIENTS });

/** Words in a recipients placeholder's description that would say who decides; the site's rule says that. */
export const WHO_DECIDES = /\b(?:source|decides?|decided|choose|chooses|up to you|you agree)\b/i;

/** Words in a restriction that let the recipients tell more people: a placeholder after them widens the label. */
const GRANTS = /\b(?:may|can)\s+(?:also\s+)?(?:tell|be told|know|hear)\b|\bbeyond\b/i;

/** The restriction's texts: one for every label, or one per label when it depends on the label. */
export type Restriction = string | Partial<Record<TlpLabel, string>>;

export function restrictionTexts(restriction: Restriction | undefined): string[] {
  if (restriction === undefined) return [];
  return typeof restriction === 'string'
    ? [restriction]
    : Object.values(restriction).filter((text) => text !== undefined);
}

/** A template's own restriction for a label, if it has one. */
export function restrictionFor(restriction: Restriction | undefined, label: TlpLabel): string | undefined {
  return typeof restriction === 'string' ? restriction : restriction?.[label];
}

/** Values a message starts with before anyone types: "none" for every recipients placeholder. */
export function placeholderDefaults(placeholders: readonly { name: string; kind?: string }[]): Record<string, string> {
  return Object.fromEntries(
    placeholders.filter((placeholder) => placeholder.kind === 'recipients').map(({ name }) => [name, NO_RECIPIENTS]),
  );
}

/**
 * Placeholders that a restriction uses to let the recipients tell more people: those in a sentence
 * after words such as "you may tell" or "beyond them". Each must be declared `kind: recipients`.
 */
export function grantingPlaceholders(restriction: Restriction | undefined): string[] {
  const names = new Set<string>();
  for (const text of restrictionTexts(restriction)) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const grant = GRANTS.exec(sentence);
      if (!grant) continue;
      for (const match of sentence.slice(grant.index).matchAll(PLACEHOLDER)) names.add(match[1]!.trim());
    }
  }
  return [...names];
}

/** A template's labels: its fixed label, or those it may carry, the strictest first. */
export function labelsOf(fields: TemplateLabelFields): TlpLabel[] {
  return fields.messageLabel ? [fields.messageLabel] : [...(fields.messageLabels?.allowed ?? [])];
}

/** The heading of a template's worked example, whose labels must match the message's, as the content's language writes it. */
export const EXAMPLE_HEADING = contentT('content.template.example');

const LABEL_IN_TEXT = new RegExp(`${TLP_LABELS.map((label) => label.replace('+', '\\+')).join('|')}`, 'g');

export interface LabelMention {
  label: TlpLabel;
  /** Line in the body. */
  line: number;
  where: 'message' | 'worked example';
}

/** The TLP labels named in a template's message and in its worked example. */
export function labelMentions(tree: Root, block: TemplateBlock | undefined): LabelMention[] {
  const mentions: LabelMention[] = [];
  if (block) {
    block.text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(LABEL_IN_TEXT)) {
        mentions.push({ label: match[0] as TlpLabel, line: block.line + 1 + index, where: 'message' });
      }
    });
  }
  let inExample = false;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth <= 2) inExample = toString(node).trim() === EXAMPLE_HEADING;
      continue;
    }
    if (!inExample) continue;
    const text = toString(node);
    const line = node.position?.start.line ?? 1;
    for (const match of text.matchAll(LABEL_IN_TEXT)) {
      mentions.push({ label: match[0] as TlpLabel, line, where: 'worked example' });
    }
  }
  return mentions;
}

/** A template's label: fixed, or the labels it may carry when the label depends on what it carries. */
export interface TemplateLabelFields {
  messageLabel?: TlpLabel;
  messageLabels?: { allowed: readonly TlpLabel[] };
}

/** Each template's label as the decision tree's checks and pages need it, by template id. */
export function templateLabels(
  templates: readonly { id: string; labels: TemplateLabelFields }[],
): Map<string, { fixed?: TlpLabel; allowed?: readonly TlpLabel[] }> {
  return new Map(
    templates.map(({ id, labels }) => [id, { fixed: labels.messageLabel, allowed: labels.messageLabels?.allowed }]),
  );
}
