/**
 * The pseudo-locale check: in a build with SITE_LOCALE=pseudo, every string the dictionary gives is
 * marked ⟦like this⟧, so interface text that does not come from the dictionary shows up unmarked.
 * Text that comes from content is not marked either, and is told apart by being, whole, a piece of
 * the content's own text: a field's value, or a run of text of an entry's Markdown, as the page
 * shows it between two elements. A few words the content merely quotes (an entry that says "use
 * Edit this page") therefore do not pass as content where the interface shows them on their own.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseAllDocuments } from 'yaml';
import { LOCALES } from '../../src/i18n/locales.ts';
import { FRONTMATTER, parseMarkdown, parseMdx } from '../../src/lib/markdown.ts';
import { TLP_LABELS } from '../../src/lib/tlp.ts';
import { SITE_NAME } from '../../src/site.config.ts';

export const [OPEN, CLOSE] = LOCALES.pseudo.mark;

/** A piece of text the page shows, and where: text of an element, or an attribute read aloud or shown. */
export interface ShownText {
  text: string;
  where: string;
}

/**
 * Names that are never translated and come from neither the dictionary nor content: the site's
 * name (a setting, as Starlight's title is) and a file name the About page links to.
 */
export const NEVER_TRANSLATED: readonly string[] = [SITE_NAME, 'CITATION.cff'];

/** Two letters in a row: text with fewer (a number, "·", "K", "/") says nothing in any language. */
const WORDS = /\p{L}{2,}/u;

/**
 * What separates pieces that come from different places, in a page's text and in content alike:
 * lines, a message's "Subject:" (the email header, where the label goes), TLP labels, the brackets
 * round a subject's label, {{placeholders}}, citation marks, and addresses (a Markdown result links
 * each threat).
 */
const SEPARATORS = new RegExp(
  [
    '\\n',
    '(?<=^|\\n)Subject:',
    ...TLP_LABELS.map((label) => label.replace('+', '\\+')),
    '\\[\\^[a-z0-9-]+\\]',
    '\\{\\{[^{}]*\\}\\}',
    '\\[',
    '\\]',
    '\\(?https?://[^\\s)]*\\)?',
  ].join('|'),
);

/** Spaces, punctuation, symbols and a list item's number at either end of a piece, such as the " · " after a title. */
const EDGES = /^(?:[\s\p{P}\p{S}]|\d+\.\s)+|[\s\p{P}\p{S}]+$/gu;

/** Quotes, dashes and spacing as content and pages may write them differently. */
export function normalized(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[ \t\r\f\v]+/g, ' ');
}

/** A text cut where its pieces may come from different places, each trimmed of punctuation at its ends. */
export function pieces(text: string): string[] {
  return normalized(text)
    .split(SEPARATORS)
    .map((piece) => piece.replace(/\s+/g, ' ').replace(EDGES, ''))
    .filter((piece) => piece !== '');
}

function markdownTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
  });
  return texts;
}

function yamlTexts(source: string): string[] {
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'number') texts.push(String(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const document of parseAllDocuments(source)) if (!('empty' in document)) collect(document.toJS());
  return texts;
}

/**
 * Every piece of text the content gives: each field's value and each run of Markdown text of every
 * file under the content root, and of extra Markdown files such as CHANGELOG.md.
 */
export function contentPieces(root: string, extraMarkdown: readonly string[] = []): Set<string> {
  const texts: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const source = readFileSync(full, 'utf8');
      if (/\.ya?ml$/.test(name)) texts.push(...yamlTexts(source));
      else if (name.endsWith('.mdx')) {
        const frontmatter = FRONTMATTER.exec(source);
        if (frontmatter) texts.push(...yamlTexts(frontmatter[1]!));
        texts.push(...markdownTexts(parseMdx(source.replace(FRONTMATTER, ''))));
      }
    }
  };
  walk(root);
  for (const file of extraMarkdown) texts.push(...markdownTexts(parseMarkdown(readFileSync(file, 'utf8'))));
  return new Set(texts.flatMap(pieces));
}

/**
 * The parts of each text outside the marks, carrying the depth of the marks from one text to the
 * next (a message whose placeholder holds markup opens in one text node and closes in another).
 */
export function outsideMarks(texts: readonly ShownText[]): ShownText[] {
  const outside: ShownText[] = [];
  let depth = 0;
  for (const { text, where } of texts) {
    let piece = '';
    for (const character of text) {
      if (character === OPEN) {
        if (depth === 0 && piece) outside.push({ text: piece, where });
        piece = '';
        depth += 1;
      } else if (character === CLOSE) {
        depth = Math.max(0, depth - 1);
      } else if (depth === 0) {
        piece += character;
      }
    }
    if (piece) outside.push({ text: piece, where });
  }
  return outside;
}

/**
 * The shown texts that are interface text not marked as the dictionary's: words outside the marks
 * that are not a TLP label, a never-translated name, or, whole, a piece of the content.
 */
export function unmarkedInterfaceText(texts: readonly ShownText[], content: ReadonlySet<string>): ShownText[] {
  const found: ShownText[] = [];
  for (const { text, where } of outsideMarks(texts)) {
    for (const piece of pieces(text)) {
      if (!WORDS.test(piece) || NEVER_TRANSLATED.includes(piece) || content.has(piece)) continue;
      found.push({ text: piece, where });
    }
  }
  return found;
}
