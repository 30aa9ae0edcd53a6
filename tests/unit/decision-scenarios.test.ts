/**
 * The situations maintainers meet, walked through the real decision tree as a reader would answer,
 * with what the outcome must do: the label at most X, never reaching role Y, offering template Z.
 * Each fault the review of the tree found is one of these, so it cannot come back unnoticed.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { checkContentRoot } from '../../src/checks/validate.ts';
import { contentRoot } from '../../src/checks/root.ts';
import {
  applyFacts,
  enumeratePaths,
  nextOf,
  partLabel,
  partsOn,
  NO_FACTS,
  type DecisionTree,
  type Facts,
  type Outcome,
} from '../../src/model/decision-tree.ts';
import { labelWidth, reach } from '../../src/model/tlp-model.ts';
import type { TlpModel } from '../../src/schemas/tlp-model.ts';
import type { TlpLabel } from '../../src/lib/tlp.ts';
import type { OutcomeAudience } from '../../src/lib/vocabulary.ts';

interface Scenario {
  /** The situation, as a maintainer would put it. */
  name: string;
  /** The ids of the answers, in order from the first question. */
  answers: string[];
  outcome: string;
  /** No part of the outcome may be wider than this. */
  labelAtMost?: TlpLabel;
  /** No part that is not public may reach these roles. */
  never?: OutcomeAudience[];
  /** Templates the outcome must offer. */
  offers?: string[];
  /** The first part must address these audiences (who hears first). */
  first?: OutcomeAudience[];
  norms?: string[];
  /** The outcome must state its trade-off. */
  tradeoff?: boolean;
}

const NOT_PUBLIC = ['none', 'not-public'];
const TOLD = [...NOT_PUBLIC, 'someone-told-us'];

