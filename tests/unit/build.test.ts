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

test('the build succeeds on the valid fixture, from the content root CONTENT_DIR names', async () => {
  const result = await build();
  try {
    assert.equal(result.status, 0, result.stderr);
    const pages = await readdir(path.join(result.outDir, 'templates'));
    const templates = (await readdir(path.join(FIXTURES, 'valid', 'templates'))).map((file) =>
      file.replace(/\.mdx$/, ''),
    );
    assert.deepEqual(pages.sort(), [...templates.flatMap((id) => [id, `${id}.md`]), 'index.html'].sort());
  } finally {
    await result.cleanup();
  }
});

test('served from a sub-path (GitHub Pages), every link, script, form and search address keeps the base', async () => {
  const result = await build(undefined, { SITE_URL: 'https://example.github.io/guide/' });
  try {
    assert.equal(result.status, 0, result.stderr);
    const files = (await readdir(result.outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    const escaping: string[] = [];
    for (const file of files) {
      const html = await readFile(path.join(result.outDir, file), 'utf8');
      for (const match of html.matchAll(
        /(?:href|src|action|data-bundle|data-base|data-words|data-lexicon)="(\/[^"]*)"/g,
      ))
        if (!match[1]!.startsWith('/guide/')) escaping.push(`${file}: ${match[1]}`);
    }
    assert.ok(files.length > 20);
    assert.deepEqual(escaping, []);
  } finally {
    await result.cleanup();
  }
});
