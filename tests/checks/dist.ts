/** What the build produced: every page in dist/, read from disk rather than from a list kept by hand. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** Site-relative paths of every built page, e.g. "norms/say-what-you-know/" and "404.html". */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const pages: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const relative = path.relative(DIST, full).split(path.sep).join('/');
        pages.push(relative === 'index.html' ? '' : relative.replace(/index\.html$/, ''));
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * Pages that may run a script: the islands of the design (search, template filler, checklist,
 * decision wizard). Every other page must load none.
 */
const INTERACTIVE = [/^search\/$/, /^templates\/([^/]+\/)?$/, /^checklists\/([^/]+\/)?$/, /^decide\/$/];

export function isInteractive(page: string): boolean {
  return INTERACTIVE.some((pattern) => pattern.test(page));
}

/** The file in dist/ of a built page. */
export function pageFile(page: string): string {
  return path.join(DIST, page.endsWith('.html') ? page : `${page}index.html`);
}
