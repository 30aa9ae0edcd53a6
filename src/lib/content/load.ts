/**
 * Reads the content root from disk the way Astro's glob loader will: one file per entry, the
 * entry id taken from the file name. YAML is parsed as YAML 1.2 (the `yaml` package), which keeps
 * dates as the text written, so that "2026-13-45" is caught rather than rolled over into 2027.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DATA_FILES,
  ENTRY_ID_PATTERN,
  dataFileNamed,
  entryIdFromFileName,
  type CollectionName,
  type DataFileName,
} from '../collections.ts';
import type { ContentProblem } from './problems.ts';

/** YAML read from a file, kept with what is needed to find the line of a field. */
export interface YamlSource {
  /** Path shown to people: relative to the working directory. */
  file: string;
  /** The YAML text of the data (the frontmatter of an MDX file, or the whole YAML file). */
  yamlText: string;
  /** Line of the file on which `yamlText` starts. */
  yamlStartLine: number;
}

export interface SourceFile extends YamlSource {
  collection: CollectionName;
  id: string;
  body: string;
  /** Line of the file on which `body` starts. */
  bodyStartLine: number;
}

export interface ParsedYaml extends YamlSource {
  data: unknown;
  /** The parsed YAML, kept to find the line of a field. */
  document: Document;
}

export type RawEntry = SourceFile & ParsedYaml;

/** A data file such as content/tlp-model.yaml, read but not yet checked against its schema. */
export interface RawData extends ParsedYaml {
  name: DataFileName;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const EXTENSIONS: Record<'mdx' | 'yaml', RegExp> = { mdx: /\.mdx$/, yaml: /\.ya?ml$/ };

export function splitSource(
  collection: CollectionName,
  id: string,
  file: string,
  text: string,
): SourceFile | ContentProblem {
  if (COLLECTIONS[collection].format === 'yaml') {
    return { collection, id, file, yamlText: text, yamlStartLine: 1, body: '', bodyStartLine: 1 };
  }
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return {
      file,
      line: 1,
      message: 'the file does not start with its fields between two lines of three hyphens (---)',
      expected: 'a first line "---", the fields, then another line "---" before the text',
      help: 'the-fields-every-entry-has',
    };
  }
  const [whole, yamlText = ''] = match;
  return {
    collection,
    id,
    file,
    yamlText,
    yamlStartLine: 2,
    body: text.slice(whole.length),
    bodyStartLine: whole.split('\n').length,
  };
}

export function parseYaml<S extends YamlSource>(source: S): (S & ParsedYaml) | ContentProblem {
  const document = parseDocument(source.yamlText);
  const [error] = document.errors;
  if (error) {
    return {
      file: source.file,
      line: source.yamlStartLine + (error.linePos?.[0]?.line ?? 1) - 1,
      message: `the fields could not be read as YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      expected: 'one "name: value" per line; quote text that contains a colon followed by a space',
      help: 'the-fields-every-entry-has',
    };
  }
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      file: source.file,
      line: source.yamlStartLine,
      message: 'the fields must be written as "name: value" lines',
      found: Array.isArray(data) ? 'a list' : JSON.stringify(data),
      help: 'the-fields-every-entry-has',
    };
  }
  return { ...source, data, document };
}

function isProblem(value: object): value is ContentProblem {
  return 'message' in value;
}

async function listFiles(directory: string): Promise<string[] | undefined> {
  try {
    const dirents = await readdir(directory, { withFileTypes: true });
    return dirents.filter((d) => !d.name.startsWith('.')).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads every entry of every collection below `root`; a missing collection folder is an empty collection. */
export async function readContentRoot(
  root: string,
): Promise<{ entries: RawEntry[]; data: RawData[]; present: DataFileName[]; problems: ContentProblem[] }> {
  const entries: RawEntry[] = [];
  const data: RawData[] = [];
  /** Data files found, whether or not they could be read: a broken file is reported once, not also as missing. */
  const present: DataFileName[] = [];
  const problems: ContentProblem[] = [];
  const shown = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;

  const topLevel = (await listFiles(root)) ?? [];
  for (const name of topLevel) {
    const dataName = dataFileNamed(name);
    if (dataName) {
      present.push(dataName);
      const file = shown(path.join(root, name));
      const text = await readFile(path.join(root, name), 'utf8');
      const parsed = parseYaml({ file, yamlText: text, yamlStartLine: 1 });
      if (isProblem(parsed)) problems.push(parsed);
      else data.push({ ...parsed, name: dataName });
    } else if (!COLLECTION_NAMES.includes(name.replace(/\/$/, '') as CollectionName)) {
      problems.push({
        file: shown(path.join(root, name)),
        message: name.endsWith('/') ? 'this is not a folder of a known collection' : 'this is not a known data file',
        expected: `one of the folders ${COLLECTION_NAMES.join(', ')}, or one of the files ${Object.values(DATA_FILES)
          .map((item) => item.file)
          .join(', ')}`,
        help: 'how-content-is-organised',
      });
    }
  }

  for (const collection of COLLECTION_NAMES) {
    const directory = path.join(root, collection);
    const files = (await listFiles(directory)) ?? [];
    const format = COLLECTIONS[collection].format;
    for (const name of files.sort()) {
      const file = shown(path.join(directory, name));
      const id = entryIdFromFileName(name);
      if (!EXTENSIONS[format].test(name)) {
        problems.push({
          file,
          message: `files in content/${collection}/ must be ${format === 'mdx' ? '.mdx' : '.yaml'} files`,
          found: JSON.stringify(name),
          help: COLLECTIONS[collection].contributingAnchor,
        });
        continue;
      }
      if (!ENTRY_ID_PATTERN.test(id)) {
        problems.push({
          file,
          message: 'the file name becomes the page address, so it must be lower-case words joined by hyphens',
          found: JSON.stringify(name),
          expected: `a name such as "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}"`,
          help: 'how-content-is-organised',
        });
        continue;
      }
      const source = splitSource(collection, id, file, await readFile(path.join(directory, name), 'utf8'));
      const parsed = isProblem(source) ? source : parseYaml(source);
      if (isProblem(parsed)) problems.push(parsed);
      else entries.push(parsed);
    }
  }
  return { entries, data, present, problems };
}
