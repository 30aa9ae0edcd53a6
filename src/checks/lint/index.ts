/**
 * The content lint: plain language, inclusive language, TLP label form, personal data, links,
 * headings and the weekdays of dated examples, over every entry. Schema and integrity problems, and unfinished text, come from the content check.
 */
import { markdown as alexMarkdown } from 'alex';
import type { CollectionName } from '../../lib/collections.ts';
import { blankFrontmatter, parseMdx } from '../../lib/markdown.ts';
import { INCLUSIVE_LANGUAGE_ALLOWED } from './allow.ts';
import { proseBlocks } from './prose.ts';
import { median, readingCounts, readingGrade } from './readability.ts';
import {
  caseLinks,
  headingIds,
  insecureLinks,
  personalData,
  roleClaims,
  tlpForm,
  labelScale,
  weekdayDates,
  type CaseNames,
  type Finding,
  type RoleFacts,
} from './rules.ts';

export const MAX_GRADE = 12;
export const MAX_MEDIAN_GRADE = 9;
/** Below this many words a grade says little, so shorter entries are not graded. */
export const MIN_WORDS_FOR_GRADE = 100;

export interface LintInput {
  file: string;
  collection: CollectionName;
  /** The whole file as written. */
  text: string;
  summary: string;
  body: string;
  bodyStartLine: number;
}

export interface EntryGrade {
  file: string;
  grade: number;
  words: number;
  /** The hardest paragraphs, to start with when simplifying. */
  hardest: { line: number; grade: number }[];
}

export interface LintReport {
  findings: (Finding & { file: string })[];
  grades: EntryGrade[];
  medianGrade: number;
}

function gradeOf(input: LintInput): EntryGrade {
  const blocks = input.collection === 'templates' || input.body.trim() === '' ? [] : proseBlocks(parseMdx(input.body));
  const counts = readingCounts([input.summary, ...blocks.map((block) => block.text)]);
  const hardest = blocks
    .filter((block) => block.text.split(' ').length >= 12)
    .map((block) => ({ line: input.bodyStartLine + block.line - 1, grade: readingGrade(readingCounts([block.text])) }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 3);
  return { file: input.file, grade: readingGrade(counts), words: counts.word, hardest };
}

function inclusiveLanguage(input: LintInput): Finding[] {
  // Blank out the frontmatter so alex's line numbers are the file's.
  const body = blankFrontmatter(input.text, '');
  const file = alexMarkdown(body, {
    allow: INCLUSIVE_LANGUAGE_ALLOWED.map((entry) => entry.rule),
    profanitySureness: 2,
  });
  return file.messages.map((message) => ({
    rule: `inclusive-language/${message.ruleId ?? 'alex'}`,
    line: message.line ?? 1,
    message: message.reason,
    hint: 'choose a plainer or more inclusive word; if the word is right here, add it to src/checks/lint/allow.ts with a reason',
  }));
}

export function lintEntries(
  inputs: readonly LintInput[],
  cases: readonly CaseNames[],
  roles: readonly RoleFacts[] = [],
): LintReport {
  const findings: (Finding & { file: string })[] = [];
  const grades: EntryGrade[] = [];
  for (const input of inputs) {
    const found = [
      ...tlpForm(input.text),
      ...labelScale(input.text),
      ...personalData(input.text),
      ...insecureLinks(input.text),
      ...headingIds(input.text),
      ...inclusiveLanguage(input),
      ...(input.collection === 'cases' ? [] : caseLinks(input.text, cases)),
      ...roleClaims(input.text, roles),
      ...weekdayDates(input.text),
    ];
    findings.push(...found.map((finding) => ({ ...finding, file: input.file })));
    const grade = gradeOf(input);
    if (grade.words >= MIN_WORDS_FOR_GRADE) {
      grades.push(grade);
      if (grade.grade > MAX_GRADE) {
        findings.push({
          file: input.file,
          rule: 'reading-grade',
          line: grade.hardest[0]?.line ?? 1,
          message: `reads at grade ${grade.grade.toFixed(1)}; entries may not be harder than grade ${MAX_GRADE}`,
          hint: `split long sentences and use shorter words, starting with the paragraphs at lines ${grade.hardest.map((item) => item.line).join(', ')}`,
        });
      }
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { findings, grades, medianGrade: median(grades.map((grade) => grade.grade)) };
}
