/**
 * The STIX ids kept in content/stix-ids.yaml: `npm run new` gives a new threat its id, and
 * `npm run stix-ids` repairs every fault the content check reports (the check's own messages are
 * tested with the broken fixtures in content-rules.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkContentRoot } from '../../src/checks/validate.ts';
import { isUuidV4 } from '../../src/model/taxonomy-stix.ts';
import { repairStixIdsFile } from '../../src/checks/stix-ids-file.ts';
import { contentRootWith } from './helpers.ts';

const run = (script: string, root: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });

test('npm run new gives a new threat its own STIX id', async () => {
  const { root, cleanup } = await contentRootWith();
  try {
    const result = run('scripts/new-entry.ts', root, ['threat', 'Capture of the release pipeline']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Gave it a STIX id in .*stix-ids\.yaml \(threats\/capture-of-the-release-pipeline\)/);
    const ids = parse(await readFile(path.join(root, 'stix-ids.yaml'), 'utf8')) as Record<string, string>;
    const id = ids['threats/capture-of-the-release-pipeline']!;
    assert.ok(isUuidV4(id), id);
    assert.equal(Object.values(ids).filter((value) => value === id).length, 1);
  } finally {
    await cleanup();
  }
});

for (const overlay of ['stix-id-missing', 'stix-id-not-v4', 'stix-id-repeated', 'stix-id-unused']) {
  test(`npm run stix-ids repairs ${overlay}, keeping the ids that were right`, async () => {
    const { root, cleanup } = await contentRootWith(overlay);
    try {
      const before = parse(await readFile(path.join(root, 'stix-ids.yaml'), 'utf8')) as Record<string, string>;
      assert.notDeepEqual((await checkContentRoot(root)).problems, []);
      const counts = await repairStixIdsFile(root);
      assert.equal(counts!.added + counts!.renewed + counts!.removed, 1, 'one line changed');
      assert.deepEqual((await checkContentRoot(root)).problems, []);
      const after = parse(await readFile(path.join(root, 'stix-ids.yaml'), 'utf8')) as Record<string, string>;
      assert.equal(after['categories/trust'], before['categories/trust'], 'an id that was right is kept');
      assert.match(
        await readFile(path.join(root, 'stix-ids.yaml'), 'utf8'),
        /^# The STIX 2\.1 id/,
        'the comment is kept',
      );
    } finally {
      await cleanup();
    }
  });
}
