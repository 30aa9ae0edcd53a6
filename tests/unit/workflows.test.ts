/** The site's own workflows: actions pinned to commits with their release noted, permissions least and explicit. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { workflowProblems } from '../checks/workflows.ts';

const FOLDER = '.github/workflows';

test('every workflow pins its actions to full commit SHAs and states its permissions', () => {
  const files = readdirSync(FOLDER).filter((file) => /\.ya?ml$/.test(file));
  assert.ok(files.length >= 2);
  assert.deepEqual(
    files.flatMap((file) => workflowProblems(file, readFileSync(`${FOLDER}/${file}`, 'utf8'))),
    [],
  );
});

test('a tag instead of a commit, a missing version note and write-all are each reported', () => {
  const planted = [
    'permissions: write-all',
    'jobs:',
    '  build:',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
    '',
  ].join('\n');
  assert.deepEqual(workflowProblems('planted.yml', planted), [
    'planted.yml:5: actions/checkout@v4 is not pinned to a full commit SHA',
    'planted.yml:6: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 has no "# vX.Y.Z" comment',
    'planted.yml: top-level permissions are write-all',
  ]);
});
