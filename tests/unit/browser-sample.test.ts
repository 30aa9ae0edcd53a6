/**
 * The parser's page checks catch a planted fault of each kind, and the browser sample's cover shows
 * every shape and word (tests/checks/sample.ts), before they are trusted on dist/.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSample, coverOf, pageFacts, pageKind, pageProblems } from '../checks/sample.ts';

const page = (main: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title>${head}</head><body><main>${main}</main>` +
  `<footer><a class="tlp tlp--clear">TLP:CLEAR</a></footer></body></html>`;
const GOOD =
  '<h1>Title</h1><p><a class="tlp tlp--clear" href="/tlp/"><span class="visually-hidden">Label: </span>TLP:CLEAR</a></p>';

test('a good page has no problem', () => {
  assert.deepEqual(
    pageProblems(pageFacts('norms/a/', page(GOOD, '<link rel="stylesheet" href="/_astro/a.css">')), false),
    [],
  );
});

test('two h1s, no label in the main content, a script on a read-only page and a file from elsewhere are each found', () => {
  const planted = pageFacts(
    'norms/a/',
    page(
      '<h1>One</h1><h1>Two</h1><img src="https://cdn.example.org/x.png" alt="">',
      '<script type="module" src="/_astro/x.js"></script><link rel="modulepreload" href="/_astro/y.js"><link rel="stylesheet" href="//fonts.example.org/f.css">',
    ),
  );
  assert.deepEqual(pageProblems(planted, false), [
    'has 2 h1 elements, not 1',
    'shows no TLP label in its main content (found "")',
    'is read-only but has scripts: /_astro/x.js, preload /_astro/y.js',
    'loads from another origin: //fonts.example.org/f.css, https://cdn.example.org/x.png',
  ]);
  assert.deepEqual(pageProblems(planted, true).length, 3, 'a tool may have scripts');
});

test('a page’s kind is the route that made it', () => {
  assert.equal(pageKind(''), '');
  assert.equal(pageKind('norms/'), 'norms/');
  assert.equal(pageKind('norms/speak-early/'), 'norms/<entry>/');
  assert.equal(pageKind('threats/structure/solo/'), 'threats/structure/<entry>/');
  assert.equal(pageKind('decide/start/conduct--clear/'), 'decide/<node>/<state>/');
  assert.equal(pageKind('decide/outcomes/tell-everyone/'), 'decide/outcomes/<entry>/');
});

test('the cover holds every member with few pages, and the sample axe-checks every shape, visits every word of the states and the widest content of each shape', () => {
  const set = (page: string, members: string[]) => ({ ...pageFacts(page, page), shapes: new Set(members) });
  const chosen = coverOf(
    [set('a', ['1', '2']), set('b', ['2', '3', '4']), set('c', ['1', '5']), set('d', ['5'])],
    (facts) => facts.shapes,
  ).map((facts) => facts.page);
  assert.deepEqual(chosen.sort(), ['b', 'c']);

  const state = (name: string, body: string) => pageFacts(`decide/start/${name}/`, page(`${GOOD}${body}`));
  const pages = [
    pageFacts('norms/a/', page(GOOD)),
    pageFacts('norms/b/', page(`${GOOD}<table><tr><td>x</td></tr></table>`)),
    // The same shapes as norms/a with no longer word or text in any of them: nothing new to see.
    pageFacts('norms/c/', page(GOOD)),
    // A longer word in a shape norms/b shows: the browser must see it there.
    pageFacts('norms/d/', page(`${GOOD}<table><tr><td>averyveryverylongcell</td></tr></table>`)),
    state('one', '<ul><li>Left out: a maintainer</li></ul>'),
    state('two', '<ul><li>Left out: a maintainer</li><li>Left out: a sponsor</li></ul>'),
    state('three', '<ul><li>Left out: a maintainer</li></ul><p class="note">averyveryverylongword</p>'),
  ];
  const sample = browserSample(pages, 'test');
  assert.deepEqual(sample.axe.sort(), ['decide/start/three/', 'norms/b/']);
  assert.deepEqual(sample.visit.sort(), ['decide/start/three/', 'decide/start/two/', 'norms/b/', 'norms/d/']);
});
