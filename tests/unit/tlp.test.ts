import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TLP_LABELS, isTlpLabel, suggestLabel } from '../../src/lib/tlp.ts';
import { canReceive, circleProblems, isWiderThan, isWithin, strictest } from '../../src/model/tlp-model.ts';
import { tlpModelSchema } from '../../src/schemas/tlp-model.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The real model, content/tlp-model.yaml: the one statement of how far each label reaches. */
const model = tlpModelSchema.parse(parse(readFileSync('content/tlp-model.yaml', 'utf8')));

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

test('labels limit different circles: TLP:AMBER and TLP:GREEN are not one inside the other', () => {
  assert.ok(isWithin(model, 'TLP:AMBER+STRICT', 'TLP:GREEN'), 'your own organization is inside the community');
  assert.ok(isWithin(model, 'TLP:AMBER+STRICT', 'TLP:AMBER'));
  assert.ok(isWithin(model, 'TLP:RED', 'TLP:GREEN'));
  assert.ok(!isWithin(model, 'TLP:AMBER', 'TLP:GREEN'), 'clients need not be in the named community');
  assert.ok(!isWithin(model, 'TLP:GREEN', 'TLP:AMBER'), 'a community is not the organization and its clients');
  assert.ok(isWiderThan(model, 'TLP:AMBER', 'TLP:GREEN'));
  assert.ok(!isWiderThan(model, 'TLP:GREEN', 'TLP:GREEN'));
  for (const label of TLP_LABELS) assert.ok(isWithin(model, label, 'TLP:CLEAR') && isWithin(model, 'TLP:RED', label));
});

test('the strictest of several labels is the widest circle inside all of them', () => {
  assert.equal(strictest(model, ['TLP:AMBER', 'TLP:GREEN']), 'TLP:AMBER+STRICT');
  assert.equal(strictest(model, ['TLP:GREEN', 'TLP:CLEAR']), 'TLP:GREEN');
  assert.equal(strictest(model, ['TLP:AMBER', 'TLP:RED']), 'TLP:RED');
  assert.equal(strictest(model, []), 'TLP:CLEAR');
});

test('TLP:AMBER goes only to a group with clients; a group without them gets TLP:AMBER+STRICT', () => {
  assert.ok(canReceive(model, 'leadership', 'TLP:AMBER').ok, 'the leadership acts for the maintainers');
  assert.ok(canReceive(model, 'partners', 'TLP:AMBER').ok);
  for (const role of ['downstream', 'moderators', 'maintainers'] as const) {
    const verdict = canReceive(model, role, 'TLP:AMBER');
    assert.ok(!verdict.ok, `${role} has no clients`);
    assert.match(verdict.reason ?? '', /gets TLP:AMBER\+STRICT/);
    assert.ok(canReceive(model, role, 'TLP:AMBER+STRICT').ok);
  }
  assert.ok(
    model.rules.some((rule) => rule.id === 'amber-needs-clients'),
    'the model states the rule',
  );
});

test('the model’s circles are checked as circles: nested, never both ways, limits that narrow, every relative audience once', () => {
  assert.deepEqual(circleProblems(model), []);
  const changed = (label: string, within: string[]) => ({
    ...model,
    labels: model.labels.map((item) =>
      item.label === label ? { ...item, within: within as typeof item.within } : item,
    ),
  });
  const messages = (broken: Parameters<typeof circleProblems>[0]) => circleProblems(broken).map((p) => p.message);
  assert.deepEqual(messages(changed('TLP:AMBER', ['TLP:AMBER'])), ['TLP:AMBER must lie within TLP:CLEAR']);
  assert.ok(
    messages(changed('TLP:RED', ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:CLEAR'])).includes(
      'TLP:RED lies within TLP:AMBER+STRICT, which lies within TLP:AMBER, TLP:GREEN, so TLP:RED must lie within them too',
    ),
  );
  assert.ok(
    messages(changed('TLP:AMBER', ['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:CLEAR'])).includes(
      'TLP:AMBER and TLP:AMBER+STRICT each lie within the other; one circle must be the wider',
    ),
  );
  const twice = { ...model, relativeAudiences: [...model.relativeAudiences, model.relativeAudiences[0]!] };
  assert.deepEqual(messages(twice), [
    `the relative audience "${model.relativeAudiences[0]!.id}" is described 2 times; the decision tree needs the labels it may receive, once`,
  ]);
});
