/**
 * Two threats with one id: the one blamed is the one not yet published, as git tells it, never the
 * one whose file name sorts later. A copy of a published threat, the usual way to start a new one,
 * keeps its original's id and date, and may sort first.
 */
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { gitHistory, type History } from '../../src/checks/history.ts';
import { formatProblem } from '../../src/checks/problems.ts';
import { checkContentRoot } from '../../src/checks/validate.ts';
import { contentRootWith, scratchDir } from './helpers.ts';

const ORIGINAL = 'threats/slow-takeover.mdx';
const COPY = 'threats/a-copy-of-slow-takeover.mdx';

/** The valid fixture plus a copy of its threat, same id and same date, whose file name sorts first. */
async function withCopy(run: (root: string) => Promise<void>) {
  const { root, cleanup } = await contentRootWith();
  try {
    const original = await readFile(path.join(root, ORIGINAL), 'utf8');
    await writeFile(path.join(root, COPY), original.replace(/^title: .*$/m, 'title: A new threat started from a copy'));
    await run(root);
  } finally {
    await cleanup();
  }
}

const isAboutTheId = (problem: { field?: string; message: string }) =>
  problem.field === 'code' && problem.message.includes('threat id');

const publishedOnly =
  (file: string): History =>
  (candidate) =>
    candidate.endsWith(file) ? { published: true, addedAt: 1_700_000_000 } : { published: false };

test('the unpublished copy is blamed and told the next free id; the published threat is left alone', async () => {
  await withCopy(async (root) => {
    // The copy also needs its own STIX id and a situation that lists it; those are other problems.
    const problems = (await checkContentRoot(root, publishedOnly(ORIGINAL))).problems.filter(isAboutTheId);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    const [problem] = problems;
    assert.ok(problem!.file.endsWith(COPY), `blamed ${problem!.file}`);
    assert.match(formatProblem(problem!), /already used by .*slow-takeover\.mdx, which is published/);
    assert.match(formatProblem(problem!), /the next free id, GT-002/);
  });
});

test('when nothing tells which is new, one message names both and asks the writer to keep the published id', async () => {
  await withCopy(async (root) => {
    const problems = (await checkContentRoot(root, () => ({}))).problems.filter(isAboutTheId);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    const text = formatProblem(problems[0]!);
    assert.match(text, /also used by/);
    assert.match(text, /a-copy-of-slow-takeover\.mdx|slow-takeover\.mdx/);
    assert.match(text, /keep the id of the published threat/);
  });
});

test('git tells a published content file from a new one', async () => {
  const history = gitHistory();
  const published = history('content/threats/brigading.mdx');
  assert.equal(published.published, true);
  assert.ok((published.addedAt ?? 0) > 1_600_000_000, 'the date it was first added is known');
  const scratch = await scratchDir('history-');
  const fresh = path.join(scratch, 'new-threat.mdx');
  try {
    await writeFile(fresh, '---\ntitle: x\n---\n');
    assert.equal(history(fresh).published, false);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
