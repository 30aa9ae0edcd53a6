/** The exposure check's logic on small fact lists and threats written here: scoring, order, plan, exports, comparison, checks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateAgainst } from '../checks/taxonomy.ts';
import {
  answersFrom,
  assess,
  effectsByAnswer,
  EVERY_PROJECT_POINTS,
  navigatorLayer,
  queryFor,
  TOP_THREATS,
  type CheckThreat,
  type Exposure,
  type Fact,
  type FactData,
  type Remedy,
} from '../../src/model/exposure.ts';
import { exposureProblems } from '../../src/model/exposure-problems.ts';
import { answersInText, compareResults } from '../../src/model/exposure-compare.ts';
import { publicSummary, resultMarkdown, watchStep } from '../../src/model/exposure-markdown.ts';
import type { en } from '../../src/i18n/en.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { clientLocale, createTranslator } from '../../src/i18n/translate.ts';

/** The words the check's script has in the browser: only the checkScript.* messages its page hands it. */
const t = createTranslator<typeof en>(clientLocale(LOCALES.en, ['checkScript.']));
import { factsWithFixes, planFor } from '../../src/model/exposure-plan.ts';

/** Questions as the content writes them; with no fixes they serve the model and the content check alike. */
const facts: (Fact & FactData)[] = [
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

const exercise = (name: string) => ({ title: name, path: `/exercises/${name}/` });

function threat(
  code: string,
  exposure: Partial<Exposure>,
  severity: CheckThreat['severity'] = 'medium',
  remedies: Remedy[] = [],
): CheckThreat {
  return {
    code,
    title: `Threat ${code}`,
    path: `/threats/${code.toLowerCase()}/`,
    severity,
    exposure: { everyProject: false, raise: [], lower: [], ...exposure },
    remedies,
  };
}

const owners = { fact: 'owners', is: ['one', 'unknown'], points: 3, why: 'One owner can act alone.' };
const solo = { fact: 'structure', is: ['solo'], points: 1 };
const loose = { fact: 'votes', is: ['loose'], points: 2 };
const severalOwners = { fact: 'owners', is: ['several'], points: 2, why: 'Two owners can check each other.' };
const team = { fact: 'structure', is: ['team'], points: 1 };

test('a threat is listed when an answer of one of its raise conditions is given, and not otherwise', () => {
  const threats = [threat('GT-001', { raise: [owners] })];
  assert.equal(assess(facts, threats, { owners: ['unknown'] }).length, 1);
  assert.equal(assess(facts, threats, { owners: ['several'] }).length, 0);
  assert.equal(assess(facts, threats, {}).length, 0, 'a skipped question brings nothing in');
});

test('the score is the points raised minus the points lowered, times the severity weight', () => {
  const threats = [threat('GT-001', { raise: [owners, solo], lower: [team] }, 'high')];
  const [finding] = assess(facts, threats, { owners: ['one'], structure: ['solo', 'team'] });
  assert.equal(finding?.points, 3 + 1 - 1);
  assert.equal(finding?.score, 3 * 3);
  assert.deepEqual(
    finding?.protections.map((reason) => reason.answers),
    [['A team.']],
  );
});

test('protective answers can take a threat off the list: its points must stay above 0', () => {
  const threats = [threat('GT-001', { raise: [solo], lower: [team] })];
  assert.equal(assess(facts, threats, { structure: ['solo'] }).length, 1);
  assert.equal(assess(facts, threats, { structure: ['solo', 'team'] }).length, 0);
});

test('a threat for every project starts at 1 point, and protective answers can still lower it', () => {
  const threats = [threat('GT-001', { everyProject: true, lower: [team] }, 'high')];
  const [finding] = assess(facts, threats, {});
  assert.deepEqual([finding?.points, finding?.score, finding?.reasons], [EVERY_PROJECT_POINTS, 3, []]);
  assert.equal(assess(facts, threats, { structure: ['team'] }).length, 0);
});

test('a many-answer question matches when any picked answer is in the condition', () => {
  const threats = [threat('GT-001', { raise: [solo] })];
  const [finding] = assess(facts, threats, { structure: ['team', 'solo'] });
  assert.deepEqual(finding?.reasons[0]?.answers, ['One person.'], 'only the matching answer is named as the reason');
});

test('threats come highest score first; ties go to a direct hit, then to the more severe threat, then GT id', () => {
  const threats = [
    threat('GT-005', { raise: [solo] }, 'high'), // 1 point x 3 = 3, its strongest answer 1
    threat('GT-004', { raise: [solo, loose] }, 'low'), // 3 points x 1 = 3, its strongest answer 2
    threat('GT-003', { raise: [owners] }, 'low'), // 3 points x 1 = 3, one answer worth 3: a direct hit
    threat('GT-002', { raise: [{ ...solo, points: 2 }] }, 'high'), // 2 x 3 = 6
    threat('GT-001', { raise: [loose] }, 'high'), // 2 x 3 = 6, the same, with a lower GT id
    threat('GT-006', { raise: [{ ...solo, points: 3 }] }, 'medium'), // 3 x 2 = 6, a direct hit
    threat('GT-007', { raise: [owners] }, 'medium'), // 3 x 2 = 6, a direct hit
  ];
  const order = assess(facts, threats, { owners: ['one'], votes: ['loose'], structure: ['solo'] }).map(
    (finding) => finding.threat.code,
  );
  assert.deepEqual(order, ['GT-006', 'GT-007', 'GT-001', 'GT-002', 'GT-003', 'GT-004', 'GT-005']);
});

test('each reason gives the question, the reader’s own answer, its points and the why when there is one', () => {
  const [finding] = assess(facts, [threat('GT-001', { raise: [owners, loose] })], {
    owners: ['one'],
    votes: ['loose'],
  });
  assert.deepEqual(finding?.reasons, [
    { fact: 'owners', question: 'How many owners?', answers: ['One.'], points: 3, why: 'One owner can act alone.' },
    { fact: 'votes', question: 'Do you vote?', answers: ['Loosely.'], points: 2 },
  ]);
});

const ownersFix = {
  from: ['one', 'unknown'],
  to: 'several',
  step: 'Add a second owner.',
  see: [{ title: 'Inventory', path: '/checklists/inventory/' }],
  exercise: exercise('quiet-sale'),
};
const votesFix = { ...ownersFix, from: ['loose'], to: 'no', step: 'Write the vote rules.', exercise: exercise('vote') };
const fixed: Fact[] = facts.map((fact) =>
  fact.id === 'owners' ? { ...fact, fixes: [ownersFix] } : fact.id === 'votes' ? { ...fact, fixes: [votesFix] } : fact,
);

test('the plan takes the fix that removes the most score first, each question once, only fixes that remove some', () => {
  const threats = [
    threat('GT-001', { raise: [owners] }, 'high'), // the owners fix removes 3 x 3
    threat('GT-002', { raise: [loose] }, 'high'), // the votes fix removes 2 x 3
    threat('GT-003', { raise: [owners], lower: [severalOwners] }), // and the owners fix 3 x 2 more
  ];
  const steps = planFor(fixed, threats, { owners: ['one'], votes: ['loose'] });
  assert.deepEqual(
    steps.map((step) => [step.fix.step, step.removes, step.threats]),
    [
      ['Add a second owner.', 15, ['GT-001', 'GT-003']],
      ['Write the vote rules.', 6, ['GT-002']],
    ],
  );
  assert.equal(planFor(fixed, threats, { owners: ['one'], votes: ['loose'] }, 1).length, 1);
  assert.deepEqual(planFor(fixed, threats, { owners: ['several'] }), [], 'no fix for an answer already strong');
});

test('a fix counts only what it removes after the steps before it', () => {
  // Either fix alone takes the threat off the list; once the first has, the second removes nothing.
  const threats = [
    threat(
      'GT-001',
      {
        raise: [
          { ...owners, points: 1 },
          { ...loose, points: 1 },
        ],
        lower: [{ ...solo }],
      },
      'high',
    ),
  ];
  const steps = planFor(fixed, threats, { owners: ['one'], votes: ['loose'], structure: ['solo'] });
  assert.deepEqual(
    steps.map((step) => [step.fix.step, step.removes]),
    [['Add a second owner.', 3]],
  );
});

test('the plan’s fixes come from the content: pages resolved, an exercise for each', () => {
  const [withFix] = factsWithFixes(
    [
      {
        ...facts[1]!,
        fixes: [{ from: ['one'], to: 'several', step: 'Add one.', see: ['checklists/x'], exercise: 'y' }],
      },
    ],
    (ref) => ({ title: `Title of ${ref}`, path: `/${ref}/` }),
  );
  assert.deepEqual(withFix?.fixes?.[0]?.see, [{ title: 'Title of checklists/x', path: '/checklists/x/' }]);
  assert.deepEqual(withFix?.fixes?.[0]?.exercise, { title: 'Title of exercises/y', path: '/exercises/y/' });
});

test('answers read from an address keep only known questions and answers, and one answer where one is asked', () => {
  const params = new URLSearchParams('owners=one&owners=several&structure=solo&structure=team&votes=maybe&colour=red');
  assert.deepEqual(answersFrom(facts, params), { owners: ['one'], structure: ['solo', 'team'] });
});

test('answers written to an address read back the same', () => {
  const answers = { structure: ['team', 'solo'], owners: ['unknown'] };
  assert.deepEqual(answersFrom(facts, new URLSearchParams(queryFor(facts, answers))), answers);
});

test('without JavaScript, each answer lists the threats it raises and lowers, with the points', () => {
  const first = threat('GT-001', { raise: [owners], lower: [severalOwners] });
  const second = threat('GT-002', { raise: [{ fact: 'owners', is: ['one'], points: 1 }] });
  const byAnswer = effectsByAnswer(facts, [first, second]);
  const effects = (answer: string, side: 'raises' | 'lowers') =>
    byAnswer
      .get('owners')
      ?.get(answer)
      ?.[side].map((effect) => [effect.threat.code, effect.points]);
  assert.deepEqual(effects('one', 'raises'), [
    ['GT-001', 3],
    ['GT-002', 1],
  ]);
  assert.deepEqual(effects('several', 'lowers'), [['GT-001', 2]]);
  assert.deepEqual(effects('several', 'raises'), []);
});

const context = { resultUrl: 'https://example.org/check/#owners=one' };
const label = { label: 'TLP:AMBER+STRICT', instruction: 'Share only within your team.' };

test('the Markdown starts with its label, gives each top threat its score and why, and the plan with owners and dates', () => {
  const threats = [threat('GT-001', { raise: [owners], lower: [team] }, 'high')];
  const answers = { owners: ['one'], structure: ['team'] };
  const findings = assess(fixed, threats, answers);
  const plan = planFor(fixed, threats, answers);
  const markdown = resultMarkdown(findings, plan, { ...context, label, fields: [{ owner: 'Sam', date: '' }] }, t);
  assert.equal(markdown.split('\n')[0], '**TLP:AMBER+STRICT** Share only within your team.');
  assert.ok(markdown.includes(context.resultUrl));
  for (const line of [
    '1. [GT-001 Threat GT-001](https://example.org/threats/gt-001/)',
    '   - Score 6: 2 points from your answers, times 3 for high harm.',
    '   - Raises it: How many owners? One (+3).',
    '   - Lowers it: How is it run? A team (−1).',
    '- [ ] **1. Add a second owner.** Lowers GT-001 (score 6 less).',
    '  - Owner: Sam',
    '  - Date: _to fill in_',
    '  - How: [Inventory](https://example.org/checklists/inventory/)',
    '  - Then test it with the exercise [quiet-sale](https://example.org/exercises/quiet-sale/).',
    `- [ ] ${watchStep(t)}`,
  ])
    assert.ok(markdown.split('\n').includes(line), line);
});

test('the Markdown lists the first eight threats in full and the rest under "also worth a look"', () => {
  const threats = Array.from({ length: TOP_THREATS + 2 }, (_, index) =>
    threat(`GT-${String(index + 1).padStart(3, '0')}`, { raise: [owners] }),
  );
  const markdown = resultMarkdown(assess(facts, threats, { owners: ['one'] }), [], { ...context, label }, t);
  const [top, rest] = markdown.split('### Also worth a look');
  assert.equal(top!.match(/^\d+\. \[GT-/gm)?.length, TOP_THREATS);
  assert.equal(top!.match(/Raises it/g)?.length, TOP_THREATS);
  assert.deepEqual(rest!.match(/^\d+\. \[GT-\d+/gm), ['9. [GT-009', '10. [GT-010']);
});

test('the public summary names no answer, threat, step or owner: only that a plan exists, with dates', () => {
  const threats = [threat('GT-001', { raise: [owners] }), threat('GT-002', { raise: [loose] })];
  const answers = { owners: ['one'], votes: ['loose'] };
  const plan = planFor(fixed, threats, answers);
  const summary = publicSummary(
    plan,
    {
      checkUrl: 'https://example.org/check/',
      date: '2026-12-01',
      label: { label: 'TLP:CLEAR', instruction: 'Anyone may see this.' },
      fields: [{ owner: 'Sam', date: '2027-01-15' }],
    },
    t,
  );
  assert.equal(summary.split('\n')[0], '**TLP:CLEAR** Anyone may see this.');
  assert.match(summary, /agreed a plan of 2 steps/);
  assert.ok(summary.includes('- [ ] Step 1, by 2027-01-15\n- [ ] Step 2\n'));
  for (const secret of [
    'GT-',
    'owners=',
    'example.org/check/#',
    'Add a second owner',
    'Write the vote rules',
    'Sam',
    'Threat',
  ])
    assert.ok(!summary.includes(secret), secret);
});

test('an earlier result’s answers are found in its address, in its Markdown, or in the bare answers', () => {
  const address = 'https://example.org/check/#owners=one&votes=loose';
  const expected = { owners: ['one'], votes: ['loose'] };
  assert.deepEqual(answersInText(facts, address), expected);
  assert.deepEqual(
    answersInText(facts, `**TLP:AMBER+STRICT** …\n\nOur answers: ${address}\n\n### Top threats`),
    expected,
  );
  assert.deepEqual(answersInText(facts, ' owners=one&votes=loose '), expected);
  assert.equal(answersInText(facts, 'https://example.org/check/'), undefined);
  assert.equal(answersInText(facts, 'colour=red'), undefined, 'nothing the check asks');
});

test('comparing results names the threats that went down or away and up or in, the largest change first', () => {
  const threats = [
    threat('GT-001', { raise: [owners] }, 'high'),
    threat('GT-002', { raise: [loose] }),
    threat('GT-003', { raise: [solo] }),
    threat('GT-004', { raise: [team] }),
  ];
  const earlier = assess(facts, threats, { owners: ['one'], votes: ['loose'], structure: ['solo'] });
  const now = assess(facts, threats, { owners: ['several'], votes: ['loose'], structure: ['team'] });
  const { down, up, same } = compareResults(earlier, now);
  assert.deepEqual(
    down.map((change) => [change.threat.code, change.before, change.after]),
    [
      ['GT-001', 9, 0],
      ['GT-003', 2, 0],
    ],
  );
  assert.deepEqual(
    up.map((change) => [change.threat.code, change.before, change.after]),
    [['GT-004', 0, 2]],
  );
  assert.equal(same, 1);
});

test('the Navigator layer validates against the 4.5 format and carries GT ids, scores and why', () => {
  const problems = (document: unknown) => validateAgainst('navigator-layer.schema.json', document);
  const threats = [threat('GT-001', { raise: [owners, loose] }), threat('GT-002', { everyProject: true })];
  const layer = navigatorLayer(
    assess(facts, threats, { owners: ['one'], votes: ['loose'] }),
    { ...context, stixUrl: 'https://example.org/taxonomy.stix.json' },
    t,
  );
  assert.deepEqual(problems(layer), []);
  assert.deepEqual(
    layer.techniques.map((technique) => [technique.techniqueID, technique.score]),
    [
      ['GT-001', (3 + 2) * 2],
      ['GT-002', 1 * 2],
    ],
  );
  assert.match(layer.techniques[0]!.comment, /How many owners\? One\./);
  assert.equal(layer.gradient.maxValue, 10);
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
  exposure: { everyProject: false, raise: [], lower: [], ...exposure },
  structures: own,
});

test('sound exposure data has no problems', () => {
  const threats = [entry('a', { raise: [owners, solo], lower: [severalOwners] }), entry('b', { raise: [loose] })];
  assert.deepEqual(exposureProblems(facts, threats, structures), []);
});

test('a condition on an unknown question or answer is named, with what exists', () => {
  const problems = exposureProblems(
    facts,
    [
      entry('a', {
        raise: [owners, solo, loose, { fact: 'owner', is: ['one'], points: 1 }],
        lower: [{ fact: 'votes', is: ['often'], points: 1 }],
      }),
    ],
    structures,
  );
  assert.deepEqual(
    problems.map((problem) => [problem.threat, problem.path.join('.'), problem.message]),
    [
      ['a', 'exposure.raise.3.fact', '"owner" is not a question of the exposure check; did you mean "owners"?'],
      ['a', 'exposure.lower.0.is.0', '"often" is not an answer to the question "votes"'],
    ],
  );
});

test('an answer counted twice in one threat, in raise or lower, is named where it comes again', () => {
  const problems = exposureProblems(
    facts,
    [entry('a', { raise: [owners, solo, loose], lower: [{ fact: 'owners', is: ['several', 'one'], points: 1 }] })],
    structures,
  );
  assert.deepEqual(
    problems.map((problem) => [problem.path.join('.'), problem.message]),
    [['exposure.lower.0.is.1', 'the answer "one" to "owners" is counted twice in this threat\'s exposure']],
  );
});

test('a question no threat uses is a problem, unless some threats could not be read', () => {
  const threats = [entry('a', { raise: [owners, solo] })];
  const [problem] = exposureProblems(facts, threats, structures);
  assert.equal(problem?.threat, undefined);
  assert.deepEqual(problem?.path, ['facts', 2, 'id']);
  assert.match(problem?.message ?? '', /no threat uses the question "votes"/);
  assert.deepEqual(exposureProblems(facts, threats, structures, false), []);
});

test('the structure question must offer exactly the structures there are', () => {
  const threats = [entry('a', { raise: [owners, solo, loose] })];
  const [problem] = exposureProblems(facts, threats, ['solo', 'council']);
  assert.equal(
    problem?.message,
    'the answers must be the structures in content/structures/: council missing; team not a structure',
  );
});

test('a structure that raises a threat must be one of its own structures; one that lowers it need not', () => {
  const [problem, ...rest] = exposureProblems(
    facts,
    [entry('a', { raise: [owners, solo, loose], lower: [team] }, ['team'])],
    structures,
  );
  assert.equal(problem?.message, 'the structure "solo" is not in this threat\'s structures list');
  assert.deepEqual(rest, []);
});

test('duplicate question and answer ids are named', () => {
  const doubled: (Fact & FactData)[] = [
    ...facts,
    { ...facts[1]!, options: [...facts[1]!.options, { id: 'one', answer: 'Again.' }] },
  ];
  const messages = exposureProblems(doubled, [entry('a', { raise: [owners, solo, loose] })], structures).map(
    (problem) => problem.message,
  );
  assert.deepEqual(messages, [
    'the question id "owners" is used twice',
    'the answer id "one" is used twice in the question "owners"',
  ]);
});

test('a fix must name answers of its question, pages that exist, and lower some threat', () => {
  const fix = { from: ['one'], to: 'several', step: 'Add an owner.', see: ['checklists/inventory'], exercise: 'drill' };
  type RawFix = NonNullable<FactData['fixes']>[number];
  const withFixes = (fixes: RawFix[]): FactData[] =>
    facts.map((fact) => (fact.id === 'owners' ? { ...fact, fixes } : fact));
  const threats = [entry('a', { raise: [owners, solo, loose] })];
  const known = (ref: string) => ['checklists/inventory', 'exercises/drill'].includes(ref);
  const problemsOf = (fixes: RawFix[]) =>
    exposureProblems(withFixes(fixes), threats, structures, true, known).map((problem) => [
      problem.path.join('.'),
      problem.message,
    ]);
  assert.deepEqual(problemsOf([fix]), []);
  assert.deepEqual(problemsOf([{ ...fix, to: 'two' }]), [
    ['facts.1.fixes.0.to', '"two" is not an answer to the question "owners"'],
  ]);
  assert.deepEqual(problemsOf([{ ...fix, from: ['one', 'several'] }]), [
    ['facts.1.fixes.0.to', 'the fix leads to "several", an answer it is meant to move away from'],
  ]);
  assert.deepEqual(problemsOf([{ ...fix, see: ['checklists/inventry'], exercise: 'dril' }]), [
    ['facts.1.fixes.0.see.0', '"checklists/inventry" is not an entry of the site'],
    ['facts.1.fixes.0.exercise', '"dril" is not an entry of exercises'],
  ]);
  assert.deepEqual(problemsOf([{ ...fix, from: ['several'], to: 'unknown' }]), [
    [
      'facts.1.fixes.0.from',
      'no threat is raised by "several" or lowered by "unknown", so this fix would lower no threat\'s score',
    ],
  ]);
});
