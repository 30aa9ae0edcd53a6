/**
 * Checks of the STIX 2.1 bundle, shared by the unit tests (built from content) and the built-site
 * tests (read from dist/): first the OASIS STIX 2.1 JSON schemas (vendored in tests/vendor/), then
 * what those schemas leave out and STIX 2.1 asks for (version 4 UUIDs, custom types and properties
 * declared by extension definitions, references that resolve), then what ATT&CK-style tools and
 * ATT&CK Navigator need to draw the matrix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { KILL_CHAIN, isUuidV4 } from '../../src/model/taxonomy-stix.ts';
import { NAVIGATOR } from '../../src/model/navigator.ts';
import { withFormats } from './taxonomy.ts';

type StixObject = Record<string, unknown> & { type: string; id: string };
export interface Bundle {
  type: string;
  id: string;
  objects: StixObject[];
}

const VENDOR = path.resolve('tests/vendor/stix2-json-schemas');
const SCHEMAS = path.join(VENDOR, 'schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/';

interface Schemas {
  /** The bundle's own properties, its objects checked one by one (as the OASIS validator does). */
  envelope: ValidateFunction;
  /** A schema per STIX type under schemas/ and under interop/ (the Interoperability profile). */
  byType: Map<string, ValidateFunction>;
  interopByType: Map<string, ValidateFunction>;
  /** For custom types: the common properties of every STIX object, and their interop profile. */
  core: ValidateFunction;
  interopCore: ValidateFunction;
}
let compiled: Schemas | undefined;

function oasisSchemas(): Schemas {
  if (compiled) return compiled;
  // As published: they use keywords strict mode flags (such as `definitions`), and patterns written
  // for regular expressions without the u flag (\- is no valid escape under it).
  const ajv = withFormats(new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false }));
  const files = (folder: string) =>
    readdirSync(path.join(VENDOR, folder)).map((file) => ({ file, type: file.replace(/\.json$/, ''), folder }));
  const all = [
    ...['common', 'sdos', 'sros', 'observables'].flatMap((folder) => files(`schemas/${folder}`)),
    ...files('interop'),
  ];
  for (const { file, folder } of all) {
    const schema = JSON.parse(readFileSync(path.join(VENDOR, folder, file), 'utf8')) as {
      $id: string;
      properties?: object;
    };
    // The OASIS validator checks a bundle's objects one by one, not through the bundle's oneOf,
    // which no custom object can pass: every one matches both core and cyber-observable-core.
    if (file === 'bundle.json') schema.properties = { ...schema.properties, objects: { type: 'array', minItems: 1 } };
    // Each schema is known by where it lies, as the OASIS validator loads it: interop/course-of-action.json
    // carries campaign.json's $id by mistake.
    ajv.addSchema({ ...schema, $id: `${BASE}${folder}/${file}` });
  }
  const compile = (folder: string, file: string) => ajv.getSchema(`${BASE}${folder}/${file}`)!;
  const typed = (folders: string[]) =>
    new Map(
      all
        .filter(({ folder, type }) => folders.includes(folder) && type !== 'core')
        .map(({ folder, file, type }) => [type, compile(folder, file)]),
    );
  compiled = {
    envelope: compile('schemas/common', 'bundle.json'),
    byType: typed(['schemas/sdos', 'schemas/sros']).set(
      'extension-definition',
      compile('schemas/common', 'extension-definition.json'),
    ),
    interopByType: typed(['interop']),
    core: compile('schemas/common', 'core.json'),
    interopCore: compile('interop', 'core.json'),
  };
  return compiled;
}

const errorsOf = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());

/** The types the STIX 2.1 specification defines; any other is custom. */
const STIX_TYPES = new Set([
  ...['sdos', 'sros', 'observables'].flatMap((folder) =>
    readdirSync(path.join(SCHEMAS, folder)).map((file) => file.replace(/\.json$/, '')),
  ),
  'bundle',
  'extension-definition',
  'language-content',
  'marking-definition',
]);

/**
 * Problems by the OASIS schemas, applied as the OASIS validator applies them with `--interop`: the
 * bundle's own properties, then each object by its type's schema (the common one for a custom type)
 * and by the Interoperability profile's.
 */
export function oasisProblems(bundle: Bundle): string[] {
  const schemas = oasisSchemas();
  const problems = schemas.envelope(bundle) ? [] : errorsOf(schemas.envelope).map((error) => `bundle: ${error}`);
  for (const object of bundle.objects) {
    const { id, type } = object;
    for (const validate of [
      schemas.byType.get(type) ?? schemas.core,
      schemas.interopByType.get(type) ?? schemas.interopCore,
    ]) {
      if (!validate(object)) problems.push(...errorsOf(validate).map((error) => `${id}: ${error}`));
    }
  }
  return problems;
}

