/**
 * Prints the built handbook (dist/handbook/index.html) to dist/handbook.pdf with Chromium, the
 * same one the browser tests use (see browser.ts). The page's print style does the layout: the
 * site's label at the top and bottom of every page, page numbers, links followed by their address.
 * The files are served to the browser straight from dist/, under the address the site was built
 * for, so nothing is fetched from anywhere. `npm run handbook` builds the site first.
 * Prints one line: the file, its pages, its size and the time taken.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, findChromium } from './browser.ts';
import { BASE_PATH, SITE_URL } from '../src/site.config.ts';

const DIST = path.resolve('dist');
/** A print without bookmarks and structure tags, three times faster, for the test of the layout. */
const QUICK = process.argv.includes('--quick');
export const HANDBOOK_PDF = path.join(DIST, 'handbook.pdf');

/**
 * The address the pages are served under while printing: the site's own, or, in a build without
 * SITE_URL, a stand-in the browser never leaves (every request is answered from dist/).
 */
const SITE = SITE_URL ?? new URL(BASE_PATH, 'https://handbook.invalid');

/** The file in dist/ for an address of the site, or undefined outside it. */
function fileFor(address: URL): string | undefined {
  if (address.origin !== SITE.origin || !address.pathname.startsWith(SITE.pathname)) return undefined;
  const relative = decodeURIComponent(address.pathname.slice(SITE.pathname.length));
  const file = path.join(DIST, relative);
  if (!file.startsWith(DIST)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return path.join(file, 'index.html');
  return file;
}

const started = performance.now();
const page = new URL('handbook/', SITE);
if (!existsSync(fileFor(page)!)) {
  console.error('dist/handbook/index.html is missing: build the site first (npm run build), or run npm run handbook.');
  process.exit(1);
}
const found = findChromium();
if (!found) {
  console.error('No Chromium found to print with. Install one (see README.md, "Quick start"), or set CHROMIUM_PATH.');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs() });
try {
  const tab = await browser.newPage();
  await tab.route('**/*', async (route) => {
    const file = fileFor(new URL(route.request().url()));
    if (file && existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404, body: 'not in dist/' });
  });
  const response = await tab.goto(page.href, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${page.href} answered ${response?.status()}`);
  await tab.pdf({
    path: HANDBOOK_PDF,
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    // Headings become the PDF's bookmarks, and the PDF carries its structure for screen readers.
    // Both take most of the time, so the test's quick print (--quick) leaves them out.
    outline: !QUICK,
    tagged: !QUICK,
  });
} finally {
  await browser.close();
}

const pdf = await getDocumentProxy(new Uint8Array(await readFile(HANDBOOK_PDF)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const size = (statSync(HANDBOOK_PDF).size / 1024 / 1024).toFixed(1);
console.log(
  `✓ ${path.relative(process.cwd(), HANDBOOK_PDF)}: ${pdf.numPages} pages, ${size} MB, printed in ${seconds} s.`,
);
