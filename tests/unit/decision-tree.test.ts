/** The decision tree's logic on small trees written here: shape, facts, routes, paths, pages and export. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AGREEMENTS, LIMIT_ORIGINS, SITUATION_KINDS } from '../../src/schemas/decisions.ts';
import { INVOLVABLE } from '../../src/lib/vocabulary.ts';
import {
  applyFacts,
  capOf,
  enumeratePaths,
  limitOf,
  holds,
  nextOf,
  partLabel,
  partsOn,
  NO_FACTS,
  type DecisionTree,
  type Option,
} from '../../src/model/decision-tree.ts';
import { treeProblems } from '../../src/model/tree-shape.ts';
import { audiencesWithin } from '../../src/model/tlp-model.ts';
import { tlpModelSchema } from '../../src/schemas/tlp-model.ts';
import { parse } from 'yaml';
import {
  enumerateStates,
  factSentences,
  leftOutSentences,
  outcomeText,
  partCondition,
  resolveParts,
  stateKey,
  statePath,
  treeExport,
} from '../../src/model/decision-states.ts';

/** The real TLP model, whose labels say whom a source's limit still allows. */
const model = tlpModelSchema.parse(parse(readFileSync('content/tlp-model.yaml', 'utf8')));

type Spec = [string, [string, string][]][];

/** A tree from [question id, [[option id, next]...]] pairs; every other id named is an outcome. */
function tree(questions: Spec, outcomes: string[], extra: Partial<DecisionTree> = {}): DecisionTree {
  return {
    title: 't',
    summary: 's',
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: new Date('2026-01-15'),
    related: [],
    aliases: [],
    start: questions[0]![0],
    exits: [outcomes[0]!],
    codeFlawExit: outcomes[0]!,
    questions: questions.map(([id, options]) => ({
      id,
      question: `${id}?`,
      options: options.map(([optionId, next]) => ({ id: optionId, answer: `answer ${optionId}`, next, instead: [] })),
    })),
    outcomes: outcomes.map((id, index) => ({
      id,
      title: id,
      aliases: [],
      exit: index === 0,
      parts: index === 0 ? [] : [{ label: 'TLP:CLEAR', audiences: ['public'], what: 'w', templates: [] }],
      timing: 'now',
      rationale: 'r',
      norms: [],
      checklists: [],
    })),
    ...extra,
  };
}

/** A one-question tree's only outcome that is not an exit, to give parts to. */
const oneOutcome = () =>
  tree(
    [
      [
        'a',
        [
          ['one', 'exit'],
          ['two', 'o'],
        ],
      ],
    ],
    ['exit', 'o'],
  ).outcomes[1]!;

const messages = (t: DecisionTree) => treeProblems(t).map((problem) => problem.message);

test('a sound tree has no problems', () => {
  assert.deepEqual(
    messages(
      tree(
        [
          [
            'a',
            [
              ['to-b', 'b'],
              ['to-exit', 'exit'],
            ],
          ],
          [
            'b',
            [
              ['to-x', 'x'],
              ['to-y', 'y'],
            ],
          ],
        ],
        ['exit', 'x', 'y'],
      ),
    ),
    [],
  );
});

test('a dangling answer, a loop, an unreachable node and duplicate ids are each named', () => {
  assert.deepEqual(
    messages(
      tree(
        [
          [
            'a',
            [
              ['one', 'exit'],
              ['two', 'nowhere'],
            ],
          ],
        ],
        ['exit'],
      ),
    ),
    ['the answer "answer two" to "a?" leads nowhere: no question or outcome has the id "nowhere"'],
  );
  assert.match(
    messages(
      tree(
        [
          [
            'a',
            [
              ['one', 'b'],
              ['two', 'exit'],
            ],
          ],
          [
            'b',
            [
              ['back', 'a'],
              ['on', 'exit'],
            ],
          ],
        ],
        ['exit'],
      ),
    ).join(),
    /loop back on themselves: a → b → a/,
  );
  assert.deepEqual(
    messages(
      tree(
        [
          [
            'a',
            [
              ['one', 'exit'],
              ['two', 'exit'],
            ],
          ],
        ],
        ['exit', 'lost'],
      ),
    ),
    ['the outcome "lost" cannot be reached: no answer leads to it'],
  );
  assert.match(
    messages(
      tree(
        [
          [
            'a',
            [
              ['one', 'exit'],
              ['one', 'exit'],
            ],
          ],
        ],
        ['exit'],
      ),
    ).join(),
    /two answers to "a\?" share the id "one"/,
  );
});

