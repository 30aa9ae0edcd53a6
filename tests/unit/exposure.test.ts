/** The exposure check's logic on small fact lists and threats written here: matching, order, plan, exports, checks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateAgainst } from '../checks/taxonomy.ts';
import {
  answersFrom,
  assess,
  exposureProblems,
  navigatorLayer,
  planFor,
  queryFor,
  resultMarkdown,
  threatsByAnswer,
  type CheckThreat,
  type Exposure,
  type Fact,
  type Remedy,
} from '../../src/model/exposure.ts';

const facts: Fact[] = [
  {
    id: 'structure',
    question: 'How is it run?',
    why: 'Structures differ.',
    pick: 'many',
    options: [
      { id: 'solo', answer: 'One person.' },
      { id: 'team', answer: 'A team.' },
    ],
  },
  {
    id: 'owners',
    question: 'How many owners?',
    why: 'Owners decide.',
    pick: 'one',
    options: [
      { id: 'one', answer: 'One.' },
      { id: 'several', answer: 'Several.' },
      { id: 'unknown', answer: 'Not sure.' },
    ],
  },
  {
    id: 'votes',
    question: 'Do you vote?',
    why: 'Votes can be captured.',
    pick: 'one',
    options: [
      { id: 'no', answer: 'No.' },
      { id: 'loose', answer: 'Loosely.' },
    ],
  },
];

const checklist = (name: string): Remedy => ({ kind: 'checklist', title: name, path: `/checklists/${name}/` });
const exercise = (name: string): Remedy => ({ kind: 'exercise', title: name, path: `/exercises/${name}/` });

function threat(code: string, exposure: Partial<Exposure>, remedies: Remedy[] = []): CheckThreat {
  return {
    code,
    title: `Threat ${code}`,
    path: `/threats/${code.toLowerCase()}/`,
    exposure: { everyProject: false, when: [], ...exposure },
    remedies,
  };
}

const owners = { fact: 'owners', is: ['one', 'unknown'], why: 'One owner can act alone.' };
const solo = { fact: 'structure', is: ['solo'] };
const loose = { fact: 'votes', is: ['loose'] };

test('a threat applies when any answer of one of its conditions is given, and not otherwise', () => {
  const threats = [threat('GT-001', { when: [owners] })];
  assert.equal(assess(facts, threats, { owners: ['unknown'] }).length, 1);
  assert.equal(assess(facts, threats, { owners: ['several'] }).length, 0);
  assert.equal(assess(facts, threats, {}).length, 0, 'a skipped question brings nothing in');
});

test('a many-answer question matches when any picked answer is in the condition', () => {
  const threats = [threat('GT-001', { when: [solo] })];
  const [finding] = assess(facts, threats, { structure: ['team', 'solo'] });
  assert.deepEqual(finding?.reasons[0]?.answers, ['One person.'], 'only the matching answer is named as the reason');
});

test('a threat for every project applies with no answers, scores 0 and says so', () => {
  const [finding] = assess(facts, [threat('GT-001', { everyProject: true })], {});
  assert.equal(finding?.score, 0);
  assert.deepEqual(finding?.reasons, []);
});

test('threats come most exposed first, then every-project ones, and ties go by GT id', () => {
  const threats = [
    threat('GT-004', { everyProject: true }),
    threat('GT-003', { when: [owners] }),
    threat('GT-002', { when: [owners, loose] }),
    threat('GT-001', { when: [loose] }),
  ];
  const order = assess(facts, threats, { owners: ['one'], votes: ['loose'] }).map((finding) => finding.threat.code);
  assert.deepEqual(order, ['GT-002', 'GT-001', 'GT-003', 'GT-004']);
});

test('each reason gives the question, the reader’s own answer and the why when there is one', () => {
  const [finding] = assess(facts, [threat('GT-001', { when: [owners, loose] })], { owners: ['one'], votes: ['loose'] });
  assert.deepEqual(finding?.reasons, [
    { fact: 'owners', question: 'How many owners?', answers: ['One.'], why: 'One owner can act alone.' },
    { fact: 'votes', question: 'Do you vote?', answers: ['Loosely.'] },
  ]);
});

test('the plan lists each remedy once, checklists before exercises, in the order of the threats, up to its length', () => {
  const threats = [
    threat('GT-001', { when: [owners, loose] }, [exercise('drill'), checklist('inventory')]),
    threat('GT-002', { when: [owners] }, [checklist('inventory'), checklist('handover')]),
  ];
  const steps = planFor(assess(facts, threats, { owners: ['one'], votes: ['loose'] }));
  assert.deepEqual(
    steps.map((step) => [step.remedy.title, step.threats]),
    [
      ['inventory', ['GT-001', 'GT-002']],
      ['drill', ['GT-001']],
      ['handover', ['GT-002']],
    ],
  );
  assert.equal(planFor(assess(facts, threats, { owners: ['one'], votes: ['loose'] }), 2).length, 2);
});

test('answers read from an address keep only known questions and answers, and one answer where one is asked', () => {
  const params = new URLSearchParams('owners=one&owners=several&structure=solo&structure=team&votes=maybe&colour=red');
  assert.deepEqual(answersFrom(facts, params), { owners: ['one'], structure: ['solo', 'team'] });
});

test('answers written to an address read back the same', () => {
  const answers = { structure: ['team', 'solo'], owners: ['unknown'] };
  assert.deepEqual(answersFrom(facts, new URLSearchParams(queryFor(facts, answers))), answers);
});

test('without JavaScript, each answer lists the threats it brings in', () => {
  const first = threat('GT-001', { when: [owners] });
  const second = threat('GT-002', { when: [{ fact: 'owners', is: ['one'] }] });
  const byAnswer = threatsByAnswer(facts, [first, second]);
  assert.deepEqual(
    byAnswer
      .get('owners')
      ?.get('one')
      ?.map((item) => item.code),
    ['GT-001', 'GT-002'],
  );
  assert.deepEqual(byAnswer.get('owners')?.get('several'), []);
});

const context = { resultUrl: 'https://example.org/check/#owners=one' };
const label = { label: 'TLP:AMBER+STRICT', instruction: 'Share only within your team.' };

test('the Markdown starts with its label, lists the threats with links and the plan as a task list', () => {
  const threats = [threat('GT-001', { when: [owners] }, [checklist('inventory')])];
  const findings = assess(facts, threats, { owners: ['one'] });
  const markdown = resultMarkdown(findings, planFor(findings), { ...context, label });
  const lines = markdown.split('\n');
  assert.equal(lines[0], '**TLP:AMBER+STRICT** Share only within your team.');
  assert.ok(
    markdown.includes('1. [GT-001 Threat GT-001](https://example.org/threats/gt-001/)\n   - How many owners? One.\n'),
  );
  assert.ok(
    markdown.includes(
      '- [ ] Work through the checklist [inventory](https://example.org/checklists/inventory/) (GT-001)',
    ),
  );
  assert.ok(markdown.includes(context.resultUrl));
});

test('the Navigator layer validates against the 4.5 format and carries GT ids, scores and why', () => {
  const problems = (document: unknown) => validateAgainst('navigator-layer.schema.json', document);
  const threats = [threat('GT-001', { when: [owners, loose] }), threat('GT-002', { everyProject: true })];
  const layer = navigatorLayer(assess(facts, threats, { owners: ['one'], votes: ['loose'] }), {
    ...context,
    stixUrl: 'https://example.org/taxonomy.stix.json',
  });
  assert.deepEqual(problems(layer), []);
  assert.deepEqual(
    layer.techniques.map((technique) => [technique.techniqueID, technique.score]),
    [
      ['GT-001', 2],
      ['GT-002', 0],
    ],
  );
  assert.match(layer.techniques[0]!.comment, /How many owners\? One\./);
  assert.equal(layer.gradient.maxValue, 2);
  assert.notDeepEqual(
    problems({ ...layer, versions: { layer: '4.4', navigator: '5.1.0' } }),
    [],
    'another format version fails',
  );
  assert.notDeepEqual(problems({ ...layer, techniques: [{ score: 1 }] }), [], 'a technique without its id fails');
  assert.notDeepEqual(
    problems({ ...layer, versions: { layer: '4.5', navigator: '4.8.1' } }),
    [],
    'a Navigator older than 4.9 fails',
  );
});

const structures = ['solo', 'team'];
const entry = (id: string, exposure: Partial<Exposure>, own = structures) => ({
  id,
  exposure: { everyProject: false, when: [], ...exposure },
  structures: own,
});

test('sound exposure data has no problems', () => {
  const threats = [entry('a', { when: [owners, solo] }), entry('b', { when: [loose] })];
  assert.deepEqual(exposureProblems(facts, threats, structures), []);
});

test('a condition on an unknown question or answer is named, with what exists', () => {
  const problems = exposureProblems(
    facts,
    [entry('a', { when: [owners, solo, loose, { fact: 'owner', is: ['one'] }, { fact: 'votes', is: ['often'] }] })],
    structures,
  );
  assert.deepEqual(
    problems.map((problem) => [problem.threat, problem.path.join('.'), problem.message]),
    [
      ['a', 'exposure.when.3.fact', '"owner" is not a question of the exposure check; did you mean "owners"?'],
      ['a', 'exposure.when.4.is.0', '"often" is not an answer to the question "votes"'],
    ],
  );
});

test('a question no threat uses is a problem, unless some threats could not be read', () => {
  const threats = [entry('a', { when: [owners, solo] })];
  const [problem] = exposureProblems(facts, threats, structures);
  assert.equal(problem?.threat, undefined);
  assert.deepEqual(problem?.path, ['facts', 2, 'id']);
  assert.match(problem?.message ?? '', /no threat uses the question "votes"/);
  assert.deepEqual(exposureProblems(facts, threats, structures, false), []);
});

test('the structure question must offer exactly the structures there are', () => {
  const threats = [entry('a', { when: [owners, solo, loose] })];
  const [problem] = exposureProblems(facts, threats, ['solo', 'council']);
  assert.equal(
    problem?.message,
    'the answers must be the structures in content/structures/: council missing; team not a structure',
  );
});

test('a structure condition must be one of the threat’s own structures', () => {
  const [problem] = exposureProblems(facts, [entry('a', { when: [owners, solo, loose] }, ['team'])], structures);
  assert.equal(problem?.message, 'the structure "solo" is not in this threat\'s structures list');
});

test('duplicate question and answer ids are named', () => {
  const doubled: Fact[] = [
    ...facts,
    { ...facts[1]!, options: [...facts[1]!.options, { id: 'one', answer: 'Again.' }] },
  ];
  const messages = exposureProblems(doubled, [entry('a', { when: [owners, solo, loose] })], structures).map(
    (problem) => problem.message,
  );
  assert.deepEqual(messages, [
    'the question id "owners" is used twice',
    'the answer id "one" is used twice in the question "owners"',
  ]);
});
