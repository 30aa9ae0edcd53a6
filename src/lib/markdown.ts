/**
 * The Markdown parser for tooling (checks, extraction, exports): remark with GFM and MDX syntax.
 * The site itself renders with Astro's own processor; this one only reads.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMdx(source: string): Root {
  return parser.parse(source);
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
