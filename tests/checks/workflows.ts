/**
 * The supply chain of the site's own GitHub workflows: every action pinned to a full commit SHA
 * (a tag can be moved to other code; a commit cannot), with the release it is in a comment for
 * people and update tools, and permissions given explicitly, none wider than "write" on one scope.
 */
import { parseDocument } from 'yaml';

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^\s*#\s*v\d+\.\d+\.\d+\s*$/;

interface Workflow {
  permissions?: unknown;
  jobs?: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
}

export function workflowProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const workflow = parseDocument(text).toJS() as Workflow;
  // A step's "uses" line, with the comment after it, as written.
  for (const [index, line] of text.split('\n').entries()) {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const [, action, rest] = match as unknown as [string, string, string];
    if (action.startsWith('./')) continue;
    if (!PINNED.test(action)) problems.push(`${file}:${index + 1}: ${action} is not pinned to a full commit SHA`);
    else if (!VERSION_COMMENT.test(rest)) problems.push(`${file}:${index + 1}: ${action} has no "# vX.Y.Z" comment`);
  }
  const broad = (permissions: unknown) => (typeof permissions === 'string' ? permissions.endsWith('-all') : false);
  if (workflow.permissions === undefined) problems.push(`${file}: no top-level permissions`);
  if (broad(workflow.permissions)) problems.push(`${file}: top-level permissions are ${String(workflow.permissions)}`);
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (broad(job.permissions)) problems.push(`${file}: job ${name} has ${String(job.permissions)}`);
    const grantsNothing =
      typeof workflow.permissions === 'object' &&
      workflow.permissions !== null &&
      Object.keys(workflow.permissions).length === 0;
    if (grantsNothing && job.permissions === undefined)
      problems.push(`${file}: job ${name} states no permissions, and the workflow grants none`);
  }
  return problems;
}
