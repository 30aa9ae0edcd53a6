/**
 * The taxonomy exports, built from content: the JSON validates against its published JSON Schema,
 * and the STIX bundle has the shapes ATT&CK-style tools expect, with every reference resolving.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentRoot } from '../../src/checks/root.ts';
import { checkContentRoot } from '../../src/checks/validate.ts';
import type { ValidEntry } from '../../src/checks/rules.ts';
import { taxonomyJson, taxonomyStix, uuidV5, type TaxonomySource } from '../../src/model/taxonomy-export.ts';
import { stixProblems, validateTaxonomy } from '../checks/taxonomy.ts';
import { FIXTURES } from './helpers.ts';

const SITE = 'https://example.org/guide/';

async function sourceFrom(root: string): Promise<TaxonomySource> {
  const { entries, problems } = await checkContentRoot(root);
  assert.deepEqual(problems, []);
  const of = <C extends 'categories' | 'threats' | 'structures' | 'exercises' | 'cases'>(collection: C) =>
    (entries.filter((entry) => entry.collection === collection) as ValidEntry<C>[]).map((entry) => ({
      id: entry.id,
      data: entry.parsed,
      url: `${SITE}${collection}/${entry.id}/`,
    }));
  return {
    categories: of('categories'),
    threats: of('threats'),
    structures: of('structures'),
    exercises: of('exercises'),
    cases: of('cases'),
    site: SITE,
  };
}

for (const [name, root] of [
  ['the valid fixture', `${FIXTURES}/valid`],
  ['the site’s content', contentRoot({})],
] as const) {
  test(`${name}: taxonomy.json validates against its schema`, async () => {
    const document = taxonomyJson(await sourceFrom(root));
    assert.deepEqual(validateTaxonomy(document), []);
    assert.ok(document.threats.length > 0);
  });

  test(`${name}: the STIX bundle has ATT&CK-style shapes and no dangling reference`, async () => {
    const source = await sourceFrom(root);
    const bundle = taxonomyStix(source);
    assert.deepEqual(stixProblems(bundle), []);
    const count = (type: string) => bundle.objects.filter((object) => object.type === type).length;
    assert.equal(count('attack-pattern'), source.threats.length);
    assert.equal(count('x-mitre-tactic'), source.categories.length);
    assert.equal(count('report'), source.cases.length);
  });
}

test('a schema violation is reported', () => {
  assert.notDeepEqual(validateTaxonomy({ formatVersion: '1.0.0', threats: [{ id: 'T1' }] }), []);
});

test('a dangling STIX reference is reported', async () => {
  const bundle = taxonomyStix(await sourceFrom(`${FIXTURES}/valid`));
  const broken = {
    ...bundle,
    objects: bundle.objects.map((object) =>
      object.type === 'x-mitre-matrix'
        ? { ...object, tactic_refs: ['x-mitre-tactic--00000000-0000-5000-8000-000000000000'] }
        : object,
    ),
  };
  assert.ok(stixProblems(broken as never).some((problem) => problem.includes('does not resolve')));
});

test('version 5 UUIDs are stable and well formed', () => {
  assert.equal(uuidV5('x'), uuidV5('x'));
  assert.notEqual(uuidV5('x'), uuidV5('y'));
  // RFC 4122 example: the DNS namespace and "www.example.com".
  assert.equal(
    uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
});

test('a site with no taxonomy yet still exports valid, empty documents', () => {
  const empty = { categories: [], threats: [], structures: [], exercises: [], cases: [], site: 'https://example.org/' };
  assert.equal(taxonomyJson(empty).updated, '1970-01-01');
  assert.equal(taxonomyStix(empty).objects.filter((object) => object.type === 'x-mitre-matrix').length, 1);
});
