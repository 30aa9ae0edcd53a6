import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followPath, outcomeText, treeProblems, type DecisionTree } from '../../src/lib/decision-tree.ts';

function tree(questions: [string, string[]][], outcomes: string[], start = questions[0]![0]): DecisionTree {
  return {
    title: 't',
    summary: 's',
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: new Date(),
    related: [],
    start,
    questions: questions.map(([id, next]) => ({
      id,
      question: `${id}?`,
      options: next.map((target) => ({ answer: `to ${target}`, next: target })),
    })),
    outcomes: outcomes.map((id) => ({
      id,
      title: id,
      label: 'TLP:CLEAR',
      audiences: [{ audience: 'public' }],
      timing: 'now',
      rationale: 'r',
      templates: [],
      norms: [],
      checklists: [],
    })),
  };
}

const messages = (t: DecisionTree) => treeProblems(t).map((problem) => problem.message);

test('a sound tree has no problems', () => {
  assert.deepEqual(
    messages(
      tree(
        [
          ['a', ['b', 'x']],
          ['b', ['x', 'y']],
        ],
        ['x', 'y'],
      ),
    ),
    [],
  );
});

test('an answer that leads nowhere, an unreachable node, a loop and a bad start are each reported', () => {
  assert.match(
    messages(tree([['a', ['x', 'nowhere']]], ['x']))[0]!,
    /leads nowhere: no question or outcome has the id "nowhere"/,
  );
  assert.deepEqual(
    messages(
      tree(
        [
          ['a', ['x', 'x']],
          ['lonely', ['x', 'x']],
        ],
        ['x', 'y'],
      ),
    ),
    [
      'the question "lonely" cannot be reached: no answer leads to it',
      'the outcome "y" cannot be reached: no answer leads to it',
    ],
  );
  assert.deepEqual(
    messages(
      tree(
        [
          ['a', ['b', 'x']],
          ['b', ['c', 'x']],
          ['c', ['a', 'x']],
        ],
        ['x'],
      ),
    ),
    ['the answers loop back on themselves: a → b → c → a'],
  );
  assert.match(messages(tree([['a', ['x', 'x']]], ['x'], 'x'))[0]!, /starts at "x", which is not the id of a question/);
  assert.match(
    messages(
      tree(
        [
          ['a', ['x', 'x']],
          ['a', ['x', 'x']],
        ],
        ['x'],
      ),
    )[0]!,
    /two nodes share the id "a"/,
  );
});

test('a path replays to its outcome and stops at the first step that does not follow', () => {
  const t = tree(
    [
      ['a', ['b', 'x']],
      ['b', ['x', 'y']],
    ],
    ['x', 'y'],
  );
  const done = followPath(t, ['b', 'y']);
  assert.equal(done.outcome?.id, 'y');
  assert.deepEqual(
    done.steps.map((step) => [step.question.id, step.chosen?.next]),
    [
      ['a', 'b'],
      ['b', 'y'],
    ],
  );
  const partial = followPath(t, ['b', 'nonsense', 'y']);
  assert.equal(partial.outcome, undefined);
  assert.deepEqual(
    partial.steps.map((step) => [step.question.id, step.chosen?.next]),
    [
      ['a', 'b'],
      ['b', undefined],
    ],
  );
  assert.deepEqual(
    followPath(t, []).steps.map((step) => step.question.id),
    ['a'],
  );
});

test('an outcome copies as plain text with label, audiences in order, timing and next steps', () => {
  const text = outcomeText(
    {
      id: 'o',
      url: '/decide/o/',
      title: 'Brief your own team',
      label: 'TLP:AMBER+STRICT',
      timing: 'Today.',
      audiences: [{ label: 'Leadership bodies' }, { label: 'Maintainers', note: 'only those who act' }],
      next: [
        { kind: 'Template', title: 'Leadership briefing', url: 'https://example.org/templates/leadership-briefing/' },
      ],
    },
    'https://example.org/decide/?path=x',
  );
  assert.equal(
    text,
    'Brief your own team\n\nLabel: TLP:AMBER+STRICT\nTiming: Today.\n\nWho hears it, in this order:\n1. Leadership bodies\n2. Maintainers: only those who act\n\nNext steps:\n- Template: Leadership briefing (https://example.org/templates/leadership-briefing/)\n\nFrom: https://example.org/decide/?path=x\n',
  );
});
