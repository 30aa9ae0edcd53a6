import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMdx } from '../../src/lib/markdown.ts';
import {
  composeMessage,
  fillPlaceholders,
  messageText,
  scanPlaceholders,
  segments,
  splitSubject,
  templateBlocks,
} from '../../src/lib/templates.ts';

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

test('a document header writes its own label, filled in from the label chosen', () => {
  const message = composeMessage('{{label}}\nMinutes\n{{label}}', { label: 'TLP:GREEN', labelInText: true });
  assert.deepEqual(message, { subject: undefined, body: 'TLP:GREEN\nMinutes\nTLP:GREEN' });
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
