/**
 * Situations against the decision tree and the TLP model: labels judged as the model's circles, not
 * a ladder (tlp.test.ts tests the circles themselves), steps that follow the outcome part serving
 * their audience, answers walked as a reader clicks them; and, on the real content, counts, links
 * both ways and a wizard link for every situation.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ValidEntry } from '../../src/checks/validate.ts';
import { siteContent } from './helpers.ts';
import { templateLabels } from '../../src/lib/templates.ts';
import { findRefs } from '../../src/lib/references.ts';
import { SITUATION_FAMILIES, byFamily } from '../../src/lib/situations.ts';
import type { DecisionTree } from '../../src/model/decision-tree.ts';
import { enumerateStates, statePath } from '../../src/model/decision-states.ts';
import { checkSituation, walkAnswers, type SituationContext, type SituationData } from '../../src/model/situations.ts';
import type { TlpModel } from '../../src/schemas/tlp-model.ts';

let entries: ValidEntry[] = [];
let model: TlpModel;
let tree: DecisionTree;

before(async () => {
  const checked = await siteContent();
  assert.deepEqual(checked.problems, [], 'the real content passes its checks');
  entries = checked.entries;
  model = checked.data.tlpModel!;
  tree = entries.find((entry) => entry.collection === 'decisions')!.parsed as DecisionTree;
});

const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
const situations = () => of('situations') as ValidEntry<'situations'>[];

/** A two-outcome tree written here, with one GREEN part, so each rule can fail on its own. */
function smallTree(): DecisionTree {
  const outcome = (id: string, parts: DecisionTree['outcomes'][number]['parts']) => ({
    id,
    title: id,
    aliases: [],
    exit: false,
    parts,
    timing: 'now',
    rationale: 'r',
    norms: [],
    checklists: [],
  });
  return {
    title: 't',
    summary: 's',
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: new Date('2026-01-15'),
    related: [],
    aliases: [],
    start: 'where',
    exits: ['exit'],
    codeFlawExit: 'exit',
    questions: [
      {
        id: 'where',
        question: 'Where from?',
        options: [
          { id: 'network', answer: 'A network', next: 'who', instead: [], sets: { sourceLimit: 'TLP:GREEN' } },
          { id: 'us', answer: 'Us', next: 'who', instead: [], sets: { sourceLimit: 'none' } },
        ],
      },
      {
        id: 'who',
        question: 'Who is involved?',
        options: [
          { id: 'no-one', answer: 'No one', next: 'warn-peers', instead: [] },
          { id: 'us', answer: 'Us', next: 'warn-peers', instead: [], sets: { involved: ['own-team'] } },
        ],
      },
    ],
    outcomes: [
      outcome('exit', []),
      outcome('warn-peers', [
        { label: 'TLP:GREEN', audiences: ['source-community'], what: 'w', templates: [] },
        {
          label: 'TLP:AMBER+STRICT',
          audiences: ['own-team'],
          unless: { involved: ['own-team'] },
          what: 'w',
          templates: [],
        },
        {
          label: 'TLP:RED',
          audiences: ['outside-contact'],
          when: { involved: ['own-team'] },
          what: 'w',
          templates: [],
        },
        { label: 'TLP:CLEAR', audiences: ['public'], what: 'w', templates: [] },
      ]),
    ],
  };
}

function situation(steps: SituationData['steps'], decide: string[] = []): SituationData {
  return {
    title: 'A situation',
    summary: 'A situation written for a test.',
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: new Date('2026-01-15'),
    related: [],
    aliases: [],
    family: 'partner-warnings',
    looksLike: ['one line of what it looks like', 'another line of what it looks like'],
    outcomes: ['warn-peers'],
    decide,
    steps,
    templates: [],
    checklists: [],
    threats: [],
    cases: [],
  };
}

const step = (fields: Partial<SituationData['steps'][number]>): SituationData['steps'][number] => ({
  when: 'now',
  what: 'w',
  templates: [],
  ...fields,
});