test('exits must be outcomes marked as exits', () => {
  const t = tree(
    [
      [
        'a',
        [
          ['one', 'exit'],
          ['two', 'x'],
        ],
      ],
    ],
    ['exit', 'x'],
    { exits: ['x'] },
  );
  assert.deepEqual(messages(t), ['"x" is not an outcome marked exit: true']);
});

test('answers establish facts; later answers add to them', () => {
  const limited = applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER', about: 'conduct' });
  const both = applyFacts(limited, { involved: ['leadership'], leaked: true });
  assert.deepEqual(both, {
    about: 'conduct',
    sourceLimit: 'TLP:AMBER',
    limitFrom: null,
    agreed: null,
    involved: ['leadership'],
    codeFlaw: false,
    leaked: true,
  });
  assert.deepEqual(applyFacts(both, { involved: ['leadership', 'accused'] }).involved, ['leadership', 'accused']);
});

test('who set a limit goes with the limit; an agreement keeps the source’s limit', () => {
  const byDefault = applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER', limitFrom: 'default' });
  assert.equal(byDefault.limitFrom, 'default');
  assert.equal(applyFacts(byDefault, { about: 'other' }).limitFrom, 'default', 'a later answer keeps it');
  assert.equal(applyFacts(byDefault, { sourceLimit: 'TLP:RED' }).limitFrom, null, 'a new limit replaces it');
  const agreed = applyFacts(applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER+STRICT' }), { agreed: 'one-group' });
  assert.equal(capOf(agreed), 'TLP:AMBER+STRICT', 'agreement to one group does not lift the limit');
  assert.ok(audiencesWithin(model, 'TLP:AMBER+STRICT', agreed.agreed).includes('agreed-group'));
  assert.ok(!audiencesWithin(model, 'TLP:AMBER+STRICT').includes('agreed-group'));
  const publicly = applyFacts(agreed, { agreed: 'public' });
  assert.equal(capOf(publicly), undefined, 'agreement to a public statement lifts it for the words agreed');
  assert.equal(limitOf(publicly), 'TLP:AMBER+STRICT', 'the source’s own label is still known');
});

test('each label keeps its own circle: TLP:GREEN does not reach the groups your group serves', () => {
  assert.ok(audiencesWithin(model, 'TLP:AMBER').includes('own-clients'));
  assert.ok(!audiencesWithin(model, 'TLP:GREEN').includes('own-clients'));
  assert.ok(audiencesWithin(model, 'TLP:GREEN').includes('source-community'));
  assert.ok(!audiencesWithin(model, 'TLP:AMBER').includes('source-community'));
});

test('a condition holds only when every field it gives holds', () => {
  const facts = applyFacts(NO_FACTS, { sourceLimit: 'TLP:RED', involved: ['moderators'] });
  assert.ok(holds({ sourceLimit: ['TLP:RED', 'TLP:AMBER'] }, facts));
  assert.ok(holds({ involved: ['leadership', 'moderators'] }, facts));
  assert.ok(!holds({ sourceLimit: ['TLP:RED'], involved: ['leadership'] }, facts));
  assert.ok(!holds({ about: ['conduct'] }, facts));
  assert.ok(holds({ sourceLimit: ['none'] }, NO_FACTS), 'no limit set counts as none');
});

test('an answer leads to the first route whose condition holds, else to its next', () => {
  const option: Option = {
    id: 'o',
    answer: 'o',
    next: 'default',
    instead: [
      { when: { sourceLimit: ['TLP:RED'] }, next: 'ask' },
      { when: { involved: ['leadership'] }, next: 'elsewhere' },
    ],
  };
  assert.equal(nextOf(option, NO_FACTS), 'default');
  assert.equal(nextOf(option, applyFacts(NO_FACTS, { involved: ['leadership'] })), 'elsewhere');
  assert.equal(nextOf(option, applyFacts(NO_FACTS, { sourceLimit: 'TLP:RED', involved: ['leadership'] })), 'ask');
});

test('every path is walked once, with the facts it established', () => {
  const t = tree(
    [
      [
        'a',
        [
          ['red', 'b'],
          ['open', 'b'],
        ],
      ],
      [
        'b',
        [
          ['x', 'x'],
          ['y', 'y'],
        ],
      ],
    ],
    ['exit', 'x', 'y'],
  );
  t.questions[0]!.options[0]!.sets = { sourceLimit: 'TLP:RED' };
  t.questions[1]!.options[0]!.instead = [{ when: { sourceLimit: ['TLP:RED'] }, next: 'y' }];
  const paths = enumeratePaths(t).map(
    (path) => `${path.steps.map((step) => step.option.id).join('/')}→${path.outcome.id}`,
  );
  assert.deepEqual(paths, ['red/x→y', 'red/y→y', 'open/x→x', 'open/y→y']);
});

test('parts apply by their conditions, and "source" is the source’s label', () => {
  const outcome = oneOutcome();
  outcome.parts = [
    { label: 'source', audiences: ['source'], what: 'ask', templates: [] },
    {
      label: 'TLP:AMBER+STRICT',
      audiences: ['own-team'],
      unless: { involved: ['own-team'] },
      what: 'team',
      templates: [],
    },
    {
      label: 'TLP:RED',
      audiences: ['outside-contact'],
      when: { involved: ['own-team'] },
      what: 'outside',
      templates: [],
    },
  ];
  const involved = applyFacts(NO_FACTS, { involved: ['own-team'], sourceLimit: 'TLP:AMBER' });
  assert.deepEqual(
    partsOn(outcome, involved).map((part) => part.what),
    ['ask', 'outside'],
  );
  assert.deepEqual(
    partsOn(outcome, NO_FACTS).map((part) => part.what),
    ['ask', 'team'],
  );
  assert.equal(partLabel(outcome.parts[0]!, involved), 'TLP:AMBER');
  assert.equal(
    partLabel(outcome.parts[0]!, NO_FACTS),
    'TLP:RED',
    'with no limit known, a request to the source is TLP:RED',
  );
  assert.equal(partCondition(outcome.parts[2]!), 'Only when someone in your own group is involved.');
  assert.equal(partCondition(outcome.parts[1]!), 'Left out when someone in your own group is involved.');
});

test('a state’s address names its facts; the start with no facts is the framework’s page', () => {
  assert.equal(stateKey(NO_FACTS), '');
  const facts = applyFacts(NO_FACTS, {
    about: 'conduct',
    sourceLimit: 'TLP:AMBER+STRICT',
    involved: ['leadership', 'accused'],
  });
  assert.equal(stateKey(facts), 'conduct--amber-strict--involved-accused-leadership');
  assert.equal(statePath('/decide/', 'start', 'start', NO_FACTS), '/decide/');
  assert.equal(
    statePath('/decide/', 'start', 'next', facts),
    '/decide/next/conduct--amber-strict--involved-accused-leadership/',
  );
  assert.equal(statePath('/decide/', 'start', 'next', NO_FACTS), '/decide/next/start/');
});

test('paths that establish the same facts share a page', () => {
  const t = tree(
    [
      [
        'a',
        [
          ['one', 'b'],
          ['two', 'b'],
        ],
      ],
      [
        'b',
        [
          ['x', 'x'],
          ['y', 'exit'],
        ],
      ],
    ],
    ['exit', 'x'],
  );
  const states = enumerateStates(t, '/decide/');
  assert.deepEqual(states.map((state) => state.path).sort(), [
    '/decide/',
    '/decide/b/start/',
    '/decide/exit/start/',
    '/decide/x/start/',
  ]);
  const start = states.find((state) => state.path === '/decide/');
  assert.ok(start?.kind === 'question');
  assert.deepEqual(
    start.answers.map((answer) => answer.path),
    ['/decide/b/start/', '/decide/b/start/'],
  );
});

test('the reader is told what the outcome respected and whom it left out', () => {
  const facts = applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER', involved: ['leadership', 'accused'] });
  assert.deepEqual(factSentences(facts), [
    'The source set a limit: TLP:AMBER.',
    'Involved: someone on the leadership body, the person the report or accusation is about.',
  ]);
  const notes = leftOutSentences(facts);
  assert.match(notes[0]!, /Nothing here goes outside what TLP:AMBER allows, the limit the source set/);
  assert.match(notes[1]!, /Left out: someone on the leadership body/);
  assert.match(notes[2]!, /never asked for consent/);
});

test('a limit the source did not set is not shown as theirs, and an agreement is named', () => {
  assert.deepEqual(factSentences(applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER', limitFrom: 'default' })), [
    'The source set no label. This guide treats it as TLP:AMBER until the source says otherwise.',
  ]);
  const agreement = applyFacts(NO_FACTS, { sourceLimit: 'TLP:RED', limitFrom: 'agreement' });
  assert.deepEqual(factSentences(agreement), ['The agreement sets the limit: TLP:RED.']);
  assert.match(leftOutSentences(agreement)[0]!, /TLP:RED allows, the limit the agreement sets/);
  const agreed = applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER+STRICT', agreed: 'one-group' });
  assert.deepEqual(factSentences(agreed), [
    'The source set a limit: TLP:AMBER+STRICT.',
    'The source and the person at risk agreed that one more group may hear it, and no one else.',
  ]);
  assert.match(leftOutSentences(agreed)[0]!, /except to the one group they agreed to/);
  assert.equal(
    stateKey(applyFacts(agreed, { about: 'conduct' })),
    'conduct--amber-strict--agreed-one-group',
    'the agreement is part of the page address',
  );
  assert.equal(stateKey(applyFacts(NO_FACTS, { sourceLimit: 'TLP:AMBER', limitFrom: 'default' })), 'amber-by-default');
});

test('copied as text, an outcome carries every part’s label', () => {
  const outcome = oneOutcome();
  outcome.parts = [
    {
      label: 'TLP:RED',
      audiences: ['affected'],
      what: 'Tell them first.',
      templates: [{ collection: 'templates', id: 'm' }],
    },
    { label: 'TLP:CLEAR', audiences: ['public'], what: 'Then everyone.', templates: [] },
  ];
  const text = outcomeText(
    outcome,
    resolveParts(outcome, NO_FACTS, new Map([['m', { fixed: 'TLP:RED' }]])),
    [],
    'https://example.org/x',
  );
  assert.match(
    text,
    /^1\. TLP:RED to People affected or targeted\n {3}Tell them first\.\n {3}Templates: m \(TLP:RED\)$/m,
  );
  assert.match(text, /^2\. TLP:CLEAR to The public$/m);
  assert.match(text, /From: https:\/\/example\.org\/x\n$/);
  // A build that does not know the site's address writes no address at all.
  assert.doesNotMatch(outcomeText(outcome, [], [], undefined), /From:/);
});

test('the export lists every path with what it established and its parts’ labels', () => {
  const t = tree(
    [
      [
        'a',
        [
          ['code', 'exit'],
          ['red', 'o'],
        ],
      ],
    ],
    ['exit', 'o'],
  );
  t.questions[0]!.options[0]!.sets = { codeFlaw: true };
  t.questions[0]!.options[1]!.sets = { sourceLimit: 'TLP:RED' };
  t.outcomes[1]!.parts = [
    { label: 'source', audiences: ['source'], what: 'ask', templates: [{ collection: 'templates', id: 'ask' }] },
  ];
  const data = treeExport(t, new Map([['ask', { allowed: ['TLP:RED', 'TLP:AMBER'] }]]), 'https://example.org/decide/');
  assert.deepEqual(
    data.paths.map((path) => [path.outcome, path.codeFlaw, path.sourceLimit, path.parts]),
    [
      ['exit', true, null, []],
      [
        'o',
        false,
        'TLP:RED',
        [{ label: 'TLP:RED', audiences: ['source'], templates: [{ id: 'ask', label: 'TLP:RED' }] }],
      ],
    ],
  );
});

test('the published schema of /decide/tree.json names the same situations, roles and agreements as the tree', () => {
  const schema = JSON.parse(readFileSync('public/schemas/decide.schema.json', 'utf8')) as {
    $defs: Record<string, { enum?: string[] }>;
  };
  assert.deepEqual(schema.$defs.situation?.enum, [...SITUATION_KINDS]);
  assert.deepEqual(schema.$defs.involvable?.enum, [...INVOLVABLE]);
  assert.deepEqual(schema.$defs.limitFrom?.enum, [...LIMIT_ORIGINS]);
  assert.deepEqual(schema.$defs.agreed?.enum, [...AGREEMENTS]);
});
