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

export function parseMdx(source: string): Root {
  return parser.parse(source);
}
