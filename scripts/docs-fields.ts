/**
 * `npm run docs:fields` rewrites the field tables in CONTRIBUTING.md from the schemas.
 * With `--check` it only reports whether they are current (the unit tests run that check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { rewriteFieldBlocks } from '../src/checks/field-docs.ts';
import { schemas } from '../src/checks/validate.ts';
import { baseFields } from '../src/schemas/fields.ts';

const FILE = 'CONTRIBUTING.md';
const current = await readFile(FILE, 'utf8');
const next = rewriteFieldBlocks(current, schemas, Object.keys(baseFields));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${FILE}: the field tables are out of date. Run \`npm run docs:fields\`.`);
    process.exit(1);
  }
  console.log(`${FILE}: the field tables match the schemas.`);
} else {
  await writeFile(FILE, next);
  console.log(next === current ? `${FILE}: already current.` : `${FILE}: field tables rewritten.`);
}
