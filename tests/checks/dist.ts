/** What the build produced: every page in dist/, read from disk rather than from a list kept by hand. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** The address dist/ was built for: the tests run with the environment the build ran with (npm test). */
export const SITE_ADDRESS = process.env.SITE_URL || undefined;

/** Site-relative paths of every built page, e.g. "norms/say-what-you-know/" and "404.html". */
export function builtPages(folder = DIST): string[] {
  if (!existsSync(folder)) throw new Error(`${folder} is missing: run \`npm run build\` before the browser tests.`);
  const pages: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const relative = path.relative(folder, full).split(path.sep).join('/');
        pages.push(relative === 'index.html' ? '' : relative.replace(/index\.html$/, ''));
      }
    }
  };
  walk(folder);
  return pages.sort();
}

/** A page of the decision framework in one state: /decide/<node>/<state>/. */
export const DECISION_STATE = /^decide\/(?!outcomes\/)([^/]+)\/[^/]+\/$/;

/**
 * Pages that may run a script: the islands of the design (search, template filler, checklist,
 * exposure check). Every other page must load none.
 */
const INTERACTIVE = [/^search\/$/, /^templates\/([^/]+\/)?$/, /^checklists\/([^/]+\/)?$/, /^check\/$/];

/**
 * A decision outcome on a reader's path runs one small script: copying the result as text. An index
 * page runs the filter script once its section holds entries of more than one review status.
 */
export function isInteractive(page: string): boolean {
  if (INTERACTIVE.some((pattern) => pattern.test(page))) return true;
  const file = pageFile(page);
  if (!existsSync(file)) return false;
  const html = readFileSync(file, 'utf8');
  return (DECISION_STATE.test(page) && html.includes('data-copy-from')) || html.includes('data-filter-form');
}

/** The file in dist/ of a built page. */
export function pageFile(page: string): string {
  return path.join(DIST, page.endsWith('.html') ? page : `${page}index.html`);
}
