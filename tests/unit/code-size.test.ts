/**
 * The source stays easy to carry on: no file of src/ (TypeScript, Astro, CSS) over 400 lines, and no
 * function over 80, in .ts files and in the frontmatter of .astro components.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  functionLengths,
  lineCount,
  measure,
  scriptOf,
} from '../checks/code-size.ts';

const { files, functions } = measure('src');

test(`no source file in src/ is over ${MAX_FILE_LINES} lines`, () => {
  assert.ok(files.some((file) => file.file.endsWith('.astro')) && files.some((file) => file.file.endsWith('.css')));
  assert.deepEqual(
    files.filter((file) => file.lines > MAX_FILE_LINES).map((file) => `${file.file}: ${file.lines} lines`),
    [],
  );
});

test(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
  assert.ok(functions.length > 100, `only ${functions.length} functions were found`);
  assert.deepEqual(
    functions
      .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
      .map((fn) => `${fn.file}:${fn.line} ${fn.name}: ${fn.lines} lines`),
    [],
  );
});

test('the measure finds functions of every form, with their names and lines, in .ts and in .astro frontmatter', () => {
  const body = (lines: number) => Array.from({ length: lines - 2 }, (_, i) => `  const a${i} = ${i};`).join('\n');
  const code = [
    `export function declared() {\n${body(5)}\n}`,
    `const arrow = () => {\n${body(4)}\n};`,
    `const object = { method() {\n${body(3)}\n} };`,
    `[1].map(function (x) {\n${body(3)}\n});`,
  ].join('\n');
  const found = functionLengths('x.ts', code).map((fn) => `${fn.line} ${fn.name} ${fn.lines}`);
  assert.deepEqual(found, ['1 declared 5', '6 arrow 4', '10 method 3', '13 a function passed to [1].map 3']);
  const astro = `---\nimport x from 'y';\nconst shown = () => {\n${body(3)}\n};\n---\n<p>{shown()}</p>\n`;
  const script = scriptOf('C.astro', astro)!;
  assert.deepEqual(
    functionLengths('C.astro', script.code, script.firstLine).map((fn) => `${fn.line} ${fn.name} ${fn.lines}`),
    ['3 shown 3'],
  );
  assert.equal(scriptOf('s.css', 'a {}'), undefined);
  assert.equal(lineCount('a\nb\n'), 2);
});
