/**
 * How long the source is: every file of src/ in lines, and every function in a .ts file or an
 * .astro component's frontmatter, measured with the TypeScript compiler's own parser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;

const MEASURED = /\.(ts|astro|css)$/;

export interface Measured {
  /** Path from the project root. */
  file: string;
  lines: number;
}

export interface MeasuredFunction extends Measured {
  name: string;
  /** The line on which the function starts. */
  line: number;
}

export function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && MEASURED.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

/** The TypeScript of a file: all of a .ts file, the frontmatter of an .astro component (with its offset in lines). */
export function scriptOf(file: string, text: string): { code: string; firstLine: number } | undefined {
  if (file.endsWith('.ts')) return { code: text, firstLine: 1 };
  if (!file.endsWith('.astro')) return undefined;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? { code: match[1]!, firstLine: 2 } : undefined;
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** The name a function goes by: its own, or that of the variable, property or call argument it is. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `a function passed to ${parent.expression.getText(source).slice(0, 40)}`;
  return 'an unnamed function';
}

/** Every function with its length in lines, from its first line to its last. */
export function functionLengths(file: string, code: string, firstLine = 1): MeasuredFunction[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: MeasuredFunction[] = [];
  const visit = (node: ts.Node) => {
    if (FUNCTION_KINDS.has(node.kind)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node, source), line: start + firstLine, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file of a folder and every function in it, measured. */
export function measure(root: string, relativeTo = process.cwd()) {
  const files: Measured[] = [];
  const functions: MeasuredFunction[] = [];
  for (const full of sourceFiles(root)) {
    const file = path.relative(relativeTo, full);
    const text = readFileSync(full, 'utf8');
    files.push({ file, lines: lineCount(text) });
    const script = scriptOf(file, text);
    if (script) functions.push(...functionLengths(file, script.code, script.firstLine));
  }
  return { files, functions };
}
