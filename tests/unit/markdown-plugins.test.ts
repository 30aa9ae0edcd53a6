import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import {
  baseLinks,
  hideTemplateBlocks,
  scrollableTables,
  taskListLabels,
} from '../../src/integrations/markdown-plugins.ts';

const render = (source: string, site: string | null = 'https://example.org/', base = '/') =>
  markdownToHtml(source, {
    features: { gfm: true },
    hastPlugins: [
      taskListLabels,
      hideTemplateBlocks,
      scrollableTables,
      baseLinks(base, site ? new URL(site) : undefined),
    ],
  }).html;

test('each task-list checkbox is wrapped in a label with its item text, and enabled', () => {
  const html = render('- [ ] Read it *aloud*\n  - nested note\n- [ ] Second\n');
  assert.match(
    html,
    /<li class="task-list-item"><label><input type="checkbox"><span> Read it <em>aloud<\/em>\s*<\/span><\/label><ul>/,
  );
  assert.match(html, /<label><input type="checkbox"><span> Second<\/span><\/label>/);
  assert.doesNotMatch(html, /disabled/);
});

test('in a loose list the label sits inside the first paragraph and the note stays outside it', () => {
  const html = render('- [ ] First\n\n  Why it matters.\n\n- [ ] Second\n');
  assert.match(html, /<p><label><input type="checkbox"><span> First<\/span><\/label><\/p>\s*<p>Why it matters.<\/p>/);
});

test('ordinary lists are untouched', () => {
  assert.equal(render('- one\n- two\n'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
});

test('internal links get the base path and their full address for print; external and relative links do not', () => {
  const html = render(
    '[a](/norms/x/) [b](https://first.org/tlp/) [c](#here) [d](//cdn.example)',
    'https://example.org/guide/',
    '/guide/',
  );
  assert.match(html, /href="\/guide\/norms\/x\/" data-print-href="https:\/\/example.org\/guide\/norms\/x\/"/);
  assert.equal(html.match(/data-print-href/g)?.length, 1);
  assert.match(html, /href="https:\/\/first.org\/tlp\/"/);
  assert.match(html, /href="#here"/);
  assert.match(html, /href="\/\/cdn.example"/);
});

test('without the site’s address, internal links get the base path and no address for print', () => {
  const html = render('[a](/norms/x/)', null, '/guide/');
  assert.match(html, /href="\/guide\/norms\/x\/"/);
  assert.doesNotMatch(html, /data-print-href/);
});

test('the template block is left out of the rendered text; other code blocks stay', () => {
  const html = render('Before.\n\n```template\nHello {{name}}\n```\n\n```text\nkept\n```\n');
  assert.doesNotMatch(html, /Hello/);
  assert.match(html, /<p>Before.<\/p>/);
  assert.match(html, /<code class="language-text">kept/);
});

test('a table is wrapped in a focusable section named after its column headings', () => {
  const html = render('| field | what it holds |\n|---|---|\n| `a` | b |\n\nAfter.\n');
  assert.match(
    html,
    /^<section class="table-scroll" tabindex="0" aria-label="Table: field, what it holds"><table>[\s\S]*<\/table>\s*<\/section>\s*<p>After.<\/p>/,
  );
  assert.equal(html.match(/<table>/g)?.length, 1, 'wrapped once');
});
