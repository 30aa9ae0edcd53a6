/**
 * `npm run check:content [-- <content folder>]`: checks every entry against its schema and the
 * integrity rules, without building the site. The build runs the same check first.
 */
import { contentRoot } from '../src/lib/content-root.ts';
import { checkContentRoot, contentWarnings } from '../src/checks/validate.ts';
import { formatProblems } from '../src/checks/problems.ts';

const root = process.argv[2] ?? contentRoot();
const { entries, data, problems } = await checkContentRoot(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
for (const warning of contentWarnings(entries, new Date(), data)) console.warn(`! ${warning}`);
console.log(`✓ ${entries.length} entries in ${root} pass every schema and integrity rule.`);
