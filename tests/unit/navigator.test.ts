/**
 * The exposure check's layer opens in ATT&CK Navigator on this site's bundle: the rules below are
 * read from Navigator 5.1.0's own source (see src/model/navigator.ts), and each is shown to fail
 * on a planted fault. The layer's JSON Schema names each rule of layer format 4.5 it cannot keep.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { t } from '../../src/i18n/index.ts';
import { navigatorLayer, type Finding } from '../../src/model/exposure.ts';
import { NAVIGATOR, layerFrame, navigatorLink } from '../../src/model/navigator.ts';
import { validateAgainst } from '../checks/taxonomy.ts';

const BUNDLE = 'https://example.github.io/guide/taxonomy.stix.json';
const finding = (code: string, score: number): Finding => ({
  threat: {
    code,
    title: `Threat ${code}`,
    path: `/threats/${code}/`,
    severity: 'medium',
    exposure: { everyProject: false, raise: [], lower: [] },
    remedies: [],
  },
  score,
  points: score,
  reasons: [],
  protections: [],
});
const layer = navigatorLayer(
  [finding('GT-001', 2), finding('GT-002', 0)],
  { resultUrl: 'https://example.github.io/guide/check/#owners=one', stixUrl: BUNDLE },
  t,
);
const problems = (document: unknown) => validateAgainst('navigator-layer.schema.json', document);

/** What Navigator reads from a link's fragment (tabs.component.ts getNamedFragmentValue). */
function fragmentValue(link: string, name: string): string | undefined {
  const match = new RegExp(`[#&]${name}(?:=([^&#]*)|&|#|$)`).exec(link);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1].replace(/\+/g, ' '));
}

test('the link loads the bundle under the domain and version the layer names', () => {
  const link = navigatorLink(BUNDLE);
  assert.ok(link.startsWith(NAVIGATOR.home));
  assert.equal(fragmentValue(link, 'bundleURL'), BUNDLE);
  assert.equal(fragmentValue(link, 'domain'), layer.domain);
  // Navigator files the data under domain-version, and looks the layer up under the same pair.
  assert.equal(fragmentValue(link, 'version'), layer.versions.attack);
  // It opens a layer with custom data only on the very address it loaded.
  assert.equal(new URL(fragmentValue(link, 'bundleURL')!).toString(), layer.customDataURL);
});

test('the layer shows the platform every threat of the bundle carries', () => {
  assert.deepEqual(layer.filters.platforms, [NAVIGATOR.platform]);
  assert.deepEqual(layerFrame(BUNDLE).filters, layer.filters);
});

test('the layer validates against the site’s layer schema, whose exceptions are the model’s constants', () => {
  assert.deepEqual(problems(layer), []);
  const schema = JSON.parse(readFileSync('public/schemas/navigator-layer.schema.json', 'utf8')) as {
    properties: Record<string, { const?: unknown; properties?: Record<string, { const?: unknown }> }>;
  };
  assert.equal(schema.properties.domain!.const, NAVIGATOR.domain);
  assert.equal(schema.properties.versions!.properties!.attack!.const, NAVIGATOR.dataVersion);
  assert.deepEqual(schema.properties.filters!.properties!.platforms!.const, [NAVIGATOR.platform]);
  assert.equal(schema.properties.versions!.properties!.layer!.const, NAVIGATOR.layerFormat);
});

for (const [fault, change] of [
  ['an ATT&CK domain, on which Navigator would not find the threats', { domain: 'enterprise-attack' }],
  [
    'no ATT&CK version of its own, so Navigator looks under its current one',
    { versions: { layer: '4.5', navigator: '5.1.0' } },
  ],
  ['no platform filter', { filters: undefined }],
  ['an ATT&CK technique id', { techniques: [{ techniqueID: 'T1078', score: 1 }] }],
  ['a bundle address Navigator cannot fetch', { customDataURL: '/taxonomy.stix.json' }],
] as const) {
  test(`the layer schema refuses ${fault}`, () => {
    assert.notDeepEqual(problems({ ...layer, ...change }), []);
  });
}
