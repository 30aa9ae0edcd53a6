import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBacklinks, findRefs } from '../../src/lib/references.ts';

test('finds references anywhere in the data, with their path, and nothing else', () => {
  const data = {
    title: 'x',
    updated: new Date(),
    templates: [{ collection: 'templates', id: 'a' }],
    outcomes: [{ norms: [{ collection: 'norms', id: 'b' }], other: { collection: 'nonsense', id: 'c' } }],
    lookalike: { collection: 'norms', id: 'd', extra: true },
  };
  assert.deepEqual(findRefs(data), [
    { collection: 'templates', id: 'a', path: ['templates', 0] },
    { collection: 'norms', id: 'b', path: ['outcomes', 0, 'norms', 0] },
  ]);
});

test('backlinks list each linking entry once per field', () => {
  const backlinks = buildBacklinks([
    {
      collection: 'norms',
      id: 'n',
      data: {
        templates: [
          { collection: 'templates', id: 't' },
          { collection: 'templates', id: 't' },
        ],
      },
    },
    {
      collection: 'decisions',
      id: 'd',
      data: {
        outcomes: [
          { templates: [{ collection: 'templates', id: 't' }] },
          { templates: [{ collection: 'templates', id: 't' }] },
        ],
      },
    },
  ]);
  assert.deepEqual(backlinks.get('templates/t'), [
    { collection: 'norms', id: 'n', field: 'templates' },
    { collection: 'decisions', id: 'd', field: 'outcomes' },
  ]);
});
