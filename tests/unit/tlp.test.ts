import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TLP_FACTS, TLP_LABELS, isTlpLabel, suggestLabel } from '../../src/lib/tlp.ts';

test('the five labels are written exactly as TLP 2.0 writes them', () => {
  assert.deepEqual([...TLP_LABELS], ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR']);
  for (const label of TLP_LABELS) assert.match(label, /^TLP:[A-Z]+(\+STRICT)?$/);
});

test('colours are FIRST’s colour table, with AMBER+STRICT sharing AMBER’s', () => {
  assert.equal(TLP_FACTS['TLP:RED'].colour, '#FF2B2B');
  assert.equal(TLP_FACTS['TLP:AMBER'].colour, '#FFC000');
  assert.equal(TLP_FACTS['TLP:AMBER+STRICT'].colour, TLP_FACTS['TLP:AMBER'].colour);
  assert.equal(TLP_FACTS['TLP:GREEN'].colour, '#33FF00');
  assert.equal(TLP_FACTS['TLP:CLEAR'].colour, '#FFFFFF');
});

test('TLP:WHITE and badly written labels get a suggestion; nonsense does not', () => {
  assert.equal(suggestLabel('TLP:WHITE'), 'TLP:CLEAR');
  assert.equal(suggestLabel('TLP: AMBER'), 'TLP:AMBER');
  assert.equal(suggestLabel('tlp:amber+strict'), 'TLP:AMBER+STRICT');
  assert.equal(suggestLabel('green'), 'TLP:GREEN');
  assert.equal(suggestLabel('TLP:PURPLE'), undefined);
});

test('label helpers', () => {
  assert.ok(isTlpLabel('TLP:GREEN'));
  assert.ok(!isTlpLabel('TLP:WHITE'));
});
