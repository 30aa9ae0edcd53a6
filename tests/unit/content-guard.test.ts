/**
 * What the build says when it stops: the content guard (src/integrations/content-guard.ts) runs
 * the content check and prints its problems with formatProblems before Astro loads anything. Here
 * the same two calls on broken fixtures; tests/site/builds.test.ts runs one real failing build, and
 * the address rules of site-address.ts run in a process of their own, as the build's config does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatProblems } from '../../src/checks/problems.ts';
import { checkContentRoot } from '../../src/checks/validate.ts';
import { DEPLOY_NEEDS_ADDRESS, NO_ADDRESS_NOTE } from '../../src/integrations/site-address.ts';
import { contentRootWith } from './helpers.ts';

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
    const { root, cleanup } = await contentRootWith(overlay);
    try {
      const { problems } = await checkContentRoot(root);
      assert.ok(problems.length > 0, 'the guard stops the build on any problem');
      const printed = formatProblems(problems);
      assert.ok(printed.includes(expected), `the message lacks "${expected}":\n${printed}`);
    } finally {
      await cleanup();
    }
  });
}

/** Runs the site-address integration's setup hook, as `astro build` does, in a process with this environment. */
function addressHook(env: NodeJS.ProcessEnv) {
  const script = `
    const { siteAddress } = await import('./src/integrations/site-address.ts');
    const said = [];
    const logger = { warn: (m) => said.push(['warn', m]), error: (m) => said.push(['error', m]), info: () => {} };
    class Exit { constructor(code) { this.code = code; } }
    process.exit = (code) => { throw new Exit(code); };
    let exit;
    try {
      await siteAddress().hooks['astro:config:setup']({ command: 'build', logger });
    } catch (error) {
      if (!(error instanceof Exit)) throw error;
      exit = error.code;
    }
    console.log(JSON.stringify(exit === undefined ? { said } : { said, exit }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', SITE_DEPLOY: '', ...env },
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { said: [string, string][]; exit?: number };
}

test('a build without SITE_URL says once that it writes no address of its own', () => {
  assert.deepEqual(addressHook({}), { said: [['warn', NO_ADDRESS_NOTE]] });
  assert.deepEqual(addressHook({ SITE_URL: 'https://example.org/guide/' }), { said: [] });
});

test('a deploy build stops without SITE_URL, and says so', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  assert.match(scripts['build:deploy']!, /^SITE_DEPLOY=1 npm run build$/, 'build:deploy is the build with SITE_DEPLOY');
  assert.deepEqual(addressHook({ SITE_DEPLOY: '1' }), { said: [['error', DEPLOY_NEEDS_ADDRESS]], exit: 1 });
});
