import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMdx } from '../../src/lib/markdown.ts';
import {
  RECIPIENTS_RULE,
  composeMessage,
  fillPlaceholders,
  grantingPlaceholders,
  placeholderDefaults,
  restrictionFor,
  messageText,
  scanPlaceholders,
  segments,
  splitSubject,
  templateBlocks,
} from '../../src/lib/templates.ts';
import { templateMarkdown } from '../../src/lib/exports.ts';
import { TLP_LABELS } from '../../src/lib/tlp.ts';

const BODY = [
  'Intro text with {{not_a_placeholder}} outside the block.',
  '',
  '```template',
  'Subject: {{project}} update',
  '',
  'Hello {{ name }}, see {{project}}.',
  '```',
  '',
  '```js',
  'not a template',
  '```',
].join('\n');

test('finds the template block, its text and line, and ignores other code', () => {
  const blocks = templateBlocks(parseMdx(BODY.replace('{{not_a_placeholder}}', 'nothing')));
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0]!.line, 3);
  assert.equal(blocks[0]!.text, 'Subject: {{project}} update\n\nHello {{ name }}, see {{project}}.');
});

test('scans placeholders once each, in order, and reports malformed ones', () => {
  assert.deepEqual(scanPlaceholders('{{b}} {{a}} {{b}} {{ c_2 }}'), { names: ['b', 'a', 'c_2'], malformed: [] });
  assert.deepEqual(scanPlaceholders('{{Project Name}} {{}} {{ok}}'), {
    names: ['ok'],
    malformed: ['{{Project Name}}', '{{}}'],
  });
});

test('fills only the placeholders that have a value', () => {
  assert.equal(
    fillPlaceholders('{{a}} and {{ b }} and {{c}}', { a: 'one', b: ' ', c: 'three' }),
    'one and {{ b }} and three',
  );
});

test('an answer ending in a full stop does not double the template’s own', () => {
  assert.equal(
    fillPlaceholders('We expect it by {{date}}. Ask {{who}}', { date: 'next Friday.', who: 'Sam.' }),
    'We expect it by next Friday. Ask Sam.',
  );
});

test('a leading Subject line is split from the body', () => {
  assert.deepEqual(splitSubject('Subject: Hi\n\nBody'), { subject: 'Hi', body: 'Body' });
  assert.deepEqual(splitSubject('No subject here'), { body: 'No subject here' });
});

test('the label goes in the subject line and directly before the text', () => {
  const message = composeMessage('Subject: {{project}} report\n\nWe have news about {{project}}.', {
    label: 'TLP:AMBER+STRICT',
    values: { project: 'Examplelib' },
  });
  assert.deepEqual(message, {
    subject: '[TLP:AMBER+STRICT] Examplelib report',
    body: 'TLP:AMBER+STRICT\n\nWe have news about Examplelib.',
  });
  assert.equal(
    messageText(message),
    'Subject: [TLP:AMBER+STRICT] Examplelib report\n\nTLP:AMBER+STRICT\n\nWe have news about Examplelib.\n',
  );
});

test('public messages are not marked unless asked, and a message without subject keeps none', () => {
  assert.deepEqual(composeMessage('Hello', { label: 'TLP:CLEAR' }), { subject: undefined, body: 'Hello' });
  assert.deepEqual(composeMessage('Hello', { label: 'TLP:CLEAR', markClear: true }), {
    subject: undefined,
    body: 'TLP:CLEAR\n\nHello',
  });
  assert.equal(messageText(composeMessage('Hello', { label: 'TLP:RED' })), 'TLP:RED\n\nHello\n');
});

test('a label other than TLP:CLEAR cannot be left off, and its restriction follows it directly', () => {
  const message = composeMessage('Subject: News\n\nDetails for {{body}}.', {
    label: 'TLP:AMBER+STRICT',
    restriction: 'For the members of {{body}} only.',
    values: { body: 'the council' },
    markClear: false,
  });
  assert.deepEqual(message, {
    subject: '[TLP:AMBER+STRICT] News',
    body: 'TLP:AMBER+STRICT\nFor the members of the council only.\n\nDetails for the council.',
  });
});

test('a document carries its label and its restriction at the top and the bottom, whatever the label', () => {
  const template = 'Minutes of {{group}}\nThe rest of this document is {{label}}.';
  const restriction = 'Who may see this document: {{who}}';
  const values = { group: 'the council', who: 'the council only' };
  for (const label of TLP_LABELS) {
    const { subject, body } = composeMessage(template, { label, restriction, values, document: true });
    const heading = `${label}\nWho may see this document: the council only`;
    assert.equal(subject, undefined);
    assert.equal(
      body,
      `${heading}\n\nMinutes of the council\nThe rest of this document is ${label}.\n\n${heading}\n`,
      `${label}: label and restriction at the top and the bottom, {{label}} filled in`,
    );
  }
  assert.equal(
    composeMessage('Minutes', { label: 'TLP:CLEAR', document: true }).body,
    'TLP:CLEAR\n\nMinutes\n\nTLP:CLEAR\n',
    'a public document is labelled too',
  );
});

