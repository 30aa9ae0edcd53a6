/**
 * The release of the guidance as pages need it: the version in package.json, the changelog and
 * the citation file, read from the repository once per build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseChangelog, releaseOf, type Changelog } from '../lib/changelog.ts';
import { citationOf, type Citation, type CitationFile } from '../lib/citation.ts';

const read = (file: string) => readFileSync(path.resolve(file), 'utf8');

let changelogRead: Changelog | undefined;

export function changelog(): Changelog {
  changelogRead ??= parseChangelog(read('CHANGELOG.md'));
  return changelogRead;
}

export interface GuidanceVersion {
  version: string;
  /** The date of the version's section in the changelog. */
  date: Date;
  /** The changelog lists changes not yet in a version: the site is ahead of it. */
  ahead: boolean;
}

/** The guidance's version: package.json's, dated by its section of the changelog. */
export function guidanceVersion(): GuidanceVersion {
  const { version } = JSON.parse(read('package.json')) as { version: string };
  const log = changelog();
  const release = releaseOf(log, version);
  if (!release?.date)
    throw new Error(`CHANGELOG.md has no dated section for version ${version}, the version in package.json.`);
  const unreleased = log.releases[0]?.date === undefined ? log.releases[0] : undefined;
  return { version, date: release.date, ahead: (unreleased?.sections.length ?? 0) > 0 };
}

export function citation(): Citation {
  const { version, date } = guidanceVersion();
  return citationOf(parse(read('CITATION.cff')) as CitationFile, version, date);
}
