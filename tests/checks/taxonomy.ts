/** Checks of the JSON exports by the schemas the site publishes, shared by the unit tests (built from content) and the built-site tests (read from dist/). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

/** Adds the string formats (uri, date-time…) to a validator. */
export function withFormats<A extends Ajv2020>(ajv: A): A {
  // ajv-formats is CommonJS: Node hands over the module object, TypeScript the function.
  const addFormats = (formats as unknown as { default?: typeof formats }).default ?? formats;
  addFormats(ajv);
  return ajv;
}

/** Problems with a document, by one of the JSON Schemas the site publishes in public/schemas/. */
export function validateAgainst(schemaFile: string, document: unknown): string[] {
  const ajv = withFormats(new Ajv2020({ allErrors: true, strict: true }));
  // The site's layer schema names each deviation from Navigator's layer format in this keyword.
  ajv.addKeyword({ keyword: 'x-deviation', schemaType: 'string' });
  const validate = ajv.compile(JSON.parse(readFileSync(`public/schemas/${schemaFile}`, 'utf8')));
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Problems with a taxonomy.json document, by its published JSON Schema. */
export function validateTaxonomy(document: unknown): string[] {
  return validateAgainst('taxonomy.schema.json', document);
}
