/**
 * The situations maintainers meet, walked through the real decision tree as a reader would answer,
 * with what the outcome must do: the label at most X, never reaching role Y, offering template Z.
 * Each fault the review of the tree found is one of these, so it cannot come back unnoticed.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { siteContent } from './helpers.ts';
import {
  applyFacts,
  capOf,
  enumeratePaths,
  nextOf,
  partLabel,
  partsOn,
  NO_FACTS,
  type DecisionTree,
  type Facts,
  type Outcome,
} from '../../src/model/decision-tree.ts';
import { isWithin, reach } from '../../src/model/tlp-model.ts';
import { factSentences } from '../../src/model/decision-states.ts';
import { INVOLVABLE } from '../../src/lib/vocabulary.ts';
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
  /** Templates the outcome must not offer on this path. */
  withholds?: string[];
  /** The first part must address these audiences (who hears first). */
  first?: OutcomeAudience[];
  /** Some part must address each of these (someone the situation needs, such as the team allowed to discuss it). */
  reaches?: OutcomeAudience[];
  /** "What you told us" must say these. */
  told?: string[];
  norms?: string[];
  /** The outcome must state its trade-off. */
  tradeoff?: boolean;
}

const NOT_PUBLIC = ['none', 'not-public'];
const OWN_FINDING = [...NOT_PUBLIC, 'our-own-finding'];
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
    name: 'a complaint about a leader, the person who reported agreed the team may discuss it but no more: the team discusses it, never the council',
    answers: [...TOLD, 'amber-strict', 'conduct', 'leadership', 'not-yet'],
    outcome: 'keep-it-to-the-conversation',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['leadership', 'accused'],
    reaches: ['own-team', 'source'],
  },
  {
    name: 'a report the moderation team may discuss, and someone on the team is involved: it stays with those who know, and the source is asked',
    answers: [...TOLD, 'amber-strict', 'conduct', 'my-group', 'not-yet'],
    outcome: 'keep-it-to-the-conversation',
    never: ['own-team', 'moderators', 'accused'],
    reaches: ['already-told', 'source'],
  },
  {
    name: 'conduct the moderation team saw itself, the person targeted not yet asked: the team may discuss it while it asks them',
    answers: [...OWN_FINDING, 'conduct', 'no-one', 'not-yet'],
    outcome: 'ask-the-person-at-risk',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['accused', 'public'],
    first: ['reporter', 'affected'],
    reaches: ['own-team'],
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
    name: 'a TLP:AMBER+STRICT report, the person agreed to one more group: the source’s limit still holds for everyone else',
    answers: [...TOLD, 'amber-strict', 'conduct', 'no-one', 'agreed'],
    outcome: 'share-with-the-agreed-group',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['accused', 'public', 'own-clients'],
    told: [
      'The source set a limit: TLP:AMBER+STRICT.',
      'The source and the person at risk agreed that one more group may hear it, and no one else.',
    ],
  },
  {
    name: 'the person at risk wants it public and the source agreed: a public statement with their words, they hear first',
    answers: [...TOLD, 'amber-strict', 'conduct', 'no-one', 'wants-public'],
    outcome: 'speak-publicly-with-their-consent',
    first: ['reporter', 'affected'],
    never: ['accused'],
    offers: ['support-statement'],
    tradeoff: true,
    told: ['The source and the person at risk agreed to a public statement.'],
  },
  {
    name: 'a TLP:GREEN warning about a harasser from a moderators’ network: the team acts on it, nothing goes public',
    answers: [...NOT_PUBLIC, 'green-from-a-community', 'conduct', 'no-one'],
    outcome: 'act-on-a-community-warning',
    labelAtMost: 'TLP:GREEN',
    never: ['public', 'contributors', 'users', 'accused', 'own-clients'],
    reaches: ['own-team', 'source'],
  },
  {
    name: 'announcing a moderation decision: the people who reported hear first, then the person it is about, then a public note if needed',
    answers: [...NOT_PUBLIC, 'our-decision'],
    outcome: 'announce-a-moderation-decision',
    first: ['reporter', 'affected'],
    reaches: ['accused', 'leadership'],
    offers: ['moderation-action-announcement', 'message-to-affected-person', 'decision-to-the-person'],
    tradeoff: true,
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
    offers: ['warning-that-names-no-one'],
    withholds: ['support-statement'],
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
    labelAtMost: 'TLP:AMBER',
    never: ['public'],
    first: ['affected'],
    reaches: ['partners'],
    offers: ['partner-warning'],
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
    name: 'a suspect maintainer, and my group and those it serves should act: the maintainers it serves are left out',
    answers: [...OWN_FINDING, 'other', 'maintainers', 'no', 'confirmed', 'no', 'our-group-and-clients'],
    outcome: 'brief-your-own-group',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['maintainers', 'own-clients', 'public'],
    told: ['Involved: a maintainer.'],
  },
  {
    name: 'someone on the security team is involved: answered on its own, and no part reaches the security team',
    answers: [...OWN_FINDING, 'other', 'security-team', 'yes', 'specific-people'],
    outcome: 'warn-those-at-risk-privately',
    never: ['security-team'],
    told: ['Involved: someone on the security team.'],
  },
  {
    name: 'foundation staff are involved in a warning to partners: nothing private reaches the foundation',
    answers: [...OWN_FINDING, 'other', 'foundation', 'no', 'confirmed', 'no', 'partners'],
    outcome: 'warn-partner-projects',
    never: ['foundation'],
  },
  {
    name: 'a sponsor is involved, and the group and those it serves should act: they are briefed without the groups it may sit in',
    answers: [...OWN_FINDING, 'other', 'sponsor', 'no', 'confirmed', 'no', 'our-group-and-clients'],
    outcome: 'brief-your-own-group',
    never: ['sponsors', 'own-clients'],
    told: ['Involved: a sponsor or employer.'],
  },
  {
    name: 'a TLP:GREEN warning, and my group and those it serves should act: it stays in the named community, never TLP:AMBER to clients',
    answers: [
      ...NOT_PUBLIC,
      'green-from-a-community',
      'other',
      'no-one',
      'no',
      'confirmed',
      'no',
      'our-group-and-clients',
    ],
    outcome: 'share-within-the-named-community',
    labelAtMost: 'TLP:GREEN',
    never: ['own-clients', 'public'],
    offers: ['community-warning'],
  },
  {
    name: 'distributions must hold an update before anything is public: a private TLP:AMBER+STRICT warning to each, as they have no clients',
    answers: [...OWN_FINDING, 'other', 'no-one', 'no', 'confirmed', 'no', 'downstream'],
    outcome: 'warn-downstream-privately',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public', 'users'],
    reaches: ['downstream'],
    offers: ['downstream-warning'],
    withholds: ['partner-warning'],
  },
  {
    name: 'unlabelled from outside, not about a person: treated as TLP:AMBER+STRICT, so the groups we serve wait for the source',
    answers: [...TOLD, 'no-label', 'other', 'no-one', 'no', 'confirmed', 'no', 'our-group-and-clients', 'yes'],
    outcome: 'ask-the-source-first',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['own-clients', 'maintainers', 'public'],
    told: ['The source set no label. This guide treats it as TLP:AMBER+STRICT until the source says otherwise.'],
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
    name: 'a sponsor shared something under an agreement that covers our group',
    answers: [...NOT_PUBLIC, 'under-an-agreement', 'our-group', 'no-one'],
    outcome: 'follow-the-agreement',
    labelAtMost: 'TLP:AMBER+STRICT',
    never: ['public', 'contributors'],
    offers: ['permission-to-share-request'],
    reaches: ['own-team'],
    told: ['The agreement sets the limit: TLP:AMBER+STRICT.'],
  },
  {
    name: 'a non-disclosure agreement that binds only the people named in it: the rest of the group is not told',
    answers: [...NOT_PUBLIC, 'under-an-agreement', 'named-people', 'no-one'],
    outcome: 'follow-the-agreement',
    labelAtMost: 'TLP:RED',
    never: ['own-team', 'public'],
    told: ['The agreement sets the limit: TLP:RED.'],
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
    name: 'something a partner gave us under TLP:AMBER leaked: the source hears first, and the label still holds',
    answers: ['none', 'public', 'leak', 'given-to-us', 'amber', 'no-one'],
    outcome: 'tell-the-source-it-escaped',
    labelAtMost: 'TLP:AMBER',
    first: ['source'],
    never: ['public', 'affected'],
    norms: ['when-information-escapes'],
    told: ['The source set a limit: TLP:AMBER.'],
  },
  {
    name: 'our moderation notes leaked with a TLP:RED report in them: the person who reported hears first, and no one else, not even our team, until they answer',
    answers: ['none', 'public', 'leak', 'ours-with-a-report', 'red', 'no-one'],
    outcome: 'tell-the-source-it-escaped',
    labelAtMost: 'TLP:RED',
    first: ['source'],
    never: ['own-team', 'public', 'affected'],
    offers: ['mis-disclosure-notice'],
  },
  {
    name: 'our moderation notes leaked with a report the team may discuss: the source hears first, then the team',
    answers: ['none', 'public', 'leak', 'ours-with-a-report', 'amber-strict', 'no-one'],
    outcome: 'tell-the-source-it-escaped',
    labelAtMost: 'TLP:AMBER+STRICT',
    first: ['source'],
    reaches: ['own-team'],
    never: ['public', 'leadership'],
  },
  {
    name: 'our notes with a report in them leaked and someone in our group is involved: the source hears first, the group is left out',
    answers: ['none', 'public', 'leak', 'ours-with-a-report', 'amber-strict', 'my-group'],
    outcome: 'tell-the-source-it-escaped',
    first: ['source'],
    never: ['own-team', 'moderators', 'leadership'],
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
    answers: ['none', 'public', 'published', 'exposes', 'no-one', 'not-asked'],
    outcome: 'protect-the-person-first',
    first: ['affected'],
    offers: ['warning-that-names-no-one'],
    withholds: ['support-statement'],
  },
  {
    name: 'a maintainer under a public pile-on asked the project to speak up for them: their words, after they are heard, and the exposing posts still removed',
    answers: ['none', 'public', 'published', 'exposes', 'no-one', 'wants-statement'],
    outcome: 'protect-the-person-first',
    first: ['affected'],
    reaches: ['moderators', 'public'],
    offers: ['support-statement'],
    withholds: ['warning-that-names-no-one'],
    told: ['The source and the person at risk agreed to a public statement.'],
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
/** Templates that may go out only with the agreement of the person they speak about. */
let needAgreement: Set<string>;

before(async () => {
  const { entries, data, problems } = await siteContent();
  assert.deepEqual(problems, [], 'the site’s content passes its checks');
  tree = entries.find((entry) => entry.collection === 'decisions')!.parsed as DecisionTree;
  model = data.tlpModel!;
  needAgreement = new Set(
    entries.flatMap((entry) =>
      entry.collection === 'templates' && (entry.parsed as { needsAgreement?: boolean }).needsAgreement
        ? [entry.id]
        : [],
    ),
  );
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
            isWithin(model, label, scenario.labelAtMost),
            `a part is ${label}, outside ${scenario.labelAtMost}`,
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
      for (const template of scenario.withholds ?? []) assert.ok(!offered.includes(template), `it offers ${template}`);
      if (scenario.first) assert.deepEqual(parts[0]?.audiences, scenario.first);
      for (const audience of scenario.reaches ?? [])
        assert.ok(
          parts.some((part) => part.audiences.includes(audience)),
          `no part goes to ${audience}`,
        );
      for (const sentence of scenario.told ?? []) assert.ok(factSentences(facts).includes(sentence), sentence);
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
  test('the person a report or accusation is about hears only a decision about them, and is never asked', () => {
    for (const path of enumeratePaths(tree)) {
      for (const part of partsOn(path.outcome, path.facts))
        assert.ok(!part.audiences.includes('accused') || path.facts.about === 'moderation-decision', path.outcome.id);
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

  test('no path gives an outcome outside what the source allowed', () => {
    const paths = enumeratePaths(tree);
    const capped = paths.filter((path) => capOf(path.facts));
    for (const path of capped) {
      const limit = capOf(path.facts)!;
      for (const part of partsOn(path.outcome, path.facts)) {
        assert.ok(isWithin(model, partLabel(part, path.facts), limit), `${path.outcome.id} under ${limit}`);
      }
    }
    assert.ok(capped.length > paths.length / 3, `only ${capped.length} of ${paths.length} paths carry a source limit`);
  });

  test('a template that needs a person’s agreement is offered only where they agreed to a public statement', () => {
    assert.ok(needAgreement.has('support-statement'), 'the statement of support says it needs agreement');
    for (const path of enumeratePaths(tree)) {
      for (const part of partsOn(path.outcome, path.facts))
        for (const ref of part.templates)
          assert.ok(
            !needAgreement.has(ref.id) || path.facts.agreed === 'public',
            `${path.outcome.id} offers ${ref.id}`,
          );
    }
  });

  test('a leak of something someone told us always carries the label they set', () => {
    const leaks = enumeratePaths(tree).filter((path) => path.facts.about === 'trusted-leak');
    assert.ok(leaks.length > 0);
    for (const path of leaks) assert.ok(capOf(path.facts), `${path.outcome.id} runs with no source limit`);
  });

  test('TLP:RED goes to people, never to a project that must act together', () => {
    const projects: OutcomeAudience[] = ['partners', 'downstream', 'member-projects', 'partner-maintainers'];
    for (const path of enumeratePaths(tree)) {
      for (const part of partsOn(path.outcome, path.facts)) {
        if (partLabel(part, path.facts) !== 'TLP:RED') continue;
        assert.ok(!part.audiences.some((audience) => projects.includes(audience)), path.outcome.id);
      }
    }
  });

  test('each role can be marked involved on its own, by one answer', () => {
    const singles = tree.questions.flatMap((question) =>
      question.options
        .filter((option) => option.sets?.involved?.length === 1)
        .map((option) => option.sets!.involved![0]),
    );
    for (const role of INVOLVABLE) assert.ok(singles.includes(role), role);
  });

  test('the tree counts open sign-up as public, as the TLP model’s rule says', () => {
    const rule = model.rules.find((each) => each.id === 'open-sign-up-is-public');
    assert.ok(rule, 'the TLP model states the rule');
    const help = tree.questions.find((question) => question.id === 'already-public')!.help ?? '';
    assert.doesNotMatch(help, /read it without an account/);
    assert.match(help, /anyone can (?:join|sign up)/);
  });
});
