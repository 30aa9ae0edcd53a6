/**
 * The taxonomy exports, built from content: the JSON validates against its published JSON Schema,
 * and the STIX bundle against the OASIS STIX 2.1 schemas and rules, with the shapes ATT&CK-style
 * tools and ATT&CK Navigator expect. Each check is shown to fail on a planted fault.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentRoot } from '../../src/lib/content-root.ts';
import { checkContentRoot } from '../../src/checks/validate.ts';
import type { ValidEntry } from '../../src/checks/types.ts';
import { taxonomyJson, type TaxonomySource } from '../../src/model/taxonomy-export.ts';
import { taxonomyStix } from '../../src/model/taxonomy-stix.ts';
import { validateTaxonomy } from '../checks/taxonomy.ts';
import { attackShapeProblems, oasisProblems, stixProblems, stixRuleProblems, type Bundle } from '../checks/stix.ts';
import { FIXTURES } from './helpers.ts';
import { PUBLISHER } from '../../src/site.config.ts';

async function sourceFrom(root: string, site = 'https://example.org/guide/'): Promise<TaxonomySource> {
  const { entries, data, problems } = await checkContentRoot(root);
  assert.deepEqual(problems, []);
  const of = <C extends 'categories' | 'threats' | 'structures' | 'exercises' | 'cases'>(collection: C) =>
    (entries.filter((entry) => entry.collection === collection) as ValidEntry<C>[]).map((entry) => ({
      id: entry.id,
      data: entry.parsed,
      url: `${site}${collection}/${entry.id}/`,
    }));
  return {
    categories: of('categories'),
    threats: of('threats'),
    structures: of('structures'),
    exercises: of('exercises'),
    cases: of('cases'),
    site,
    publisher: PUBLISHER,
    stixIds: new Map(Object.entries(data.stixIds!.ids)),
  };
}

const bundleOf = async (root: string, site?: string) => taxonomyStix(await sourceFrom(root, site)) as Bundle;

for (const [name, root] of [
  ['the valid fixture', `${FIXTURES}/valid`],
  ['the site’s content', contentRoot({})],
] as const) {
  test(`${name}: taxonomy.json validates against its schema`, async () => {
    const document = taxonomyJson(await sourceFrom(root));
    assert.deepEqual(validateTaxonomy(document), []);
    assert.ok(document.threats.length > 0);
  });

  test(`${name}: the STIX bundle passes the OASIS schemas and rules, with ATT&CK-style shapes`, async () => {
    const source = await sourceFrom(root);
    const bundle = taxonomyStix(source) as Bundle;
    assert.deepEqual(stixProblems(bundle), []);
    const count = (type: string) => bundle.objects.filter((object) => object.type === type).length;
    assert.equal(count('attack-pattern'), source.threats.length);
    assert.equal(count('x-mitre-tactic'), source.categories.length);
    assert.equal(count('report'), source.cases.length);
    assert.equal(count('identity'), source.structures.length + 1);
  });
}

test('the STIX ids come from content/stix-ids.yaml and stay the same from one build to the next', async () => {
  const source = await sourceFrom(`${FIXTURES}/valid`);
  const [first, second] = [taxonomyStix(source), taxonomyStix(source)];
  assert.deepEqual(
    first.objects.map((object) => object.id),
    second.objects.map((object) => object.id),
  );
  const threat = first.objects.find((object) => object.type === 'attack-pattern')!;
  assert.equal(threat.id, `attack-pattern--${source.stixIds.get('threats/slow-takeover')}`);
  // The bundle is a wrapper for one delivery: a new random id each time.
  assert.notEqual(first.id, second.id);
});

test('a build without the site’s address writes no URL of its own pages, and still passes', async () => {
  const bundle = await bundleOf(`${FIXTURES}/valid`, '/');
  assert.deepEqual(stixProblems(bundle), []);
  const own = bundle.objects.flatMap(
    (object) => (object.external_references as { source_name: string; url?: string }[] | undefined) ?? [],
  );
  assert.ok(own.some((reference) => reference.source_name === 'sosc-governance'));
  assert.deepEqual(
    own.filter((reference) => reference.source_name === 'sosc-governance' && reference.url),
    [],
  );
});

test('a site with no taxonomy yet still exports valid, empty documents', () => {
  const empty = {
    categories: [],
    threats: [],
    structures: [],
    exercises: [],
    cases: [],
    site: 'https://example.org/',
    publisher: PUBLISHER,
    stixIds: new Map(),
  };
  assert.equal(taxonomyJson(empty).updated, '1970-01-01');
  assert.equal(taxonomyStix(empty).objects.filter((object) => object.type === 'x-mitre-matrix').length, 1);
});

// Planted faults: each check must catch its own.
const planted = async (change: (object: Bundle['objects'][number]) => Bundle['objects'][number] | undefined) => {
  const bundle = await bundleOf(`${FIXTURES}/valid`);
  return { ...bundle, objects: bundle.objects.map((object) => change(object) ?? object) };
};

test('a schema violation of taxonomy.json is reported', () => {
  assert.notDeepEqual(validateTaxonomy({ formatVersion: '1.0.0', threats: [{ id: 'T1' }] }), []);
});

const PLANTED: {
  fault: string;
  type: string;
  change: Partial<Bundle['objects'][number]>;
  check: (bundle: Bundle) => string[];
  says: string;
}[] = [
  {
    fault: 'a date without a time (OASIS schemas)',
    type: 'attack-pattern',
    change: { created: '2026-01-01' },
    check: oasisProblems,
    says: '/created',
  },
  {
    fault: 'an id that is not a version 4 UUID',
    type: 'attack-pattern',
    change: { id: 'attack-pattern--8f2f6f0c-5b7e-5c61-9a4c-3e1d2b6c7a90' },
    check: stixRuleProblems,
    says: 'not a version 4 UUID',
  },
  {
    fault: 'a custom property no extension definition declares',
    type: 'attack-pattern',
    change: { x_sosc_extra: 'x' },
    check: stixRuleProblems,
    says: 'custom property x_sosc_extra',
  },
  {
    fault: 'a custom type no extension definition declares',
    type: 'x-sosc-exercise',
    change: { extensions: undefined },
    check: stixRuleProblems,
    says: 'custom type x-sosc-exercise',
  },
  {
    fault: 'a dangling reference',
    type: 'x-mitre-matrix',
    change: { tactic_refs: ['x-mitre-tactic--00000000-0000-4000-8000-000000000000'] },
    check: stixRuleProblems,
    says: 'does not resolve',
  },
  {
    fault: 'a threat without the platform Navigator filters on',
    type: 'attack-pattern',
    change: { x_mitre_platforms: undefined },
    check: attackShapeProblems,
    says: 'Navigator would hide it',
  },
];

for (const { fault, type, change, check, says } of PLANTED) {
  test(`the STIX checks report ${fault}`, async () => {
    const bundle = await planted((object) => (object.type === type ? { ...object, ...change } : undefined));
    const problems = check(bundle);
    assert.ok(
      problems.some((problem) => problem.includes(says)),
      problems.join('\n') || 'no problem reported',
    );
  });
}
