/**
 * CHANGELOG.md, the record of changes to the guidance (not to the code), in the Keep a Changelog
 * style: an Unreleased section on top, then one section per version, newest first, each with its
 * date; inside each, changes grouped under the name of the part of the guidance they touch.
 * Read with remark; a mistake in the file is reported with its line.
 */
import type { AtomEntry } from './atom.ts';
import type { ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { contentT, t } from '../i18n/index.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { markdownHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';

/**
 * The group headings a release may use: each section of the site by its name, and the guidance as a
 * whole, in the language CHANGELOG.md is written in (the content's).
 */
export const WHOLE_GUIDANCE = contentT('content.changelog.whole');
const sectionName = (name: CollectionName) => contentT(`collection.${name}.plural`);
const SECTION_COLLECTIONS = new Map<string, CollectionName | undefined>([
  [WHOLE_GUIDANCE, undefined],
  ...COLLECTION_NAMES.map((name) => [sectionName(name), name] as const),
]);
export const CHANGELOG_SECTIONS: readonly string[] = [...SECTION_COLLECTIONS.keys()];

/** The collection a group heading names, if its section has an index page to link the heading to. */
export function sectionCollection(name: string): CollectionName | undefined {
  const collection = SECTION_COLLECTIONS.get(name);
  return collection && COLLECTIONS[collection].route ? collection : undefined;
}

export const UNRELEASED = 'Unreleased';

export interface ChangelogSection {
  name: string;
  /** Each change as its Markdown list item. */
  changes: ListItem[];
}

export interface Release {
  /** A version such as 0.1.0, or "Unreleased". */
  version: string;
  /** The release date; Unreleased has none. */
  date?: Date;
  /** Paragraphs about the release as a whole, before its first group of changes. */
  description: RootContent[];
  sections: ChangelogSection[];
  line: number;
}

export interface Changelog {
  /** What comes between the title and the first release: what the file records and how. */
  intro: RootContent[];
  releases: Release[];
}

export class ChangelogError extends Error {
  override name = 'ChangelogError';
}

const RELEASE_HEADING = /^\[?(Unreleased|\d+\.\d+\.\d+)\]?(?:\s+-\s+(\d{4}-\d{2}-\d{2}))?$/;
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

function compareVersions(a: string, b: string): number {
  const [, ...left] = VERSION.exec(a)!;
  const [, ...right] = VERSION.exec(b)!;
  for (let index = 0; index < 3; index += 1) {
    const difference = Number(left[index]) - Number(right[index]);
    if (difference !== 0) return difference;
  }
  return 0;
}

const lineOf = (node: RootContent) => node.position?.start.line ?? 0;

/** Reads the file; throws a ChangelogError naming the line and what was expected. */
export function parseChangelog(text: string, file = 'CHANGELOG.md'): Changelog {
  const fail = (node: RootContent | undefined, message: string): never => {
    throw new ChangelogError(`${file}${node ? `:${lineOf(node)}` : ''}: ${message}`);
  };
  const tree: Root = parseMarkdown(text);
  const [title, ...rest] = tree.children;
  if (!title || title.type !== 'heading' || title.depth !== 1) fail(title, 'the file must start with "# Changelog"');
  const changelog: Changelog = { intro: [], releases: [] };
  let release: Release | undefined;
  let section: ChangelogSection | undefined;
  for (const node of rest) {
    if (node.type === 'heading' && node.depth === 2) {
      const text = toString(node).trim();
      const match = RELEASE_HEADING.exec(text);
      if (!match) fail(node, `"${text}" is not a release heading; write "## Unreleased" or "## 1.2.0 - YYYY-MM-DD"`);
      const [, version, date] = match!;
      release = { version: version!, description: [], sections: [], line: lineOf(node) };
      if (version === UNRELEASED) {
        if (changelog.releases.length > 0) fail(node, 'Unreleased must come first, above every version');
        if (date) fail(node, 'Unreleased has no date');
      } else {
        if (!date) fail(node, `version ${version} needs its date: "## ${version} - YYYY-MM-DD"`);
        release.date = new Date(`${date}T00:00:00Z`);
        if (Number.isNaN(release.date.getTime())) fail(node, `"${date}" is not a real date`);
        const previous = changelog.releases.findLast((other) => other.version !== UNRELEASED);
        if (previous && compareVersions(previous.version, version!) <= 0)
          fail(node, `versions go newest first, and ${version} comes after ${previous.version}`);
        if (previous && previous.date! < release.date)
          fail(node, `${version} is dated after the newer ${previous.version}`);
      }
      changelog.releases.push(release);
      section = undefined;
    } else if (node.type === 'heading' && node.depth === 3) {
      const name = toString(node).trim();
      if (!release) fail(node, `"${name}" must sit under a release heading`);
      if (!SECTION_COLLECTIONS.has(name))
        fail(node, `"${name}" is not a part of the guidance; use one of: ${CHANGELOG_SECTIONS.join('; ')}`);
      if (release!.sections.some((other) => other.name === name))
        fail(node, `"${name}" appears twice under ${release!.version}`);
      section = { name, changes: [] };
      release!.sections.push(section);
    } else if (!release) {
      if (node.type === 'heading')
        fail(node, 'only "## " release headings and "### " part headings may follow the title');
      if (node.type !== 'definition') changelog.intro.push(node);
    } else if (node.type === 'paragraph' && !section) {
      release.description.push(node);
    } else if (node.type === 'list' && section && !node.ordered) {
      section.changes.push(...node.children);
    } else if (node.type !== 'definition') {
      fail(
        node,
        section
          ? 'write each change as an item of a "- " list'
          : `write changes under a "### " heading that names the part of the guidance, e.g. "### ${sectionName('norms')}"`,
      );
    }
  }
  for (const each of changelog.releases) {
    const empty = each.sections.find((item) => item.changes.length === 0);
    if (empty) throw new ChangelogError(`${file}: "${empty.name}" under ${each.version} lists no change`);
    if (each.version !== UNRELEASED && each.sections.length === 0)
      throw new ChangelogError(`${file}:${each.line}: version ${each.version} lists no change`);
  }
  return changelog;
}

/** The dated releases, newest first. */
export function releasesOf(changelog: Changelog): (Release & { date: Date })[] {
  return changelog.releases.filter((release): release is Release & { date: Date } => release.date !== undefined);
}

export function releaseOf(changelog: Changelog, version: string): Release | undefined {
  return changelog.releases.find((release) => release.version === version);
}

/** The anchor of a release on the changelog page, e.g. "version-0-1-0". */
export function releaseSlug(version: string): string {
  return version === UNRELEASED ? 'unreleased' : `version-${version.replaceAll('.', '-')}`;
}

/**
 * A release's changes as Markdown again, for a GitHub release's notes. Given the site's address,
 * links to the site's pages (written from its root, as in content) become full addresses.
 */
export function releaseNotes(text: string, version: string, site?: string): string {
  const { releases } = parseChangelog(text);
  const release = releases.find((each) => each.version === version);
  if (!release) throw new ChangelogError(`CHANGELOG.md has no section for version ${version}`);
  const lines = text.split('\n');
  const next = releases.find((other) => other.line > release.line);
  return lines
    .slice(release.line, next ? next.line - 1 : undefined)
    .join('\n')
    .replace(/\n\[[^\]]+\]: \S+/g, '')
    .replace(/\]\(\/(?!\/)([^)]*)\)/g, (link, path: string) => (site ? `](${new URL(path, site).href})` : link))
    .trim();
}

