/** An Atom feed of guidance updates, newest first, built from every entry's `updated` date. */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { allEntries, hrefOf } from '../data/entries.ts';
import { COLLECTIONS } from '../lib/collections.ts';
import { releaseFeedItems } from '../lib/changelog.ts';
import { changelog } from '../data/release.ts';
import { SITE_NAME, SITE_TAGLINE } from '../site.config.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const home = new URL(import.meta.env.BASE_URL, site).href;
  const entries = (await allEntries()).toSorted(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
  );
  const feed = new Feed({
    id: home,
    link: home,
    title: `${SITE_NAME}: guidance updates`,
    description: SITE_TAGLINE,
    updated: entries[0]?.data.updated ?? new Date(0),
    copyright: 'Public domain (CC0 1.0)',
    feedLinks: { atom: new URL('feed.xml', home).href },
  });
  for (const entry of entries.slice(0, FEED_SIZE)) {
    const link = new URL(hrefOf(entry), site).href;
    feed.addItem({
      id: link,
      link,
      title: entry.data.title,
      description: entry.data.summary,
      date: entry.data.updated,
      category: [{ name: COLLECTIONS[entry.collection].singular }],
    });
  }
  // Each version of the guidance is an entry too, in date order among the others.
  for (const release of releaseFeedItems(changelog(), home)) feed.addItem(release);
  feed.items.sort((a, b) => b.date.getTime() - a.date.getTime());
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
