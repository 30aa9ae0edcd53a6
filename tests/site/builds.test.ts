/**
 * Real builds of the test fixtures, pointed at them with CONTENT_DIR: one build of broken content
 * stops with the checker's message (the rest of the messages are checked by calling the same code,
 * in tests/unit/content-guard.test.ts), and the valid fixture builds for a sub-path, as on GitHub
 * Pages. They run with the built-site tests, after `npm run build`, not in the quick unit tier.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, contentRootWith, scratchDir } from '../unit/helpers.ts';
import { localAddresses } from '../checks/address.ts';
import { builtPages } from '../checks/dist.ts';
import { metaProblems } from '../checks/html.ts';
import { sitemapProblems } from '../checks/sitemap.ts';
import { NO_ADDRESS_NOTE } from '../../src/integrations/site-address.ts';

async function build(overlay?: string, env: NodeJS.ProcessEnv = {}) {
  const { root, cleanup } = await contentRootWith(overlay);
  const outDir = await scratchDir('dist-');
  const cacheDir = await scratchDir('cache-');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
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

test('the build stops on broken content with the checker’s message, before it writes anything; without SITE_URL it first says so, once', async () => {
  const result = await build('missing-summary', { SITE_URL: '' });
  try {
    assert.notEqual(result.status, 0, 'the build should fail');
    const output = `${result.stdout}${result.stderr}`;
    // The address note comes from the integration set up before the content guard, in the real build.
    assert.equal(output.split(NO_ADDRESS_NOTE).length - 1, 1, `the note is said once:\n${output}`);
    assert.ok(
      output.includes('norms/speak-early.mdx:2 · field "summary"\n  This field is required but is missing.'),
      output,
    );
    assert.deepEqual(await readdir(result.outDir), [], 'nothing was built');
  } finally {
    if (!process.env.KEEP_BUILD) await result.cleanup();
    else console.log(result.outDir);
  }
});

test('served from a sub-path (GitHub Pages), the valid fixture builds: every link, script, form and search address keeps the base, every full address is the site’s, and its pages show what its entries say', async () => {
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

    // One page per template, and its Markdown, from the content root CONTENT_DIR names.
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
    if (!process.env.KEEP_BUILD) await result.cleanup();
    else console.log(result.outDir);
  }
});
