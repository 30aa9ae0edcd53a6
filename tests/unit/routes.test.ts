import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editUrl, entryPath, withBase } from '../../src/lib/routes.ts';
import { securityTxt } from '../../src/lib/security-txt.ts';
import { shorten, documentTitle, htmlLength } from '../../src/lib/text.ts';

test('entries, intro pages, sectioned pages and the decision tree have the expected addresses', () => {
  assert.equal(entryPath('norms', 'be-timely'), '/norms/be-timely/');
  assert.equal(entryPath('decisions', 'disclosure'), '/decide/');
  assert.equal(entryPath('pages', 'about'), '/about/');
  assert.equal(entryPath('pages', 'tlp'), '/tlp/');
  assert.equal(entryPath('pages', 'method', 'exercises'), '/exercises/method/');
});

test('the base path is added once, and external links and anchors are left alone', () => {
  assert.equal(withBase('/', '/norms/'), '/norms/');
  assert.equal(withBase('/guide/', '/norms/'), '/guide/norms/');
  assert.equal(withBase('/guide', 'norms/'), '/guide/norms/');
  assert.equal(withBase('/guide/', 'https://first.org/tlp/'), 'https://first.org/tlp/');
  assert.equal(withBase('/guide/', '#top'), '#top');
});

test('edit links open the file on the branch', () => {
  assert.equal(
    editUrl('https://github.com/o/r', 'main', 'content/norms/x.mdx'),
    'https://github.com/o/r/edit/main/content/norms/x.mdx',
  );
  // A dynamic route's file name has brackets, which a URL path may not carry as they are.
  assert.equal(
    editUrl('https://github.com/o/r', 'main', 'src/pages/[collection]/index.astro'),
    'https://github.com/o/r/edit/main/src/pages/%5Bcollection%5D/index.astro',
  );
});

test('long titles are shortened at a word boundary', () => {
  assert.equal(
    shorten('Is it still going on, and would telling people now help whoever is behind it?', 40),
    'Is it still going on, and would telling…',
  );
  assert.equal(shorten('Short', 40), 'Short');
});

test('a document title fits as written in HTML, where an apostrophe takes five characters', () => {
  assert.equal(documentTitle('Speak early', 'Speak early · Site', 70), 'Speak early · Site');
  const long = "Act on the community's warning within your team, and keep it in that community";
  const fitted = documentTitle(long, `${long} · Securing Open Source Communities`, 70);
  assert.ok(htmlLength(fitted) <= 70, `${fitted} is ${htmlLength(fitted)} characters in HTML`);
  assert.ok(fitted.endsWith('…') && fitted.startsWith("Act on the community's"));
});

test('security.txt names contacts and expires within a year of the build', () => {
  const now = new Date('2026-11-24T00:00:00Z');
  const text = securityTxt({
    repository: 'https://github.com/o/r',
    canonical: 'https://example.org/.well-known/security.txt',
    now,
  });
  assert.match(text, /^Contact: https:\/\/github.com\/o\/r\/security\/advisories\/new$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]!);
  assert.ok(expires > now && expires.getTime() - now.getTime() < 365 * 24 * 3600 * 1000);
  assert.match(text, /^Canonical: https:\/\/example.org\/.well-known\/security.txt$/m);
  // Canonical is optional (RFC 9116); a build that does not know its address leaves it out.
  assert.doesNotMatch(securityTxt({ repository: 'https://github.com/o/r', canonical: undefined, now }), /Canonical/);
});
