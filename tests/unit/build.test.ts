/**
 * The real build, pointed at fixture content with CONTENT_DIR: it stops on broken content with the
 * checker's message, and builds the valid fixture. A failing build stops before Astro loads
 * anything, so each case takes under a second.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, contentRootWith, scratchDir } from './helpers.ts';
import { localAddresses } from '../checks/address.ts';
import { builtPages } from '../checks/dist.ts';
import { metaProblems } from '../checks/html.ts';
import { sitemapProblems } from '../checks/sitemap.ts';

async function build(overlay?: string, env: NodeJS.ProcessEnv = {}) {
  const { root, cleanup } = await contentRootWith(overlay);
  const outDir = await scratchDir('dist-');
  const cacheDir = await scratchDir('cache-');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: root,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
  });
  const remove = (dir: string) => rm(dir, { recursive: true, force: true });
  return { ...result, outDir, cleanup: async () => Promise.all([cleanup(), remove(outDir), remove(cacheDir)]) };
}

// The five typical mistakes of a contributor, and two rules only the content check knows.
for (const [overlay, expected] of [
  ['missing-summary', 'norms/speak-early.mdx:2 · field "summary"\n  This field is required but is missing.'],
  ['unknown-label', '"TLP:WHITE" is not a TLP 2.0 label; did you mean TLP:CLEAR?'],
  ['misspelt-reference', '"first-notise" is not an entry of templates'],
  ['bad-date', '"2026-02-30" is not a real calendar date'],
  ['wrong-type', 'structures/solo.mdx:7 · field "order"\n  This field must be a number.'],
  ['not-public', 'Only TLP:CLEAR may be published on this public site'],
  ['tree-cycle', 'The answers loop back on themselves'],
] as const) {
  test(`the build stops on ${overlay} and says why`, async () => {
    const result = await build(overlay);
    try {
      assert.notEqual(result.status, 0, 'the build should fail');
      assert.ok(`${result.stdout}${result.stderr}`.includes(expected), `output lacks "${expected}":\n${result.stderr}`);
    } finally {
      await result.cleanup();
    }
  });
}

test('the build succeeds on the valid fixture, from the content root CONTENT_DIR names, and says once that it writes no address of its own', async () => {
  const result = await build(undefined, { SITE_URL: '' });
  try {
    assert.equal(result.status, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`.match(/SITE_URL is not set/g)?.length, 1);
    assert.deepEqual(localAddresses(result.outDir), []);
    const pages = await readdir(path.join(result.outDir, 'templates'));
    const templates = (await readdir(path.join(FIXTURES, 'valid', 'templates'))).map((file) =>
      file.replace(/\.mdx$/, ''),
    );
    assert.deepEqual(pages.sort(), [...templates.flatMap((id) => [id, `${id}.md`]), 'index.html'].sort());
    // Review status: the agreed norm links to its record; the templates, a draft and one in review, can be filtered by it.
    const page = (file: string) => readFile(path.join(result.outDir, file, 'index.html'), 'utf8');
    assert.match(
      await page('norms/speak-early'),
      /Agreed on <a href="https:\/\/[^"]+\/working-group\/minutes\/2026-02-01"><time datetime="2026-02-01">1 February 2026<\/time>/,
    );
    const templateIndex = await page('templates');
    assert.match(templateIndex, /<select id="filter-status" name="status"[^>]*>.*Draft \(1\).*In review \(1\)/s);
    assert.doesNotMatch(await page('norms'), /data-filter-form/, 'one status, nothing to filter');
    assert.match(await page('handbook'), /id="norms-speak-early"/);
  } finally {
    await result.cleanup();
  }
});

test('served from a sub-path (GitHub Pages), every link, script, form and search address keeps the base, and every full address is the site’s', async () => {
  const site = 'https://example.github.io/guide/';
  const result = await build(undefined, { SITE_URL: site });
  try {
    assert.equal(result.status, 0, result.stderr);
    const files = (await readdir(result.outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    const escaping: string[] = [];
    const meta: string[] = [];
    for (const file of files) {
      const html = await readFile(path.join(result.outDir, file), 'utf8');
      for (const match of html.matchAll(
        /(?:href|src|action|data-bundle|data-base|data-words|data-lexicon)="(\/[^"]*)"/g,
      ))
        if (!match[1]!.startsWith('/guide/')) escaping.push(`${file}: ${match[1]}`);
      meta.push(...metaProblems(html, site).map((problem) => `${file}: ${problem}`));
    }
    assert.ok(files.length > 20);
    assert.deepEqual(escaping, []);
    assert.deepEqual(meta, []);
    assert.deepEqual(sitemapProblems(result.outDir, builtPages(result.outDir), site), []);
    assert.deepEqual(localAddresses(result.outDir), []);
    const feed = await readFile(path.join(result.outDir, 'feed.xml'), 'utf8');
    assert.match(feed, new RegExp(`<link rel="self" type="application/atom\\+xml" href="${site}feed.xml"/>`));
  } finally {
    await result.cleanup();
  }
});

test('a deploy build stops without SITE_URL, and says so', async () => {
  const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts as Record<string, string>;
  assert.match(
    scripts['build:deploy']!,
    /^SITE_DEPLOY=1 npm run build$/,
    'npm run build:deploy is the build with SITE_DEPLOY set',
  );
  const result = await build(undefined, { SITE_DEPLOY: '1', SITE_URL: '' });
  try {
    assert.notEqual(result.status, 0, 'the build should fail');
    assert.match(`${result.stdout}${result.stderr}`, /A deploy build needs SITE_URL/);
    assert.deepEqual(await readdir(result.outDir), [], 'nothing was built');
  } finally {
    await result.cleanup();
  }
});
