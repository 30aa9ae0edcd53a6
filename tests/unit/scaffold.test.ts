/** `npm run new`: every kind of entry it writes is refused by the content check (so by the build) for its placeholders only, until they are replaced. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { splitSource, parseYaml, type RawEntry, type SourceFile } from '../../src/checks/load.ts';
import { nextThreatCode, scaffold, slugify } from '../../src/checks/scaffold.ts';
import { schemas, validateEntries } from '../../src/checks/validate.ts';
import { DATA_FILE_NAMES } from '../../src/lib/collections.ts';

const context = {
  today: new Date('2026-11-24T12:00:00Z'),
  ids: ['taken'],
  codes: ['GT-001', 'GT-007'],
  orders: [1, 2, 5],
};

for (const collection of COLLECTION_NAMES.filter((name) => name !== 'decisions')) {
  test(`a new ${collection} entry is refused by the check for its text still to write, and for nothing it wrote itself`, () => {
    const result = scaffold(collection, 'A fresh entry', schemas[collection] as z.ZodObject, context);
    const source = splitSource(collection, result.id, result.fileName, result.text) as SourceFile;
    const raw = parseYaml(source) as RawEntry;
    // Every problem the check finds is text still to write, one per place, never what the placeholder breaks.
    const { problems } = validateEntries([raw], [], DATA_FILE_NAMES);
    assert.ok(problems.length > 0, 'the check refuses the placeholders');
    // A new template must also be linked from a situation: a step the check names, not a fault of the scaffold.
    const other = problems.filter(
      (problem) =>
        !problem.message.includes('still has to be written') && !/^no situation links/i.test(problem.message),
    );
    assert.deepEqual(other, [], 'no other problem than text to write');
  });
}

test('threats get the next free id, ordered collections the next order, and titles make file names', () => {
  const threat = scaffold('threats', 'Capture of the release pipeline', schemas.threats as z.ZodObject, context);
  assert.match(threat.text, /^code: GT-008$/m);
  assert.equal(threat.fileName, 'capture-of-the-release-pipeline.mdx');
  assert.match(scaffold('norms', 'X y', schemas.norms as z.ZodObject, context).text, /^order: 6$/m);
  assert.equal(nextThreatCode([]), 'GT-001');
  assert.equal(slugify('Ça va: TLP & “quotes”!'), 'ca-va-tlp-quotes');
  assert.throws(
    () => scaffold('norms', 'Taken', schemas.norms as z.ZodObject, context),
    /already has an entry called "taken"/,
  );
});
