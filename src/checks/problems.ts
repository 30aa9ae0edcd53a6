/**
 * A problem found in the content, said so that a contributor who is not a developer can fix it:
 * which file and line, which field, what was found, what was expected, and where to read more.
 */

import { isoDate } from '../lib/dates.ts';

export interface ContentProblem {
  /** Path of the file, relative to the repository (or to the content root's parent). */
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `placeholders[2].example`. */
  field?: string;
  /** What is wrong, as one sentence. */
  message: string;
  found?: string;
  expected?: string;
  /** What to change, in plain words, when there is one clear fix. */
  fix?: string;
  /** Section of CONTRIBUTING.md that explains the rule. */
  help?: string;
}

export const CONTRIBUTING_FILE = 'CONTRIBUTING.md';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Describes a value the way a contributor wrote it, short enough for one line. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing (the field is missing or empty)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : isoDate(value);
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty text';
    return JSON.stringify(value.length > 70 ? `${value.slice(0, 67)}...` : value);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` · field "${problem.field}"` : '';
  const lines = [`✗ ${where}${field}`, `  ${sentence(problem.message)}`];
  const detail = [
    problem.found === undefined ? '' : `Found: ${problem.found}.`,
    problem.expected === undefined ? '' : `Expected: ${problem.expected}.`,
  ]
    .filter(Boolean)
    .join(' ');
  if (detail) lines.push(`  ${detail}`);
  if (problem.fix) lines.push(`  Fix: ${sentence(problem.fix)}`);
  if (problem.help) lines.push(`  Read: ${CONTRIBUTING_FILE}#${problem.help}`);
  return lines.join('\n');
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `The content has ${count}. The site is not built until each is fixed:`,
    '',
    ...problems.map(formatProblem),
  ].join('\n');
}
