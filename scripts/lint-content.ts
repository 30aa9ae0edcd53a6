/**
 * `npm run lint:content`: the content check (schemas and integrity) plus the content lint (plain
 * language, inclusive language, TLP label form, personal data, links). Prints each problem with its
 * file and line and a hint, the five hardest entries, and exits 1 if anything must be fixed.
 */
import { readFile } from 'node:fs/promises';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatProblems } from '../src/checks/problems.ts';
import { checkContentRoot } from '../src/checks/validate.ts';
import { MAX_GRADE, MAX_MEDIAN_GRADE, lintEntries, type LintInput } from '../src/checks/lint/index.ts';
import { caseNames } from '../src/checks/lint/rules.ts';

const root = process.argv[2] ?? contentRoot();
const { entries, data, problems } = await checkContentRoot(root);
if (problems.length > 0) {
  // The lint reads valid entries only: fix the check's problems first, then the lint runs in full.
  console.error(formatProblems(problems));
  console.error(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content check. The lint (reading grade, wording, links) runs once they are fixed.`,
  );
  process.exit(1);
}

const inputs: LintInput[] = await Promise.all(
  entries.map(async (entry) => ({
    file: entry.file,
    collection: entry.collection,
    text: await readFile(entry.file, 'utf8'),
    summary: (entry.parsed as { summary: string }).summary,
    body: entry.body,
    bodyStartLine: entry.bodyStartLine,
  })),
);
// A framework's organization (such as OpenSSF) is named as a reference, not as a case.
const organizations = entries
  .filter((entry) => entry.collection === 'frameworks')
  .map((entry) => (entry.parsed as { organization: string }).organization);
const cases = entries
  .filter((entry) => entry.collection === 'cases')
  .map((entry) => caseNames(entry.id, (entry.parsed as { project: string }).project, organizations));
const model = data.tlpModel;
const roles = (model?.roles ?? []).map((role) => ({
  id: role.id,
  names: role.names,
  organization: role.kind === 'organization',
  community: role.community,
  clients: role.clients,
}));
const report = lintEntries(inputs, cases, roles);

for (const finding of report.findings) {
  console.error(`${finding.file}:${finding.line}  [${finding.rule}] ${finding.message}.\n    Fix: ${finding.hint}.`);
}

const hardest = [...report.grades].sort((a, b) => b.grade - a.grade).slice(0, 5);
console.log(
  `\nReading grade (Flesch–Kincaid) of ${report.grades.length} entries: median ${report.medianGrade.toFixed(1)} (at most ${MAX_MEDIAN_GRADE}), no entry above ${MAX_GRADE}. The five hardest:`,
);
for (const grade of hardest) console.log(`  ${grade.grade.toFixed(1)}  ${grade.file}`);

const medianTooHigh = report.medianGrade > MAX_MEDIAN_GRADE;
if (medianTooHigh)
  console.error(
    `\nThe site-wide median grade is ${report.medianGrade.toFixed(1)}; it must be ${MAX_MEDIAN_GRADE} or lower. Simplify the hardest entries first.`,
  );
const failed = report.findings.length + (medianTooHigh ? 1 : 0);
if (failed > 0) {
  console.error(`\n✗ ${failed} problem${failed === 1 ? '' : 's'} to fix.`);
  process.exit(1);
}
console.log(`\n✓ ${entries.length} entries pass the content check and the lint.`);