test('a placeholder that takes a label is filled only with a label', () => {
  const fill = (value: string) =>
    composeMessage('Start of {{part}}', {
      label: 'TLP:AMBER',
      values: { part: value },
      labelPlaceholders: ['part'],
    }).body;
  assert.match(fill('TLP:GREEN'), /Start of TLP:GREEN$/);
  assert.match(fill('green'), /Start of \{\{part\}\}$/, 'a value that is not a label leaves the blank to fill');
});

test('the Markdown download of a document has its labels, and a label blank lists the labels', () => {
  const markdown = templateMarkdown({
    title: 'Minutes',
    summary: 'A header.',
    labels: ['TLP:RED', 'TLP:AMBER'],
    labelFrom: 'what the meeting discusses',
    restriction: 'Who may see this document: {{who}}',
    document: true,
    whenToUse: 'Always.',
    whenNotToUse: 'Never.',
    placeholders: [
      { name: 'who', description: 'Who may see it.', example: 'the council' },
      { name: 'part', description: 'A part’s label.', example: 'TLP:GREEN', kind: 'label' },
    ],
    template: 'Start of {{part}}. The rest is {{label}}.',
    url: 'https://example.org/templates/minutes/',
  });
  assert.match(
    markdown,
    /```text\nTLP:RED\nWho may see this document: \{\{who\}\}\n\nStart of \{\{part\}\}\. The rest is TLP:RED\.\n\nTLP:RED\nWho may see this document: \{\{who\}\}\n```/,
  );
  assert.match(
    markdown,
    /- `\{\{part\}\}`: A part’s label\. One of TLP:RED, TLP:AMBER\+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR, written exactly\./,
  );
  assert.match(markdown, /at the top, at the bottom and wherever the text names it/);
});

test('a message splits into text and the placeholders still to fill', () => {
  assert.deepEqual(segments('Hi {{name}}, see {{ where }}.'), [
    { text: 'Hi ' },
    { text: '{{name}}', placeholder: 'name' },
    { text: ', see ' },
    { text: '{{ where }}', placeholder: 'where' },
    { text: '.' },
  ]);
  assert.deepEqual(segments('No blanks'), [{ text: 'No blanks' }]);
});

test('a placeholder after words that let recipients tell more people widens the label; one that names the group does not', () => {
  assert.deepEqual(
    grantingPlaceholders(
      'For the members of {{body}} who need it. Others you may tell, if they need it: {{who_may_know}}. Do not post it where people outside {{body}} can read.',
    ),
    ['who_may_know'],
  );
  assert.deepEqual(grantingPlaceholders('Beyond them, only {{others}}.'), ['others']);
  assert.deepEqual(grantingPlaceholders('You may share this within {{community}}, and with no one outside it.'), []);
  assert.deepEqual(
    grantingPlaceholders({ 'TLP:RED': 'For you only.', 'TLP:AMBER': 'Others who may be told: {{extra}}.' }),
    ['extra'],
  );
});

test('a recipients placeholder starts as "none", and a restriction can depend on the label', () => {
  const placeholders = [
    { name: 'body', kind: 'text' },
    { name: 'who_may_know', kind: 'recipients' },
  ];
  assert.deepEqual(placeholderDefaults(placeholders), { who_may_know: 'none' });
  const { body } = composeMessage('Hello {{body}}.', {
    label: 'TLP:AMBER+STRICT',
    restriction: 'Others you may tell: {{who_may_know}}.',
    values: placeholderDefaults(placeholders),
  });
  assert.match(body, /^TLP:AMBER\+STRICT\nOthers you may tell: none\.\n\nHello \{\{body\}\}\./);
  const perLabel = { 'TLP:RED': 'For you only.', 'TLP:AMBER+STRICT': 'For your group.' };
  assert.equal(restrictionFor(perLabel, 'TLP:RED'), 'For you only.');
  assert.equal(restrictionFor(perLabel, 'TLP:AMBER'), undefined, 'the TLP model’s words stand in');
  assert.equal(restrictionFor('Always this.', 'TLP:GREEN'), 'Always this.');
});

test('the Markdown download fills a recipients placeholder with "none" and says only the source may name anyone', () => {
  const markdown = templateMarkdown({
    title: 'Briefing',
    summary: 'A briefing.',
    labels: ['TLP:AMBER+STRICT'],
    restriction: 'Others you may tell: {{who_may_know}}.',
    whenToUse: 'Now.',
    whenNotToUse: 'Later.',
    placeholders: [{ name: 'who_may_know', description: 'Who else may be told.', example: 'none', kind: 'recipients' }],
    template: 'Hello.',
    url: 'https://example.org/templates/briefing/',
  });
  assert.match(markdown, /Others you may tell: none\./);
  assert.ok(markdown.includes(RECIPIENTS_RULE));
});
