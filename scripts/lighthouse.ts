/**
 * `npm run audit:lighthouse`: Lighthouse on five kinds of page of the built site, served locally,
 * in the same Chromium as the browser tests. Prints the four scores as a table. Not a test.
 * Targets: performance 98 or more; accessibility, best practices and SEO 100.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './browser.ts';

// A local build has no SITE_URL, so its pages carry no canonical address to disagree with this origin.
const ORIGIN = 'http://localhost:4321';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const firstIn = (folder: string) =>
  readdirSync(`dist/${folder}`, { withFileTypes: true }).find((item) => item.isDirectory())!.name;
const PAGES = [
  ['Home', '/'],
  ['A norm', `/norms/${firstIn('norms')}/`],
  ['A template', `/templates/${firstIn('templates')}/`],
  ['Threat matrix', '/threats/'],
  ['Decision wizard', '/decide/'],
  ['Search with a query', '/search/?q=holding+statement'],
  ['Exposure check', '/check/'],
] as const;

const browser = findChromium();
if (!browser) throw new Error('No Chromium found; run `node scripts/ensure-browser.ts` first.');

const server = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--host', 'localhost', '--port', '4321'],
  { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
);
const chrome = await launch({ chromePath: browser.path, chromeFlags: ['--headless=new', ...chromiumArgs()] });
try {
  await waitFor(`${ORIGIN}/`);
  const rows: string[][] = [];
  let missed = 0;
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    scores.forEach((score, index) => (missed += score < TARGETS[CATEGORIES[index]!] ? 1 : 0));
    const shift = result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
    rows.push([name, path, ...scores.map(String), shift.toFixed(3)]);
  }
  const header = ['Page', 'Address', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Layout shift (CLS)'];
  console.log(
    `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
  );
  console.log(
    missed === 0
      ? '\nEvery score meets its target.'
      : `\n${missed} score(s) below target (performance ${TARGETS.performance}, others 100).`,
  );
} finally {
  chrome.kill();
  server.kill();
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}
