/**
 * The pseudo-locale check's own rules (tests/checks/pseudo.ts), each with a planted fault: unmarked
 * interface text is found; marked text, content, TLP labels and never-translated names pass.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentPieces, outsideMarks, unmarkedInterfaceText } from '../checks/pseudo.ts';
import { FIXTURES } from './helpers.ts';
import path from 'node:path';

const content = new Set(['We have your report', 'Be timely', 'Say something early']);
const found = (...texts: string[]) =>
  unmarkedInterfaceText(
    texts.map((text) => ({ text, where: 'p' })),
    content,
  ).map((item) => item.text);

test('a hard-coded interface string is found; the same words marked as the dictionary’s pass', () => {
  assert.deepEqual(found('Skip to content'), ['Skip to content']);
  assert.deepEqual(found('⟦Skip to content⟧'), []);
  assert.deepEqual(found('⟦Status: Draft⟧ Next review'), ['Next review']);
});

test('marks carry from one text to the next, as a message wraps the markup in its placeholder', () => {
  assert.deepEqual(found('⟦Updated ', '4 March 2027', '⟧'), []);
  assert.deepEqual(outsideMarks([{ text: '⟦a ⟦b⟧ c⟧ d', where: 'p' }]), [{ text: ' d', where: 'p' }]);
});

test('content passes only whole: a piece of an entry passes, words it merely quotes do not', () => {
  assert.deepEqual(found('Be timely'), []);
  assert.deepEqual(found('Say something early.'), []);
  assert.deepEqual(found('We have your'), ['We have your']);
});

test('TLP labels, figures, punctuation and never-translated names pass', () => {
  assert.deepEqual(found('TLP:AMBER+STRICT', '42 · 7', 'K', 'Securing Open Source Communities', 'CITATION.cff'), []);
  assert.deepEqual(found('Subject: [TLP:AMBER] We have your report'), []);
});

test('the content’s pieces are its fields’ values and its Markdown’s runs of text', () => {
  const pieces = contentPieces(path.join(FIXTURES, 'valid'));
  assert.ok(pieces.size > 50, String(pieces.size));
  for (const piece of pieces) assert.doesNotMatch(piece, /^[\s\p{P}]|[\s\p{P}]$/u, piece);
});
