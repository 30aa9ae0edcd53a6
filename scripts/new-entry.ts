/**
 * `npm run new -- <kind> "<title>"` writes a new entry with every required field filled in with a
 * placeholder to replace, and says where it went and what to edit next.
 * Kinds: norm, tlp, situation, template, checklist, threat, category, structure, exercise, case, framework,
 * glossary (or term), page; plural collection names work too.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DATA_FILES,
  isCollectionName,
  type CollectionName,
} from '../src/lib/collections.ts';
import { readContentRoot } from '../src/checks/load.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { scaffold } from '../src/checks/scaffold.ts';
import { TAXONOMY, repairedStixIds } from '../src/checks/stix-ids.ts';
import { schemas } from '../src/checks/validate.ts';

const ALIASES: Record<string, CollectionName> = {
  norm: 'norms',
  situation: 'situations',
  template: 'templates',
  checklist: 'checklists',
  threat: 'threats',
  category: 'categories',
  structure: 'structures',
  exercise: 'exercises',
  case: 'cases',
  framework: 'frameworks',
  term: 'glossary',
  page: 'pages',
  label: 'tlp',
};

function fail(message: string): never {
  console.error(
    `${message}\n\nUsage: npm run new -- <kind> "<title>"\nKinds: ${Object.keys(ALIASES).join(', ')} (or ${COLLECTION_NAMES.join(', ')}).`,
  );
  process.exit(1);
}

const [kind = '', ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const collection = isCollectionName(kind) ? kind : ALIASES[kind.toLowerCase()];
if (!collection) fail(kind ? `"${kind}" is not a kind of entry.` : 'Say what kind of entry to write.');
if (collection === 'decisions')
  fail(
    'The decision tree is one file, content/decisions/disclosure.yaml; edit it directly (see CONTRIBUTING.md, "The decision tree").',
  );
if (!title) fail('Give the entry a title, in quotes.');

const root = contentRoot();
const { entries } = await readContentRoot(root);
const own = entries.filter((entry) => entry.collection === collection);
const data = (entry: (typeof entries)[number]) => entry.data as { code?: unknown; order?: unknown };
let result;
try {
  result = scaffold(collection, title, schemas[collection] as z.ZodObject, {
    today: new Date(),
    ids: own.map((entry) => entry.id),
    codes: entries
      .filter((entry) => entry.collection === 'threats')
      .map((entry) => String(data(entry).code ?? ''))
      .filter((code) => /^GT-\d{3}$/.test(code)),
    orders: own.map((entry) => Number(data(entry).order)).filter(Number.isFinite),
    idsOf: (linked) => entries.filter((entry) => entry.collection === linked).map((entry) => entry.id),
  });
} catch (error) {
  fail((error as Error).message);
}
const file = path.join(root, collection, result.fileName);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists.`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, result.text);

// An entry of the taxonomy is an object of the STIX bundle: it gets its id now, kept for good.
const stixIdsFile = path.join(root, DATA_FILES['stix-ids'].file);
const stixKey = `${collection}/${result.id}`;
const getsStixId = (TAXONOMY as readonly string[]).includes(collection) && existsSync(stixIdsFile);
if (getsStixId) {
  const faults = { missing: [stixKey], malformed: [], repeated: [], unused: [] };
  await writeFile(stixIdsFile, repairedStixIds(await readFile(stixIdsFile, 'utf8'), faults));
}

const toEdit = result.text
  .split('\n')
  .map((line, index) => ({ line: index + 1, text: line.trim() }))
  .filter(({ text }) => text.includes('REPLACE'));
console.log(`Wrote ${path.relative(process.cwd(), file)} (it will be at /${COLLECTIONS[collection].route ? `${COLLECTIONS[collection].route}/` : ''}${result.id}/).

Replace every "REPLACE" with real text (${toEdit.length} places):
${toEdit.map(({ line, text }) => `  line ${line}: ${text}`).join('\n')}

${getsStixId ? `Gave it a STIX id in ${path.relative(process.cwd(), stixIdsFile)} (${stixKey}).\n` : ''}What each field means: CONTRIBUTING.md#${COLLECTIONS[collection].contributingAnchor}
Then check it with: npm run lint:content`);
