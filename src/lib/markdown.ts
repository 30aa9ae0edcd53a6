/**
 * The Markdown parsers for tooling (checks, extraction, exports), which only read. MDX bodies are
 * read by Sätteri, the parser the build itself renders them with, so that a body the checks can
 * read is one the build can; it gives the same mdast as remark with GFM and MDX (compared on every
 * entry), natively, and fifty times faster, which the content check on every build needs.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** A body that is not MDX: where (as remark reports it, `line` and `column`) and why (`reason`). */
export class MdxSyntaxError extends Error {
  override name = 'MdxSyntaxError';
  readonly reason: string;
  readonly line?: number;
  readonly column?: number;
  constructor(reason: string, line?: number, column?: number) {
    super(line === undefined ? reason : `${line}:${column}: ${reason}`);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** An entry's body, without its front matter, as MDX with GFM. */
export function parseMdx(source: string): Root {
  try {
    // The front matter is already cut off: a body that begins with --- begins with a rule.
    return mdxToMdast(source, { features: { frontmatter: false } }) as unknown as Root;
  } catch (error) {
    // Sätteri says `line:column: reason (rule)`.
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message);
    throw place ? new MdxSyntaxError(place[3]!, Number(place[1]), Number(place[2])) : new MdxSyntaxError(message);
  }
}

/** Plain GitHub Markdown, such as CHANGELOG.md, where `<` and `{` are ordinary text. */
export function parseMarkdown(source: string): Root {
  return markdownParser.parse(source);
}

/** Front matter: the fields between two lines of three hyphens at the top of a file, LF or CRLF. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The text with its front matter blanked out but its lines kept, so that line numbers still match. */
export function blankFrontmatter(text: string, fill = ' '): string {
  return text.replace(FRONTMATTER, (frontmatter) => frontmatter.replace(/[^\r\n]/g, fill));
}

/** The text with code blanked out (fenced blocks and inline code show text as typed), lines kept. */
export function withoutCode(text: string, { keepTemplates = false } = {}): string {
  return text
    .replace(/^(```|~~~)([^\n]*)[\s\S]*?^\1/gm, (block, _fence, info: string) =>
      keepTemplates && info.trim() === 'template' ? block : block.replace(/[^\n]/g, ' '),
    )
    .replace(/`[^`\n]*`/g, (span) => span.replace(/./g, ' '));
}
