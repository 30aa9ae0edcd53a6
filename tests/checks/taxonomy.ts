/** Checks of the taxonomy exports, shared by the unit tests (built from content) and the built-site tests (read from dist/). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { KILL_CHAIN } from '../../src/model/taxonomy-export.ts';

/** Problems with a document, by one of the JSON Schemas the site publishes in public/schemas/. */
export function validateAgainst(schemaFile: string, document: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: Node hands over the module object, TypeScript the function.
  const addFormats = (formats as unknown as { default?: typeof formats }).default ?? formats;
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(`public/schemas/${schemaFile}`, 'utf8')));
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Problems with a taxonomy.json document, by its published JSON Schema. */
export function validateTaxonomy(document: unknown): string[] {
  return validateAgainst('taxonomy.schema.json', document);
}

const STIX_ID = /^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STIX_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Problems with a STIX 2.1 bundle's objects: common properties, the ATT&CK-style shapes, and dangling references. */
export function stixProblems(bundle: { type: string; id: string; objects: Record<string, unknown>[] }): string[] {
  const problems: string[] = [];
  if (bundle.type !== 'bundle' || !STIX_ID.test(bundle.id)) problems.push('not a bundle with a STIX id');
  const ids = new Set(bundle.objects.map((object) => object.id as string));
  if (ids.size !== bundle.objects.length) problems.push('duplicate object ids');
  const tactics = new Set(
    bundle.objects
      .filter((object) => object.type === 'x-mitre-tactic')
      .map((object) => object.x_mitre_shortname as string),
  );
  const refs = (object: Record<string, unknown>) =>
    Object.entries(object).flatMap(([key, value]) =>
      key.endsWith('_ref') ? [value as string] : key.endsWith('_refs') ? (value as string[]) : [],
    );
  for (const object of bundle.objects) {
    const name = `${object.type as string} ${object.id as string}`;
    if (object.spec_version !== '2.1') problems.push(`${name}: spec_version is not 2.1`);
    if (!STIX_ID.test(object.id as string) || !(object.id as string).startsWith(`${object.type as string}--`))
      problems.push(`${name}: bad id`);
    for (const key of ['created', 'modified'])
      if (!STIX_TIME.test(object[key] as string)) problems.push(`${name}: bad ${key}`);
    for (const ref of refs(object)) if (!ids.has(ref)) problems.push(`${name}: ${ref} does not resolve`);
    if (object.type === 'attack-pattern') {
      const phases = object.kill_chain_phases as { kill_chain_name: string; phase_name: string }[];
      if (phases.length !== 1 || phases[0]!.kill_chain_name !== KILL_CHAIN || !tactics.has(phases[0]!.phase_name))
        problems.push(`${name}: kill chain phase is not a tactic`);
      const own = (object.external_references as { external_id?: string }[])[0];
      if (!/^GT-\d{3}$/.test(own?.external_id ?? ''))
        problems.push(`${name}: first external reference lacks its GT id`);
    }
    if (object.type === 'relationship' && !(object.relationship_type as string))
      problems.push(`${name}: no relationship_type`);
  }
  const matrices = bundle.objects.filter((object) => object.type === 'x-mitre-matrix');
  if (matrices.length !== 1 || (matrices[0]!.tactic_refs as string[]).length !== tactics.size)
    problems.push('the matrix does not list every tactic once');
  return problems;
}
