/**
 * Message templates: finding the ```template block in an entry's body, the {{placeholders}} in it,
 * and composing a message with its TLP label where TLP 2.0 puts it (the email subject line and
 * directly before the text). Used by the content checks, the pages, the downloads and the filler.
 */
import type { Code, Root } from 'mdast';
import { PUBLIC_LABEL, type TlpLabel } from './tlp.ts';

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

/** Replaces each {{name}} that has a non-empty value; the others stay visible for the writer to fill. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const value = values[inner.trim()];
    return value && value.trim() ? value : whole;
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
  values?: Readonly<Record<string, string>>;
  /**
   * Whether to write the label into the message. The default marks every label except
   * TLP:CLEAR: a public post reads oddly with a label its readers may not know.
   */
  markLabel?: boolean;
}

export function composeMessage(template: string, options: ComposeOptions): Message {
  const { subject, body } = splitSubject(fillPlaceholders(template, options.values ?? {}));
  const mark = options.markLabel ?? options.label !== PUBLIC_LABEL;
  if (!mark) return { subject, body };
  return {
    subject: subject === undefined ? undefined : `[${options.label}] ${subject}`,
    body: `${options.label}\n\n${body}`,
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
