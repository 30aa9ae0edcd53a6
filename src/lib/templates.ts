/**
 * Message templates: finding the ```template block in an entry's body, the {{placeholders}} in it,
 * and composing a message with its TLP label where TLP 2.0 puts it: for a message, the email
 * subject line and directly before the text; for a document, the top and the bottom, for the page
 * header and footer. Used by the content checks, the pages, the downloads and the filler.
 */
import type { Code, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { h2 } from './headings.ts';
import { PUBLIC_LABEL, TLP_LABELS, isTlpLabel, type TlpLabel } from './tlp.ts';

/** The heading of a template page's message, written by the fill-in tool and listed in the contents. */
export const MESSAGE_HEADING = h2('the-message', 'The message');

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

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** Placeholder names as they appear in a template block: {{like_this}}. */
export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

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
export const RECIPIENTS_RULE =
  'Name only people the source of the information has agreed to, by role. If you are not its source and have not asked, write none.';

/** What a recipients placeholder is filled with when no one beyond the recipients may be told. */
export const NO_RECIPIENTS = 'none';

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

export interface PlaceholderScan {
  /** Well-formed names, each once, in order of first use. */
  names: string[];
  /** Text between {{ and }} that is not a valid name, as written. */
  malformed: string[];
}

export function scanPlaceholders(text: string): PlaceholderScan {
  const names: string[] = [];
  const malformed: string[] = [];
  for (const [whole, inner = ''] of text.matchAll(PLACEHOLDER)) {
    const name = inner.trim();
    if (!PLACEHOLDER_NAME.test(name)) malformed.push(whole);
    else if (!names.includes(name)) names.push(name);
  }
  return { names, malformed };
}

/**
 * Replaces each {{name}} that has a non-empty value; the others stay visible for the writer to fill.
 * A value ending in a full stop loses it where the template already has one, so no ".." appears.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, inner: string, offset: number) => {
    const value = values[inner.trim()]?.trim();
    if (!value) return whole;
    return text[offset + whole.length] === '.' ? value.replace(/\.$/, '') : value;
  });
}

export interface Message {
  subject?: string;
  body: string;
}

const SUBJECT_LINE = /^Subject:[ \t]*(.*)\r?\n(?:[ \t]*\r?\n)?/;

/** A template may start with a `Subject:` line, for messages sent by email. */
export function splitSubject(text: string): Message {
  const match = SUBJECT_LINE.exec(text);
  return match ? { subject: match[1]!.trim(), body: text.slice(match[0].length) } : { body: text };
}

export interface ComposeOptions {
  label: TlpLabel;
  /** What the recipients may do with it, placed directly after the label as TLP 2.0 asks. */
  restriction?: string;
  values?: Readonly<Record<string, string>>;
  /**
   * Whether to write TLP:CLEAR into a public message; a public post reads oddly with a label its
   * readers may not know. Every other label is always written: TLP 2.0 requires it.
   */
  markClear?: boolean;
  /**
   * A document, such as minutes: the label and its restriction go at the top and at the bottom,
   * for the page header and footer, whatever the label, and {{label}} in the text is filled in.
   */
  document?: boolean;
  /** Placeholders that take a TLP label: a value that is not one is left unfilled. */
  labelPlaceholders?: readonly string[];
}

/** The placeholder through which a document's text names its own label; the site fills it in. */
export const LABEL_PLACEHOLDER = 'label';

export function composeMessage(template: string, options: ComposeOptions): Message {
  const values = { ...options.values };
  for (const name of options.labelPlaceholders ?? []) if (!isTlpLabel(values[name]?.trim())) delete values[name];
  if (options.document) values[LABEL_PLACEHOLDER] = options.label;
  const restriction = options.restriction && fillPlaceholders(options.restriction, values);
  const { subject, body } = splitSubject(fillPlaceholders(template, values));
  const heading = restriction ? `${options.label}\n${restriction}` : options.label;
  if (options.document) return { subject, body: `${heading}\n\n${body.trimEnd()}\n\n${heading}\n` };
  const mark = options.label !== PUBLIC_LABEL || options.markClear === true;
  if (!mark) return { subject, body };
  return {
    subject: subject === undefined ? undefined : `[${options.label}] ${subject}`,
    body: `${heading}\n\n${body}`,
  };
}

/** A template's labels: its fixed label, or those it may carry, the strictest first. */
export function labelsOf(fields: TemplateLabelFields): TlpLabel[] {
  return fields.messageLabel ? [fields.messageLabel] : [...(fields.messageLabels?.allowed ?? [])];
}

/** The message as one text, e.g. for the clipboard: the subject line first when there is one. */
export function messageText(message: Message): string {
  const body = message.body.replace(/\s+$/, '');
  return message.subject === undefined ? `${body}\n` : `Subject: ${message.subject}\n\n${body}\n`;
}

export interface Segment {
  text: string;
  /** Set when this piece is a placeholder still to be filled in. */
  placeholder?: string;
}

/** Splits a message into plain text and unfilled placeholders, so both can be shown apart. */
export function segments(text: string): Segment[] {
  const parts: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], placeholder: match[1]!.trim() });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The heading of a template's worked example, whose labels must match the message's. */
export const EXAMPLE_HEADING = 'A filled-in example';

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