const uuidOf = (id: string) => id.slice(id.indexOf('--') + 2);

/** What STIX 2.1 asks that the schemas do not check: version 4 ids, and every custom type and property declared. */
export function stixRuleProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  if (!isUuidV4(uuidOf(bundle.id))) problems.push(`${bundle.id}: not a version 4 UUID`);
  const definitions = new Map(
    bundle.objects
      .filter((object) => object.type === 'extension-definition')
      .map((object) => [
        object.id,
        object as StixObject & { extension_types: string[]; extension_properties?: string[] },
      ]),
  );
  const ids = new Set(bundle.objects.map((object) => object.id));
  if (ids.size !== bundle.objects.length) problems.push('duplicate object ids');
  for (const object of bundle.objects) {
    const name = object.id;
    if (!isUuidV4(uuidOf(object.id))) problems.push(`${name}: not a version 4 UUID`);
    if (!object.id.startsWith(`${object.type}--`)) problems.push(`${name}: the id does not start with the type`);
    for (const [key, value] of Object.entries(object)) {
      const refs = key.endsWith('_ref') ? [value as string] : key.endsWith('_refs') ? (value as string[]) : [];
      for (const ref of refs) if (!ids.has(ref)) problems.push(`${name}: ${key} ${ref} does not resolve`);
    }
    const used = Object.entries((object.extensions ?? {}) as Record<string, { extension_type: string }>);
    for (const [definition] of used)
      if (!definitions.has(definition)) problems.push(`${name}: extension ${definition} is not defined in the bundle`);
    const usesType = (type: string) =>
      used.some(
        ([definition, use]) =>
          use.extension_type === type && definitions.get(definition)?.extension_types.includes(type),
      );
    if (!STIX_TYPES.has(object.type) && !usesType('new-sdo'))
      problems.push(`${name}: custom type ${object.type} is not declared by a new-sdo extension definition`);
    if (STIX_TYPES.has(object.type)) {
      const declared = new Set(
        used.flatMap(([definition, use]) =>
          use.extension_type === 'toplevel-property-extension'
            ? (definitions.get(definition)?.extension_properties ?? [])
            : [],
        ),
      );
      for (const key of Object.keys(object).filter((key) => key.startsWith('x_')))
        if (!declared.has(key))
          problems.push(`${name}: custom property ${key} is not declared by a toplevel-property-extension`);
    }
  }
  return problems;
}

/** What ATT&CK-style tools and ATT&CK Navigator read: tactics, the matrix, platforms, the GT id first. */
export function attackShapeProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  const tactics = new Set(
    bundle.objects
      .filter((object) => object.type === 'x-mitre-tactic')
      .map((object) => object.x_mitre_shortname as string),
  );
  for (const object of bundle.objects.filter((object) => object.type === 'attack-pattern')) {
    const name = object.id;
    const phases = object.kill_chain_phases as { kill_chain_name: string; phase_name: string }[];
    if (phases.length !== 1 || phases[0]!.kill_chain_name !== KILL_CHAIN || !tactics.has(phases[0]!.phase_name))
      problems.push(`${name}: kill chain phase is not a tactic`);
    const own = (object.external_references as { external_id?: string }[])[0];
    if (!/^GT-\d{3}$/.test(own?.external_id ?? '')) problems.push(`${name}: first external reference lacks its GT id`);
    if (JSON.stringify(object.x_mitre_platforms) !== JSON.stringify([NAVIGATOR.platform]))
      problems.push(`${name}: x_mitre_platforms is not ["${NAVIGATOR.platform}"], so Navigator would hide it`);
    if (JSON.stringify(object.x_mitre_domains) !== JSON.stringify([NAVIGATOR.domain]))
      problems.push(`${name}: x_mitre_domains is not ["${NAVIGATOR.domain}"]`);
  }
  const matrices = bundle.objects.filter((object) => object.type === 'x-mitre-matrix');
  if (matrices.length !== 1 || (matrices[0]!.tactic_refs as string[]).length !== tactics.size)
    problems.push('the matrix does not list every tactic once');
  return problems;
}

/** Every problem the three checks find. */
export function stixProblems(bundle: Bundle): string[] {
  return [...oasisProblems(bundle), ...stixRuleProblems(bundle), ...attackShapeProblems(bundle)];
}
