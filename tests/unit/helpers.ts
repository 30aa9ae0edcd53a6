/** Builds content roots for tests: the valid fixture, with a broken case's files laid over it. */
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkContentRoot } from '../../src/checks/validate.ts';
import { contentRoot } from '../../src/lib/content-root.ts';

export const FIXTURES = path.resolve('tests/fixtures');

/** Inside the project, because Vite will not load content from outside its root. Git ignores it. */
export const SCRATCH = path.resolve('tests/.tmp');

export async function scratchDir(prefix: string): Promise<string> {
  await mkdir(SCRATCH, { recursive: true });
  return mkdtemp(path.join(SCRATCH, prefix));
}

/**
 * Copies the valid fixture and then `broken/<overlay>/` (if given) into a fresh folder. An overlay
 * can also take files away: its `.remove` file lists paths to delete, one per line.
 */
export async function contentRootWith(overlay?: string): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await scratchDir('content-');
  await cp(path.join(FIXTURES, 'valid'), root, { recursive: true });
  if (overlay) {
    const from = path.join(FIXTURES, 'broken', overlay);
    await cp(from, root, { recursive: true, filter: (source) => path.basename(source) !== REMOVE_LIST });
    const removals = await readFile(path.join(from, REMOVE_LIST), 'utf8').catch(() => '');
    for (const line of removals.split('\n').filter(Boolean)) await rm(path.join(root, line), { force: true });
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

const REMOVE_LIST = '.remove';

let realContent: ReturnType<typeof checkContentRoot> | undefined;

/**
 * The site's own content, checked once per test process: the unit tests run in one process
 * (`--test-isolation=none`), so the files that read the real content share one check. Read it,
 * never change it.
 */
export function siteContent(): ReturnType<typeof checkContentRoot> {
  realContent ??= checkContentRoot(contentRoot({}));
  return realContent;
}
