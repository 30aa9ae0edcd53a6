/**
 * An Atom feed against the grammar of RFC 4287 (Appendix B), as the RFC publishes it, with
 * xmllint (Debian's libxml2-utils): the RELAX NG grammar (tests/vendor/rfc4287/atom.rng, converted
 * from the RFC's compact syntax by trang) and the Schematron rules embedded in that grammar, which
 * RELAX NG validators skip (a feed or each entry has an author; each entry has a link or content).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GRAMMAR = path.resolve('tests/vendor/rfc4287/atom.rng');

export function xmllintMissing(): string | undefined {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return probe.error
    ? 'No xmllint: the feed is checked with it. Install it (Debian: apt-get install -y libxml2-utils); .ci/run does.'
    : undefined;
}

/** The grammar's own Schematron rules, copied out unchanged, each in a pattern of its own. */
export function embeddedRules(grammar = readFileSync(GRAMMAR, 'utf8')): string {
  const rules = [...grammar.matchAll(/<s:rule\b[\s\S]*?<\/s:rule>/g)].map((match) => match[0]);
  if (rules.length === 0) throw new Error(`${GRAMMAR} has no Schematron rules`);
  return [
    '<s:schema xmlns:s="http://www.ascc.net/xml/schematron">',
    '  <s:ns prefix="atom" uri="http://www.w3.org/2005/Atom"/>',
    ...rules.map((rule, index) => `  <s:pattern name="RFC 4287 rule ${index + 1}">${rule}</s:pattern>`),
    '</s:schema>',
    '',
  ].join('\n');
}

/** What xmllint reports against the grammar and its rules; empty when the feed is valid. */
export function atomProblems(feedFile: string): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'atom-'));
  try {
    const rules = path.join(folder, 'atom.sch');
    writeFileSync(rules, embeddedRules());
    return [
      ['--relaxng', GRAMMAR],
      ['--schematron', rules],
    ].flatMap((how) => {
      const result = spawnSync('xmllint', ['--noout', ...how, feedFile], { encoding: 'utf8' });
      if (result.error) throw result.error;
      return result.status === 0 ? [] : result.stderr.trim().split('\n');
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
