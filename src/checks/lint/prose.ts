/**
 * The prose of an entry, as readers read it: paragraphs, headings, list items and table cells of
 * the body, without code, template message blocks, quotations or MDX expressions.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

export interface ProseBlock {
  text: string;
  /** Line within the body. */
  line: number;
}

const SKIPPED = new Set([
  'code',
  'inlineCode',
  'blockquote',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Text of a node with skipped inline nodes left out. */
function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return toString(node);
}

export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  visitParents(tree, (node, ancestors) => {
    if (SKIPPED.has(node.type) || ancestors.some((ancestor) => SKIPPED.has(ancestor.type))) return 'skip';
    if (!BLOCKS.has(node.type)) return undefined;
    const text = textOf(node as Nodes)
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ text, line: node.position?.start.line ?? 1 });
    return 'skip';
  });
  return blocks;
}
