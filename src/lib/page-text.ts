/**
 * The words of a built page as Pagefind indexes them: the text inside the element marked
 * `data-pagefind-body`, leaving out anything marked `data-pagefind-ignore`, scripts and styles.
 * Pages are parsed by Sätteri's native HTML parser, which builds parse5's tree three times faster:
 * the build reads every page.
 */
import type { Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

type Node = Root | RootContent;

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements inside a line of text: a word may run across their edges. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr label'.split(
    ' ',
  ),
);

/** The element's name as parse5 gives it (`#text`, `#comment`, `#document`...), for the sets above. */
function nameOf(node: Node): string {
  return node.type === 'element' ? node.tagName : node.type === 'root' ? '#document' : `#${node.type}`;
}

function collect(node: Node, inBody: boolean, out: string[]): void {
  const name = nameOf(node);
  const properties = node.type === 'element' ? node.properties : {};
  if (SKIPPED.has(name) || properties.dataPagefindIgnore !== undefined) return;
  const body = inBody || properties.dataPagefindBody !== undefined;
  if (node.type === 'text' && body) out.push(node.value);
  if ('children' in node) for (const child of node.children) collect(child, body, out);
  // Block boundaries separate words that would otherwise run together.
  if (body && node.type !== 'text' && !INLINE.has(name)) out.push(' ');
}

/** The page's indexed words, lower case, in order; empty for a page left out of the index. */
export function indexedWords(html: string): string[] {
  const parts: string[] = [];
  collect(htmlToHast(html) as Root, false, parts);
  return parts
    .join('')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/’/g, "'").replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => /^\p{L}/u.test(word));
}