const SCENARIOS: Scenario[] = [
  {
    name: 'someone in danger: the first screen sends the reader to emergency help',
    answers: ['danger'],
    outcome: 'someone-may-be-in-danger',
  },
  {
    name: 'a police request or a legal duty: get legal help before sharing anything',
    answers: ['law'],
    outcome: 'the-law-may-be-involved',
  },
  {
    name: 'a flaw in code: leave for the vulnerability disclosure guidance',
    answers: ['code-flaw'],
    outcome: 'a-flaw-in-code',
  },
  {
    name: 'a recipient of TLP:RED information who wants to warn others is sent to ask the source, under TLP:RED',
    answers: [...TOLD, 'red', 'tell', 'yes'],
    outcome: 'ask-the-source-first',
    labelAtMost: 'TLP:RED',
    never: ['public', 'contributors', 'users', 'leadership'],
    offers: ['permission-to-share-request'],
    first: ['source'],
  },
  {
    name: 'TLP:RED, the source cannot be reached and harm is coming: act on what you know, tell no one new',
    answers: [...TOLD, 'red', 'tell', 'no-and-harm'],
    outcome: 'act-on-what-you-know-yourself',
    labelAtMost: 'TLP:RED',
    never: ['public', 'own-team', 'leadership'],
    tradeoff: true,
  },
  {
    name: 'TLP:RED and only protective steps are needed: act without passing it on',
    answers: [...TOLD, 'red', 'act'],
    outcome: 'act-without-passing-it-on',
    labelAtMost: 'TLP:RED',
  },
  {
    name: 'TLP:AMBER+STRICT from the source, users at risk now: the limit holds, ask the source',
    answers: [...TOLD, 'amber-strict', 'other', 'no-one', 'yes', 'users', 'yes'],
    outcome: 'ask-the-source-first',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public', 'users'],
  },
  {
    name: 'a complaint about a leader, the person who reported has not agreed yet: keep it in the conversation, never the council',
    answers: [...TOLD, 'amber-strict', 'conduct', 'leadership', 'not-yet'],
    outcome: 'keep-it-to-the-conversation',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['leadership', 'accused'],
  },
  {
    name: 'a complaint about a leader, the person at risk agreed to "the council": ask again for a group without them',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'conduct', 'leadership', 'agreed'],
    outcome: 'ask-again-for-a-group-without-them',
    never: ['leadership', 'accused', 'agreed-group'],
    first: ['reporter', 'affected'],
  },
  {
    name: 'a report about a contributor, the person at risk agreed to the moderators: share with that group only',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'conduct', 'no-one', 'agreed'],
    outcome: 'share-with-the-agreed-group',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['accused', 'public'],
  },
  {
    name: 'several people at risk who want different things: each one on their own',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'conduct', 'no-one', 'they-differ'],
    outcome: 'several-people-want-different-things',
    never: ['accused', 'public'],
    tradeoff: true,
  },
  {
    name: 'a harassment campaign under way against many people, the person at risk has not agreed: warn about the pattern, naming no one',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'conduct', 'no-one', 'others-harmed'],
    outcome: 'warn-without-naming-anyone',
    never: ['accused'],
    tradeoff: true,
    offers: ['support-statement'],
  },
  {
    name: 'a harassment campaign, but the source set TLP:AMBER: the campaign does not lift the limit',
    answers: [...TOLD, 'amber', 'conduct', 'no-one', 'others-harmed', 'yes'],
    outcome: 'ask-the-source-first',
    labelAtMost: 'TLP:AMBER',
    never: ['public', 'accused'],
  },
  {
    name: 'the xz pattern: a co-maintainer may have shipped a malicious release and users keep installing it',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'my-group', 'yes', 'users'],
    outcome: 'warn-users-without-naming-anyone',
    never: ['own-team'],
    offers: ['holding-statement'],
    tradeoff: true,
  },
  {
    name: 'accounts being taken over, specific people at risk: warn them privately while checking',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'no-one', 'yes', 'specific-people'],
    outcome: 'warn-those-at-risk-privately',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public'],
    first: ['affected'],
  },
  {
    name: 'a confirmed attack still running, where speaking would help the attacker, no one harmed meanwhile',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'no-one', 'no', 'confirmed', 'yes'],
    outcome: 'hold-it-close-while-it-runs',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public'],
  },
  {
    name: 'an unconfirmed suspicion about someone in my own group: check it outside the group',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'my-group', 'no', 'not-confirmed'],
    outcome: 'check-before-sharing',
    never: ['own-team', 'leadership', 'moderators'],
  },
  {
    name: 'only my own group needs to act: the brief goes to the group alone, not to the maintainers it serves',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'no-one', 'no', 'confirmed', 'no', 'our-group'],
    outcome: 'brief-your-own-group',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['maintainers', 'public'],
  },
  {
    name: 'a few partner projects need a warning: TLP:AMBER to each, with a template that carries TLP:AMBER',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'no-one', 'no', 'confirmed', 'no', 'partners'],
    outcome: 'warn-partner-projects',
    labelAtMost: 'TLP:AMBER',
    offers: ['partner-warning'],
  },
  {
    name: 'the same takeover attempt is hitting other projects: the targets hear first, then the pattern goes public',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'other', 'no-one', 'no', 'confirmed', 'no', 'other-projects'],
    outcome: 'share-the-pattern-keep-targets-private',
    first: ['affected'],
    offers: ['takeover-attempt-warning', 'partner-warning'],
  },
  {
    name: 'a warning that arrived as TLP:GREEN from another community: it stays in that community',
    answers: [...NOT_PUBLIC, 'green-from-a-community', 'other', 'no-one', 'no', 'confirmed', 'no', 'other-projects'],
    outcome: 'share-within-the-named-community',
    labelAtMost: 'TLP:GREEN',
    never: ['public', 'contributors', 'users'],
  },
  {
    name: 'TLP:GREEN from another community, but everyone who uses the project should know: ask the source, under TLP:GREEN',
    answers: [...NOT_PUBLIC, 'green-from-a-community', 'other', 'no-one', 'no', 'confirmed', 'no', 'everyone', 'yes'],
    outcome: 'ask-the-source-first',
    labelAtMost: 'TLP:GREEN',
    never: ['public'],
  },
  {
    name: 'a sponsor shared something under a confidentiality agreement',
    answers: [...NOT_PUBLIC, 'under-an-agreement'],
    outcome: 'follow-the-agreement',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public', 'contributors'],
    offers: ['permission-to-share-request'],
  },
  {
    name: 'a maintainer is ill and agreed to what may be said: say little',
    answers: [...NOT_PUBLIC, 'our-own-finding', 'absence', 'yes'],
    outcome: 'say-little-with-their-consent',
    norms: ['health-absence-and-private-life'],
    offers: ['maintainer-unavailable'],
  },
  {
    name: 'a maintainer is away, they cannot be asked, and a co-maintainer told us "only your team"',
    answers: [...TOLD, 'amber-strict', 'absence', 'no'],
    outcome: 'cover-for-them-quietly',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public', 'users'],
  },
  {
    name: 'our own private discussions leaked: reach the people it exposes first, reply without repeating it',
    answers: ['none', 'public', 'leak', 'ours', 'no-one'],
    outcome: 'reply-after-our-leak',
    first: ['affected'],
    offers: ['reply-after-a-leak'],
    norms: ['when-information-escapes'],
  },
  {
    name: 'something a partner gave us under a label leaked: the source hears first',
    answers: ['none', 'public', 'leak', 'given-to-us'],
    outcome: 'tell-the-source-it-escaped',
    first: ['source'],
    norms: ['when-information-escapes'],
  },
  {
    name: 'allegations about a moderator are already public while a process runs: the process goes to a body without them',
    answers: ['none', 'public', 'published', 'accuses', 'moderators'],
    outcome: 'allegations-are-public',
    never: ['moderators', 'accused'],
    offers: ['allegations-under-review'],
    first: ['reporter', 'affected'],
  },
  {
    name: 'someone posted a reporter’s private details: protect the person first',
    answers: ['none', 'public', 'published', 'exposes', 'no-one'],
    outcome: 'protect-the-person-first',
    first: ['affected'],
  },
  {
    name: 'a public account that is accurate: confirm it and point to one place',
    answers: ['none', 'public', 'published', 'neither', 'accurate'],
    outcome: 'confirm-and-point-to-one-place',
  },
  {
    name: 'a public account that is wrong: correct the record',
    answers: ['none', 'public', 'published', 'neither', 'wrong'],
    outcome: 'correct-the-public-record',
    offers: ['correction-notice', 'not-our-account'],
  },
];

