/**
 * `npm run release:notes -- v1.2.3`: checks that a release tag matches the guidance's version (in
 * package.json and CITATION.cff) and has its dated section in CHANGELOG.md, then prints that
 * section as the release's notes, with links to the site's pages made full from SITE_URL. The
 * release workflow runs it before it builds anything.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ChangelogError, releaseNotes } from '../src/lib/changelog.ts';

const tag = process.argv[2] ?? '';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const citation = parse(readFileSync('CITATION.cff', 'utf8')) as { version?: unknown };
const problems = [
  tag === `v${version}` ? '' : `The tag "${tag}" does not match the version in package.json: expected v${version}.`,
  String(citation.version) === version
    ? ''
    : `CITATION.cff says version ${String(citation.version)}, package.json ${version}.`,
].filter(Boolean);
let notes = '';
try {
  notes = releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version, process.env.SITE_URL);
} catch (error) {
  if (!(error instanceof ChangelogError)) throw error;
  problems.push(error.message);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(notes);
