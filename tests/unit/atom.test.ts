/** The Atom feed writer: text escaped, ids from tag URIs, a self link only with a full address, valid by RFC 4287's grammar. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { atomFeed, feedTagFor, type AtomFeed } from '../../src/lib/atom.ts';
import { atomProblems, xmllintMissing } from '../checks/atom.ts';

const tag = feedTagFor('https://github.com/Example-Org/guide');
const feed = (self?: string): AtomFeed => ({
  id: tag,
  title: 'Updates & news',
  subtitle: 'Norms <and> "templates"',
  lang: 'en',
  author: { name: 'A working group', uri: 'https://github.com/example-org/wg' },
  rights: 'Public domain (CC0 1.0)',
  home: '/',
  ...(self ? { self } : {}),
  entries: [
    {
      id: `${tag}/templates/a`,
      title: 'Say "what" & <when>',
      summary: 'A summary.',
      updated: new Date('2026-11-29'),
      link: '/templates/a/',
      category: { term: 'templates', label: 'Template' },
    },
  ],
});

test('ids are tag URIs under the repository owner’s github.io name, which a fork does not share', () => {
  assert.equal(tag, 'tag:example-org.github.io,2026:guide');
  assert.throws(() => feedTagFor('https://codeberg.org/o/r'), /SITE_FEED_TAG/);
});

test('text and attributes are escaped, and the self link is there only with a full address', () => {
  const xml = atomFeed(feed());
  assert.match(xml, /<title>Updates &amp; news<\/title>/);
  assert.match(xml, /<title>Say "what" &amp; &lt;when&gt;<\/title>/);
  assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  assert.doesNotMatch(xml, /rel="self"/);
  assert.match(
    atomFeed(feed('https://example.org/feed.xml')),
    /<link rel="self" type="application\/atom\+xml" href="https:\/\/example.org\/feed.xml"\/>/,
  );
});

test('the feed, with or without a self link, is valid by the grammar of RFC 4287', () => {
  assert.equal(xmllintMissing(), undefined);
  const folder = mkdtempSync(path.join(tmpdir(), 'feed-'));
  try {
    for (const self of [undefined, 'https://example.org/feed.xml']) {
      const file = path.join(folder, 'feed.xml');
      writeFileSync(file, atomFeed(feed(self)));
      assert.deepEqual(atomProblems(file), []);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
