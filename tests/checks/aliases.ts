/** Whether a built page shows the words readers use for it (its entry's `aliases`) in its "Also called" line. */
import { fromHtml } from 'hast-util-from-html';
import { textOf } from './html.ts';

/**
 * The aliases a built page does not show, each as the entry writes it; all of them when it has no
 * such line. Only the line is parsed (its entities decoded), not the page: a fortieth of the time.
 */
export function aliasesNotShown(html: string, aliases: readonly string[]): string[] {
  const line = /<p class="also-called"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  const shown = line === undefined ? '' : textOf(fromHtml(line, { fragment: true }));
  return aliases.filter((alias) => !shown.includes(alias));
}
