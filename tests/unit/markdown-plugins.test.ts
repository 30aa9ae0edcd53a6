import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { baseLinks, hideTemplateBlocks, taskListLabels } from '../../src/integrations/markdown-plugins.ts';

const render = (source: string, base = '/') =>
  markdownToHtml(source, {
    features: { gfm: true },
    hastPlugins: [taskListLabels, hideTemplateBlocks, baseLinks(base)],
  }).html;

test('each task-list checkbox is wrapped in a label with its item text, and enabled', () => {
  const html = render('- [ ] Read it *aloud*\n  - nested note\n- [ ] Second\n');
  assert.match(
    html,
    /<li class="task-list-item"><label><input type="checkbox"> Read it <em>aloud<\/em>\s*<\/label><ul>/,
  );
  assert.match(html, /<label><input type="checkbox"> Second<\/label>/);
  assert.doesNotMatch(html, /disabled/);
});

test('in a loose list the label sits inside the first paragraph and the note stays outside it', () => {
  const html = render('- [ ] First\n\n  Why it matters.\n\n- [ ] Second\n');
  assert.match(html, /<p><label><input type="checkbox"> First<\/label><\/p>\s*<p>Why it matters.<\/p>/);
});

test('ordinary lists are untouched', () => {
  assert.equal(render('- one\n- two\n'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
});

test('internal links get the base path; external and relative links do not', () => {
  const html = render('[a](/norms/x/) [b](https://first.org/tlp/) [c](#here) [d](//cdn.example)', '/guide/');
  assert.match(html, /href="\/guide\/norms\/x\/"/);
  assert.match(html, /href="https:\/\/first.org\/tlp\/"/);
  assert.match(html, /href="#here"/);
  assert.match(html, /href="\/\/cdn.example"/);
});

test('the template block is left out of the rendered text; other code blocks stay', () => {
  const html = render('Before.\n\n```template\nHello {{name}}\n```\n\n```text\nkept\n```\n');
  assert.doesNotMatch(html, /Hello/);
  assert.match(html, /<p>Before.<\/p>/);
  assert.match(html, /<code class="language-text">kept/);
});
