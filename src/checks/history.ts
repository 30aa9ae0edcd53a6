/**
 * What git knows about a content file: whether it is published (on the default branch) and when it
 * was first added there. The duplicate-id rule uses it to blame the new file, never the published
 * one, whatever the files are called. Outside a git checkout nothing is known, and the rule says so.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface FileHistory {
  /** True when the default branch holds the file; undefined when git cannot tell. */
  published?: boolean;
  /** When the default branch first had the file, in seconds since 1970, if it does. */
  addedAt?: number;
}

export type History = (file: string) => FileHistory;

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The branch the site is published from: origin's default, else a local main or master. */
function defaultBranch(cwd: string): string | undefined {
  const remote = git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
  if (remote) return remote;
  return ['main', 'master'].find((name) => git(['rev-parse', '--verify', '--quiet', name], cwd) !== undefined);
}

/** Reads the history of files from the git checkout they are in. */
export function gitHistory(): History {
  const branches = new Map<string, string | undefined>();
  return (file) => {
    const absolute = path.resolve(file);
    const cwd = path.dirname(absolute);
    if (!branches.has(cwd)) branches.set(cwd, defaultBranch(cwd));
    const branch = branches.get(cwd);
    if (!branch) return {};
    const name = path.basename(absolute);
    const listed = git(['ls-tree', '--name-only', branch, '--', name], cwd);
    if (listed === undefined) return {};
    if (listed === '') return { published: false };
    const added = git(['log', branch, '--diff-filter=A', '--format=%ct', '--reverse', '--', name], cwd);
    const first = Number(added?.split('\n')[0]);
    return { published: true, addedAt: Number.isFinite(first) && first > 0 ? first : undefined };
  };
}