describe('a step follows the outcome part that serves its audience', () => {
  const context = (): SituationContext => ({
    tree: smallTree(),
    model,
    templates: templateLabels(
      of('templates').map((entry) => ({ id: entry.id, labels: (entry as ValidEntry<'templates'>).parsed })),
    ),
  });

  test('with no label written, the step takes the part’s label', () => {
    const check = checkSituation(situation([step({ to: ['source-community'] }), step({ to: ['public'] })]), context());
    assert.deepEqual(check.problems, []);
    assert.deepEqual(
      check.steps.map((each) => each.label),
      ['TLP:GREEN', 'TLP:CLEAR'],
    );
  });

  test('a label that the model lets the audience receive and that stays in the part’s circle is allowed', () => {
    const check = checkSituation(situation([step({ to: ['own-team'], label: 'TLP:RED' })]), context());
    assert.deepEqual(check.problems, []);
    assert.equal(check.steps[0]!.label, 'TLP:RED');
  });

  test('TLP:AMBER under a TLP:GREEN part is refused, though a ladder would rank it lower', () => {
    const { problems } = checkSituation(situation([step({ to: ['source-community'], label: 'TLP:AMBER' })]), context());
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.path, ['steps', 0, 'label']);
    assert.match(problems[0]!.message, /^step 1: /);
  });

  test('a wider label, and an audience the outcome leaves out, are each named with the step', () => {
    const wider = checkSituation(situation([step({ to: ['own-team'], label: 'TLP:AMBER' })]), context()).problems;
    assert.match(wider[0]!.message, /step 1: this step sends TLP:AMBER to .*wider than the TLP:AMBER\+STRICT/);
    const excluded = checkSituation(situation([step({ to: ['public'] }), step({ to: ['press'] })]), context()).problems;
    assert.deepEqual(excluded[0]!.path, ['steps', 1, 'to', 0]);
    assert.match(excluded[0]!.message, /step 2: the outcome "warn-peers" has no part for Journalists/);
  });

  test('the answers’ facts decide which parts apply: with our own group involved, it is not told', () => {
    const toTeam = [step({ to: ['own-team'] })];
    assert.deepEqual(checkSituation(situation(toTeam, ['where/us', 'who/no-one']), context()).problems, []);
    const involved = checkSituation(situation(toTeam, ['where/us', 'who/us']), context()).problems;
    assert.match(involved[0]!.message, /has no part for Your own group/);
  });

  test('a template must fit both the step’s label and its audience', () => {
    const { problems } = checkSituation(
      situation([step({ to: ['public'], templates: [{ collection: 'templates', id: 'leadership-briefing' }] })]),
      context(),
    );
    assert.match(problems[0]!.message, /"leadership-briefing" carries TLP:AMBER\+STRICT: The public/);
  });

  test('a call to a helper takes no label and no outcome', () => {
    const check = checkSituation(
      situation([step({ call: 'lawyer', meanwhile: 'say nothing' }), step({ to: ['public'] })]),
      context(),
    );
    assert.deepEqual(check.problems, []);
    assert.equal(check.steps[0]!.label, undefined);
  });
});

describe('the answers are walked as a reader clicks them', () => {
  test('they lead to the question or outcome the tree reaches, with its facts', () => {
    const walked = walkAnswers(smallTree(), ['where/network']);
    assert.deepEqual(walked.problems, []);
    assert.equal(walked.entry?.node, 'who');
    assert.equal(walked.entry?.facts.sourceLimit, 'TLP:GREEN');
    assert.equal(walkAnswers(smallTree(), ['where/us', 'who/no-one']).entry?.kind, 'outcome');
  });

  test('an answer to the wrong question, or one that does not exist, is named with the right ones', () => {
    const wrong = walkAnswers(smallTree(), ['who/no-one']).problems[0]!;
    assert.deepEqual(wrong.path, ['decide', 0]);
    assert.match(wrong.message, /answers the question "who", but the answers before it lead to "where"/);
    assert.match(wrong.expected!, /"where\/network", "where\/us"/);
    assert.match(walkAnswers(smallTree(), ['where/them']).problems[0]!.message, /has no answer "them"/);
    assert.match(
      walkAnswers(smallTree(), ['where/us', 'who/no-one', 'who/us']).problems[0]!.message,
      /already end at the outcome "warn-peers"/,
    );
  });
});

describe('the real situations', () => {
  test('there are at least 15, and every family of the vocabulary is in use', () => {
    assert.ok(situations().length >= 15, `${situations().length} situations`);
    const used = byFamily(situations().map((entry) => ({ data: entry.parsed })));
    assert.deepEqual(
      used.map((group) => group.family),
      SITUATION_FAMILIES.values.filter((family) => used.some((group) => group.family === family)),
    );
    assert.equal(used.length, SITUATION_FAMILIES.values.length, 'every family has a situation');
  });

  test('the three exits each have a situation, and every exit now says who hears what', () => {
    for (const exit of tree.exits) {
      const outcome = tree.outcomes.find((each) => each.id === exit)!;
      assert.ok(outcome.parts.length > 0, `${exit} has communication parts`);
      assert.ok(
        situations().some((entry) => entry.parsed.outcomes.includes(exit)),
        `a situation follows ${exit}`,
      );
    }
  });

  test('each situation’s wizard link is a page the framework builds', () => {
    const base = '/decide/';
    const pages = new Set(enumerateStates(tree, base).map((state) => state.path));
    const context = { tree, model, templates: new Map() };
    for (const entry of situations()) {
      const { wizard } = checkSituation(entry.parsed, context);
      assert.ok(wizard, `${entry.id} has a wizard link`);
      assert.ok(pages.has(statePath(base, tree.start, wizard.node, wizard.facts)), `${entry.id} links to a built page`);
    }
  });

  test('every template and every threat is linked from a situation, or the threat says why not', () => {
    const linked = new Set(
      situations().flatMap((entry) => findRefs(entry.parsed).map((ref) => `${ref.collection}/${ref.id}`)),
    );
    assert.deepEqual(
      of('templates')
        .filter((entry) => !linked.has(`templates/${entry.id}`))
        .map((entry) => entry.id),
      [],
    );
    for (const threat of of('threats') as ValidEntry<'threats'>[]) {
      assert.notEqual(linked.has(`threats/${threat.id}`), Boolean(threat.parsed.noSituation), threat.id);
    }
  });
});