let tree: DecisionTree;
let model: TlpModel;

before(async () => {
  const { entries, data, problems } = await checkContentRoot(contentRoot({}));
  assert.deepEqual(problems, [], 'the site’s content passes its checks');
  tree = entries.find((entry) => entry.collection === 'decisions')!.parsed as DecisionTree;
  model = data.tlpModel!;
});

/** Walks the tree by answer ids, as a reader clicks. */
function walk(answers: readonly string[]): { outcome: Outcome; facts: Facts } {
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  let id = tree.start;
  let facts = NO_FACTS;
  for (const answer of answers) {
    const question = questions.get(id);
    assert.ok(
      question,
      `after ${answers.slice(0, answers.indexOf(answer)).join(' → ')} the walk reached "${id}", not a question`,
    );
    const option = question.options.find((candidate) => candidate.id === answer);
    assert.ok(
      option,
      `"${question.question}" has no answer "${answer}"; it has ${question.options.map((o) => o.id).join(', ')}`,
    );
    facts = applyFacts(facts, option.sets);
    id = nextOf(option, facts);
  }
  const outcome = outcomes.get(id);
  assert.ok(outcome, `the answers end at "${id}", which is not an outcome`);
  return { outcome, facts };
}

describe('situations maintainers meet', () => {
  test('at least twenty situations are covered', () => assert.ok(SCENARIOS.length >= 20));

  for (const scenario of SCENARIOS) {
    test(scenario.name, () => {
      const { outcome, facts } = walk(scenario.answers);
      assert.equal(outcome.id, scenario.outcome);
      const parts = partsOn(outcome, facts);
      for (const part of parts) {
        const label = partLabel(part, facts);
        if (scenario.labelAtMost) {
          assert.ok(
            labelWidth(label) <= labelWidth(scenario.labelAtMost),
            `a part is ${label}, wider than ${scenario.labelAtMost}`,
          );
        }
        if (scenario.never && label !== 'TLP:CLEAR') {
          const reached = reach(model, part.audiences, label);
          for (const role of scenario.never) assert.ok(!reached.has(role), `a ${label} part reaches ${role}`);
        }
        if (scenario.never?.includes('public')) assert.notEqual(label, 'TLP:CLEAR', 'a part is public');
      }
      const offered = parts.flatMap((part) => part.templates.map((ref) => ref.id));
      for (const template of scenario.offers ?? [])
        assert.ok(offered.includes(template), `it does not offer ${template}`);
      if (scenario.first) assert.deepEqual(parts[0]?.audiences, scenario.first);
      for (const norm of scenario.norms ?? [])
        assert.ok(
          outcome.norms.some((ref) => ref.id === norm),
          `it does not link ${norm}`,
        );
      if (scenario.tradeoff) assert.ok(outcome.tradeoff, 'it does not state its trade-off');
    });
  }
});

describe('rules that hold on every path of the real tree', () => {
  test('the person a report or accusation is about is never an audience, and never asked', () => {
    for (const path of enumeratePaths(tree)) {
      for (const part of partsOn(path.outcome, path.facts))
        assert.ok(!part.audiences.includes('accused'), path.outcome.id);
    }
    const consent = tree.questions.find((question) => question.id === 'has-the-person-at-risk-agreed')!;
    assert.match(consent.help ?? '', /Never ask the person the complaint is about/);
  });

  test('every exit is offered from the first screen, and every code-flaw path ends at the code exit', () => {
    const first = tree.questions.find((question) => question.id === tree.start)!;
    for (const exit of tree.exits)
      assert.ok(
        first.options.some((option) => option.next === exit),
        exit,
      );
    const codePaths = enumeratePaths(tree).filter((path) => path.facts.codeFlaw);
    assert.ok(codePaths.length > 0);
    for (const path of codePaths) assert.equal(path.outcome.id, tree.codeFlawExit);
  });

  test('no path gives an outcome wider than the source allowed, except the request to the source itself', () => {
    let capped = 0;
    for (const path of enumeratePaths(tree)) {
      const limit = path.facts.sourceLimit;
      if (!limit || limit === 'none' || limit === 'TLP:CLEAR') continue;
      capped += 1;
      for (const part of partsOn(path.outcome, path.facts)) {
        assert.ok(labelWidth(partLabel(part, path.facts)) <= labelWidth(limit), `${path.outcome.id} under ${limit}`);
      }
    }
    assert.ok(capped > 100, `only ${capped} paths carry a source limit`);
  });
});