/** Where the feed's release entries point: the feed's id prefix, the changelog page, and the site. */
export interface ReleaseFeedPlace {
  /** The start of every feed id (a tag: URI), so a release's id never changes. */
  tag: string;
  /** The changelog page: a full address, or a path from the site root. */
  changelog: string;
  /** The site's base path, for links inside the notes. */
  base: string;
  /** The site's origin, to print links' full addresses; none in a build without SITE_URL. */
  origin?: string;
}

/** One Atom entry for each dated version, pointing to its place on the changelog page. */
export function releaseFeedItems(changelog: Changelog, place: ReleaseFeedPlace): AtomEntry[] {
  return releasesOf(changelog).map((release) => ({
    id: `${place.tag}/changelog/${release.version}`,
    link: `${place.changelog}#${releaseSlug(release.version)}`,
    title: t('feed.release', { version: release.version }),
    summary: t('feed.releaseSummary', { sections: release.sections.map((section) => section.name).join('; ') }),
    content: markdownHtml(
      [
        ...release.description,
        ...release.sections.flatMap((section): RootContent[] => [
          { type: 'heading', depth: 2, children: [{ type: 'text', value: section.name }] },
          { type: 'list', ordered: false, spread: false, children: section.changes },
        ]),
      ],
      { base: place.base, origin: place.origin },
    ),
    updated: release.date,
    category: { term: 'release', label: t('feed.releaseCategory') },
  }));
}
