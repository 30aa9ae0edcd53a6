/** An Atom feed of guidance updates, newest first, built from every entry's `updated` date. */
import type { APIRoute } from 'astro';
import { addressOf, url } from '../lib/routes.ts';
import { addressOrPath, allEntries, hrefOf } from '../data/entries.ts';
import { atomFeed } from '../lib/atom.ts';
import { locale, t } from '../i18n/index.ts';
import { releaseFeedItems } from '../lib/changelog.ts';
import { changelog } from '../data/release.ts';
import { BASE_PATH, FEED_TAG, PUBLISHER, SITE_NAME, SITE_URL } from '../site.config.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
  const entries = (await allEntries()).toSorted(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
  );
  const feed = atomFeed({
    id: FEED_TAG,
    title: t('site.feedTitle', { site: SITE_NAME }),
    subtitle: t('site.tagline'),
    lang: locale.lang,
    author: { name: PUBLISHER.name, uri: PUBLISHER.url },
    rights: t('feed.rights'),
    home: addressOrPath(url('/')),
    self: addressOf(url('/feed.xml')),
    entries: [
      ...entries.slice(0, FEED_SIZE).map((entry) => ({
        id: `${FEED_TAG}/${entry.collection}/${entry.id}`,
        title: entry.data.title,
        summary: entry.data.summary,
        updated: entry.data.updated,
        link: addressOrPath(hrefOf(entry)),
        category: { term: entry.collection, label: t(`collection.${entry.collection}.singular`) },
      })),
      // Each version of the guidance is an entry too, in date order among the others.
      ...releaseFeedItems(changelog(), {
        tag: FEED_TAG,
        changelog: addressOrPath(url('/changelog/')),
        base: BASE_PATH,
        origin: SITE_URL?.origin,
      }),
    ].toSorted((a, b) => b.updated.getTime() - a.updated.getTime()),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
