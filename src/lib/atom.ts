/**
 * An Atom feed (RFC 4287) as text. Entry and feed ids are tag URIs (RFC 4151) rather than page
 * addresses: an Atom id must never change (RFC 4287, 4.2.6), and a page address changes when the
 * site moves to another host, and does not exist at all in a build that was not told it. A reader
 * that saw ids change would show every entry again as new.
 */

export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  updated: Date;
  /** The page: a full address, or a path from the site root (Atom resolves it against the feed's address). */
  link: string;
  category: { term: string; label: string };
  /** The entry's full text as HTML, if the summary is not enough. */
  content?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The language of every text in the feed, for xml:lang. */
  lang: string;
  author: { name: string; uri: string };
  rights: string;
  /** The site's home page: a full address or a path, as for entries. */
  home: string;
  /** The feed's own full address; left out when the build does not know it. */
  self?: string;
  entries: readonly AtomEntry[];
}

/** The year the ids were first minted: part of every id, so it never changes. */
export const TAG_YEAR = '2026';

/**
 * The start of every id: `tag:<account>.github.io,2026:<repository>`. A tag URI's authority must be a
 * name its minter held on the date given; a GitHub account holds <account>.github.io, so a fork gets
 * ids of its own. A repository elsewhere names its own authority with SITE_FEED_TAG.
 */
export function feedTagFor(repository: string): string {
  const match = /^https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!match)
    throw new Error(
      `Cannot make the feed's ids from the repository ${repository}: set SITE_FEED_TAG to a tag URI such as tag:example.org,${TAG_YEAR}:guidance, whose domain you hold.`,
    );
  return `tag:${match[1]!.toLowerCase()}.github.io,${TAG_YEAR}:${match[2]}`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const stamp = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');
const element = (name: string, text: string) => `<${name}>${escapeText(text)}</${name}>`;
const link = (rel: string, type: string, href: string) =>
  `<link rel="${rel}" type="${type}" href="${escapeAttribute(href)}"/>`;

export function atomFeed(feed: AtomFeed): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((entry) => entry.updated.getTime())));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeAttribute(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', stamp(updated))}`,
    `  <author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}</author>`,
    `  ${link('alternate', 'text/html', feed.home)}`,
    ...(feed.self ? [`  ${link('self', 'application/atom+xml', feed.self)}`] : []),
    `  ${element('rights', feed.rights)}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${link('alternate', 'text/html', entry.link)}`,
      `    ${element('updated', stamp(entry.updated))}`,
      `    ${element('summary', entry.summary)}`,
      ...(entry.content === undefined ? [] : [`    <content type="html">${escapeText(entry.content)}</content>`]),
      `    <category term="${escapeAttribute(entry.category.term)}" label="${escapeAttribute(entry.category.label)}"/>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
