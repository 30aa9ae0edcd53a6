/** Whether a built page shows the words readers use for it (its entry's `aliases`) in its "Also called" line. */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

/** The aliases a built page does not show, each as the entry writes it; all of them when it has no such line. */
export function aliasesNotShown(html: string, aliases: readonly string[]): string[] {
  const line = select('.also-called', fromHtml(html)) as Element | undefined;
  const shown = line ? text(line) : '';
  return aliases.filter((alias) => !shown.includes(alias));
}
