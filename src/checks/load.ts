/**
 * Reads the content root from disk the way Astro's glob loader will: one file per entry, the
 * entry id taken from the file name. YAML is parsed as YAML 1.2 (the `yaml` package), which keeps
 * dates as the text written, so that "2026-13-45" is caught rather than rolled over into 2027.
 */
import { FRONTMATTER } from '../lib/markdown.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DATA_FILES,
  ENTRY_ID_PATTERN,
  dataFileNamed,
  entryIdFromFileName,
  type CollectionName,
  type DataFileName,
} from '../lib/collections.ts';
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

/** YAML errors that come from a line indented one or two spaces off. */
const INDENT_ERROR = /^BAD_INDENT:|^BLOCK_AS_IMPLICIT_KEY: A block sequence|without - indicator/;
const INDENT_EXPECTED =
  'the same indentation for every field of a group and every "- " of a list; count the spaces against the line above';

/**
 * A list item indented differently from the one before it is read by YAML as more words of that
 * item ("maintainers - leadership"), with no error; the schema would then call it a misspelt
 * value, or take it silently. Found here, it is named for what it is.
 */
function foldedListItem(document: Document, yamlText: string): number | undefined {
  let line: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return undefined;
      const written = yamlText.slice(node.range[0], node.range[1]);
      const slip = /\n[ \t]*- /.exec(written);
      if (!slip) return undefined;
      line = yamlText.slice(0, node.range[0] + slip.index + 1).split('\n').length;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * What went wrong in YAML, in plain words, and the line where the mistake most likely is. The YAML
 * reader notices an unclosed quote only where the text ends, so the line that opened it is found
 * by looking for a value that starts with a quote mark and never closes it.
 */
export function yamlTrouble(
  yamlText: string,
  error: { code: string; message: string; linePos?: { line: number }[] },
): {
  line: number;
  message: string;
  expected: string;
} {
  const reported = error.linePos?.[0]?.line ?? 1;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const quote = error.message.includes("'quote") ? "'" : '"';
    const lines = yamlText.split('\n');
    const opened = lines.findIndex((line) => {
      const value = /^\s*(?:-\s+)?[\w-]+:\s+(.*)$/.exec(line)?.[1] ?? /^\s*-\s+(.*)$/.exec(line)?.[1];
      return value?.startsWith(quote) && !(value.length > 1 && value.trimEnd().endsWith(quote));
    });
    return {
      line: opened >= 0 ? opened + 1 : reported,
      message: `a quotation mark (${quote}) opened on this line is never closed`,
      expected: `a closing ${quote} at the end of the text, or no quotation marks at all`,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    return { line: reported, message: 'this field is written twice', expected: 'each field once' };
  }
  if (INDENT_ERROR.test(`${error.code}: ${error.message}`)) {
    return {
      line: reported,
      message: 'this line is indented differently from the lines above it',
      expected: INDENT_EXPECTED,
    };
  }
  return {
    line: reported,
    message: 'this line cannot be read as a "name: value" field or a list item',
    expected:
      'one "name: value" per line, list items starting with "- " and indented under their field, and quotation marks around text that contains a colon followed by a space',
  };
}

export function parseYaml<S extends YamlSource>(source: S): (S & ParsedYaml) | ContentProblem {
  const document = parseDocument(source.yamlText);
  const [error] = document.errors;
  if (error) {
    const trouble = yamlTrouble(source.yamlText, error);
    return {
      file: source.file,
      line: source.yamlStartLine + trouble.line - 1,
      message: `the fields could not be read: ${trouble.message}`,
      expected: trouble.expected,
      help: 'the-fields-every-entry-has',
    };
  }
  const folded = foldedListItem(document, source.yamlText);
  if (folded !== undefined) {
    return {
      file: source.file,
      line: source.yamlStartLine + folded - 1,
      message:
        'the fields could not be read: this list item is indented differently from the item above it, so YAML reads the two as one text',
      expected: INDENT_EXPECTED,
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
export async function readContentRoot(root: string): Promise<{
  entries: RawEntry[];
  data: RawData[];
  present: DataFileName[];
  /** Entries whose file exists but could not be read: links to them are not also reported as broken. */
  unreadable: { collection: CollectionName; id: string }[];
  problems: ContentProblem[];
}> {
  const entries: RawEntry[] = [];
  const unreadable: { collection: CollectionName; id: string }[] = [];
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
          expected: `a name such as "${id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}"`,
          help: 'how-content-is-organised',
        });
        continue;
      }
      const source = splitSource(collection, id, file, await readFile(path.join(directory, name), 'utf8'));
      const parsed = isProblem(source) ? source : parseYaml(source);
      if (isProblem(parsed)) {
        problems.push(parsed);
        unreadable.push({ collection, id });
      } else entries.push(parsed);
    }
  }
  return { entries, data, present, unreadable, problems };
}
