/**
 * Turns zod's validation issues into problems a contributor can act on: the line in the file,
 * the field, what was found there and what the schema expects (from the field's description).
 */
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, type Document } from 'yaml';
import { describeFound, fieldPath, type ContentProblem } from './problems.ts';
import type { ParsedYaml } from './load.ts';
import { describedAt, schemaAt } from './schema-walk.ts';
import { baseFields } from '../schemas/fields.ts';
import { nearest } from '../lib/text.ts';

type Path = readonly PropertyKey[];

const BASE_FIELDS = new Set(Object.keys(baseFields));

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of "name: value" fields',
  date: 'a date written as YYYY-MM-DD',
};

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part as string];
  }
  return current;
}

/** The line of the file where the field at `path` is written, or of its nearest written parent. */
export function fieldLine(entry: ParsedYaml, path: Path): number {
  return lineAt(entry.document, entry.yamlText, entry.yamlStartLine, path);
}

function lineAt(document: Document, yamlText: string, startLine: number, path: Path): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    const parent = depth > 0 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : undefined;
    const pair = isMap(parent)
      ? parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path[depth - 1])
      : undefined;
    const range =
      (isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined) ??
      (node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number]) : undefined);
    if (range && depth > 0) return startLine + yamlText.slice(0, range[0]).split('\n').length - 1;
  }
  return startLine;
}

/** The allowed word nearest to what was written, if it is near enough to be a slip. */
export /** The allowed word nearest to what was written, if it is near enough to be a slip. */
function closest(word: string, options: readonly string[]): string | undefined {
  return nearest(word, options, 1)[0];
}

export function schemaProblems(
  entry: ParsedYaml,
  schema: z.ZodType,
  error: z.ZodError,
  collectionHelp: string,
): ContentProblem[] {
  // A misspelt field also leaves the real one missing: say it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = Object.keys((schemaAt(schema, issue.path) as z.ZodObject | undefined)?.shape ?? {});
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion) misspelt.add(fieldPath([...issue.path, suggestion]));
    }
  }
  const isMissing = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined;

  return error.issues.flatMap((issue): ContentProblem[] => {
    if (isMissing(issue) && misspelt.has(fieldPath(issue.path))) return [];
    const help = BASE_FIELDS.has(String(issue.path[0])) ? 'the-fields-every-entry-has' : collectionHelp;
    const at = (path: Path) => fieldLine(entry, path);

    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys((schemaAt(schema, issue.path) as z.ZodObject | undefined)?.shape ?? {});
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return {
          file: entry.file,
          line: at([...issue.path, key]),
          field: fieldPath([...issue.path, key]),
          message: suggestion
            ? `"${key}" is not a field of this kind of entry; did you mean "${suggestion}"?`
            : `"${key}" is not a field of this kind of entry`,
          expected: `one of the fields ${allowed.join(', ')}`,
          help,
        };
      });
    }

    const found = valueAt(entry.data, issue.path);
    const description = describedAt(schema, issue.path);
    const missing = found === undefined || found === null;
    let message = issue.message;
    let expected = description;
    if (issue.code === 'invalid_type') {
      const typeWord = TYPE_WORDS[issue.expected] ?? issue.expected;
      message = missing ? 'this field is required but is missing' : `this field must be ${typeWord}`;
      expected = description ?? typeWord;
    } else if (issue.code === 'invalid_value' && missing) {
      message = 'this field is required but is missing';
      expected = description ?? `one of: ${issue.values.map(String).join(', ')}`;
    } else if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
      // zod's own wording; a schema's own message (a TLP label, a former status) is kept as it is.
      const suggestion = typeof found === 'string' ? closest(found, issue.values.map(String)) : undefined;
      message = suggestion
        ? `this is not one of the allowed values; did you mean "${suggestion}"?`
        : 'this is not one of the allowed values';
      expected = `one of: ${issue.values.map(String).join(', ')}`;
    } else if (issue.code === 'invalid_union') {
      message = missing ? 'this field is required but is missing' : issue.message;
    }
    return [
      {
        file: entry.file,
        line: at(issue.path),
        field: fieldPath(issue.path),
        message,
        found: describeFound(found),
        expected,
        help,
      },
    ];
  });
}
