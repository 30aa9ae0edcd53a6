/** CONTRIBUTING.md is where every error message sends people: its sections and field tables must be there and current. */
import assert from 'node:assert/strict';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { rewriteFieldBlocks } from '../../src/checks/field-docs.ts';
import { schemas } from '../../src/checks/validate.ts';
import { baseFields } from '../../src/schemas/fields.ts';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('every section an error message points to is a heading of CONTRIBUTING.md', () => {
  const slugger = new GithubSlugger();
  const headings = new Set([...contributing.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!)));
  const used = new Set([
    ...Object.values(COLLECTIONS).map((info) => info.contributingAnchor),
    ...sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/help: '([a-z-]+)'/g)].map((match) => match[1]!),
    ),
  ]);
  assert.ok(used.size > 15, 'the scan found the anchors in use');
  assert.deepEqual(
    [...used].filter((anchor) => !headings.has(anchor)),
    [],
  );
});

test('the field tables match the schemas (run `npm run docs:fields` to update them)', () => {
  assert.equal(rewriteFieldBlocks(contributing, schemas, Object.keys(baseFields)), contributing);
  // One table for the fields every entry has, then one for each collection.
  assert.equal((contributing.match(/<!-- fields:/g) ?? []).length, 1 + COLLECTION_NAMES.length);
});

test('the deploy workflow checks the content before it builds, so nothing the check or lint refuses is published', () => {
  const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
  const check = runs.findIndex((run) => /npm run (lint:content|check:content)/.test(run));
  const build = runs.findIndex((run) => /npm run build/.test(run));
  assert.ok(build >= 0, 'the workflow builds the site');
  assert.ok(check >= 0 && check < build, 'the content check runs before the build');
});
