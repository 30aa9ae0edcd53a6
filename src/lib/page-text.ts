/**
 * The words of a built page as Pagefind indexes them: the text inside the element marked
 * `data-pagefind-body`, leaving out anything marked `data-pagefind-ignore`, scripts and styles.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements inside a line of text: a word may run across their edges. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr label'.split(
    ' ',
  ),
);

function hasAttribute(node: Node, name: string): boolean {
  return node.attrs?.some((attribute) => attribute.name === name) ?? false;
}

function collect(node: Node, inBody: boolean, out: string[]): void {
  if (SKIPPED.has(node.nodeName) || hasAttribute(node, 'data-pagefind-ignore')) return;
  const body = inBody || hasAttribute(node, 'data-pagefind-body');
  if (node.nodeName === '#text' && body) out.push(node.value ?? '');
  for (const child of node.childNodes ?? []) collect(child, body, out);
  // Block boundaries separate words that would otherwise run together.
  if (body && node.nodeName !== '#text' && !INLINE.has(node.nodeName)) out.push(' ');
}

/** The page's indexed words, lower case, in order; empty for a page left out of the index. */
export function indexedWords(html: string): string[] {
  const parts: string[] = [];
  collect(parse(html) as unknown as Node, false, parts);
  return parts
    .join('')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/’/g, "'").replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => /^\p{L}/u.test(word));
}
