/**
 * A message made from a template, as the browser's fill-in tool and the pages both compose it:
 * its {{placeholders}}, filled or left visible, and its TLP label where TLP 2.0 puts it: for a
 * message, the email subject line and directly before the text; for a document, the top and the
 * bottom, for the page header and footer. No words of its own, so the tool's script stays small.
 */
import { PUBLIC_LABEL, isTlpLabel, type TlpLabel } from './tlp.ts';

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** Placeholder names as they appear in a template block: {{like_this}}. */
export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

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
