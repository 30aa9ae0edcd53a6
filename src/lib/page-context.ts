/**
 * What a page's layout needs to know, built in one function (as Starlight builds its route data):
 * pages describe themselves with a `PageInput`, the layout turns it into a `PageContext` and hands
 * each part of the shell (head, header, breadcrumbs, heading, footer) the piece it shows. Entry
 * pages and section index pages describe themselves the same way through `entryPage` and
 * `sectionPage`, so no layout works its own facts out.
 */
import { t } from '../i18n/index.ts';
import { BRANCH, REPOSITORY, SITE_NAME } from '../site.config.ts';
import type { CollectionName } from './collections.ts';
import type { Heading } from './headings.ts';
import type { ReviewFields } from './review.ts';
import { collectionPath, editUrl, fullAddress, url } from './routes.ts';
import { entryFacets, type SearchFacets } from './search.ts';
import { documentTitle } from './text.ts';
import type { TlpLabel } from './tlp.ts';

/** A step of the breadcrumb trail between Home and the page itself. */
export interface Crumb {
  label: string;
  href: string;
}

/** A link right under the heading to a page's tool, when the tool sits below an introduction. */
export interface Jump {
  href: string;
  label: string;
}

export interface PageInput {
  title: string;
  description: string;
  /** Repository path of the file this page is made from, for "Edit this page". */
  sourcePath: string;
  updated?: Date;
  /** The page's own entry's status and review dates, shown under the heading. */
  review?: ReviewFields;
  /** The navigation section this page belongs to, as its path. */
  section?: string;
  trail?: readonly Crumb[];
  headings?: readonly Heading[];
  /** How the page appears in search; pages without it are left out of the index. */
  search?: SearchFacets;
  /** Shown under the heading. */
  lead?: string;
  /** Words readers use for the same thing: shown, and weighted high in search. */
  aliases?: readonly string[];
  /** Set on the home page, which needs no breadcrumbs and is titled with the site's name alone. */
  home?: boolean;
  /** For pages whose action must come first on a phone: the status note moves below the content. */
  compact?: boolean;
  /** A step of a walk rather than a page to land on from a search engine. */
  noindex?: boolean;
  jump?: Jump;
}

export interface PageContext {
  title: string;
  /** The browser tab's and search engines' title: the page's, with the site's name when it fits. */
  documentTitle: string;
  description: string;
  /** The page's full address; undefined in a build that was not told the site's address. */
  canonical?: string;
  /** What "Report a problem" names: the full address, or the path in a build without SITE_URL. */
  address: string;
  editUrl: string;
  updated?: Date;
  review?: ReviewFields;
  section?: string;
  trail: readonly Crumb[];
  headings: readonly Heading[];
  /** Long pages get a table of contents of their second-level headings. */
  showToc: boolean;
  search?: SearchFacets;
  lead?: string;
  aliases: readonly string[];
  home: boolean;
  compact: boolean;
  noindex: boolean;
  jump?: Jump;
}

/** Where the site lives, as the build knows it; tests pass their own. */
export interface SiteFacts {
  name: string;
  repository: string;
  branch: string;
  /** The site's published origin (SITE_URL); none in a build that was not told it. */
  url?: string;
}

const SITE: SiteFacts = { name: SITE_NAME, repository: REPOSITORY, branch: BRANCH, url: import.meta.env?.SITE };

/** A page with this many second-level headings or more gets a table of contents. */
export const MIN_HEADINGS_FOR_TOC = 4;

/** Search engines cut titles at about 70 characters, so long page titles go without the site name. */
export const MAX_TITLE = 70;

export function pageContext(input: PageInput, pathname: string, site: SiteFacts = SITE): PageContext {
  const headings = input.headings ?? [];
  const home = input.home ?? false;
  const withSite = t('layout.documentTitle', { title: input.title, site: site.name });
  const canonical = fullAddress(pathname, site.url);
  return {
    title: input.title,
    documentTitle: home ? site.name : documentTitle(input.title, withSite, MAX_TITLE),
    description: input.description,
    canonical,
    address: canonical ?? pathname,
    editUrl: editUrl(site.repository, site.branch, input.sourcePath),
    updated: input.updated,
    review: input.review,
    section: input.section,
    trail: input.trail ?? [],
    headings,
    showToc: headings.filter((heading) => heading.depth === 2).length >= MIN_HEADINGS_FOR_TOC,
    search: input.search,
    lead: input.lead,
    aliases: input.aliases ?? [],
    home,
    compact: input.compact ?? false,
    noindex: input.noindex ?? false,
    jump: input.jump,
  };
}

/** The crumb of a collection's index page. */
export function sectionCrumb(collection: CollectionName): Crumb {
  return { label: t(`collection.${collection}.plural`), href: url(collectionPath(collection)) };
}

/** The fields of an entry that its page shows in the shell. */
export interface PageEntry {
  collection: CollectionName;
  id: string;
  filePath?: string;
  data: ReviewFields & {
    title: string;
    summary: string;
    aliases: readonly string[];
    classification: TlpLabel;
    section?: CollectionName;
    messageLabel?: TlpLabel;
    messageLabels?: { allowed: readonly TlpLabel[] };
    audiences?: readonly (string | { audience: string })[];
  };
}

export interface EntryPageOptions {
  headings?: readonly Heading[];
  /** Replaces the page title, e.g. to put a threat's id before it. */
  title?: string;
  /** A link to the page's tool, right under the heading; the status note then moves below the content. */
  jump?: Jump;
}

/** An entry's own page: in its collection's section (a page, in the section it names), found in search by its kind. */
export function entryPage(entry: PageEntry, options: EntryPageOptions = {}): PageInput {
  const section = entry.collection === 'pages' ? entry.data.section : entry.collection;
  return {
    title: options.title ?? entry.data.title,
    description: entry.data.summary,
    lead: entry.data.summary,
    aliases: entry.data.aliases,
    sourcePath: entry.filePath ?? `content/${entry.collection}/${entry.id}`,
    updated: entry.data.updated,
    review: entry.data,
    section: section ? collectionPath(section) : `/${entry.id}/`,
    trail: section ? [sectionCrumb(section)] : [],
    headings: options.headings,
    search: entryFacets(t(`collection.${entry.collection}.singular`), entry.data, (value) =>
      t(`audience.${value as 'public'}`),
    ),
    jump: options.jump,
    compact: options.jump !== undefined,
  };
}

/**
 * A collection's index page: its introduction (the `pages` entry named after the collection) gives
 * the title and summary when there is one, else the collection's own name and sentence.
 */
export function sectionPage(
  collection: CollectionName,
  intro: PageEntry | undefined,
  options: { sourcePath: string; updated?: Date; headings?: readonly Heading[] },
): PageInput {
  const blurb = t(`collection.${collection}.blurb`);
  return {
    title: intro?.data.title ?? t(`collection.${collection}.plural`),
    description: intro?.data.summary ?? blurb,
    lead: intro?.data.summary ?? blurb,
    sourcePath: intro?.filePath ?? options.sourcePath,
    updated: options.updated,
    review: intro?.data,
    section: collectionPath(collection),
    headings: options.headings,
    search: intro ? { kind: t('search.kind.overview'), label: intro.data.classification } : undefined,
    aliases: intro?.data.aliases,
  };
}
