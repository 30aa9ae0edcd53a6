/**
 * Broken internal links and #anchors in a folder of built HTML, found by check-html-links, which
 * reads the files themselves (every href, src and srcset, and every id an anchor names) rather
 * than serving them: a tenth of the processor time of crawling them over HTTP. Links to other
 * sites are not followed from the test machine.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { validateFolder } from 'check-html-links';

export interface LinkReport {
  /** How many HTML files were read. */
  checked: number;
  broken: string[];
}

/** Every HTML file under a folder, as check-html-links lists them. */
function htmlFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

export async function brokenLinks(folder: string): Promise<LinkReport> {
  const errors = await validateFolder(folder, {});
  return {
    checked: htmlFiles(folder),
    // One line per target, with every page and line (counted from 1; the parser counts from 0) that links to it.
    broken: errors.map((error) => {
      const target = path.relative(folder, error.filePath);
      const missing = error.onlyAnchorMissing ? `#${error.usage[0]!.anchor} in ${target}` : target;
      const from = error.usage.map((usage) => `${path.relative(folder, usage.file)}:${usage.line + 1}`).join(', ');
      return `${missing} is missing (${error.usage.map((usage) => usage.value).join(', ')}), linked from ${from}`;
    }),
  };
}
