import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TLP_LABELS, isTlpLabel, suggestLabel } from '../../src/lib/tlp.ts';

test('the five labels are written exactly as TLP 2.0 writes them', () => {
  assert.deepEqual([...TLP_LABELS], ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR']);
  for (const label of TLP_LABELS) assert.match(label, /^TLP:[A-Z]+(\+STRICT)?$/);
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
