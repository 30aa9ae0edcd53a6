/**
 * Project profiles for the exposure check, from one-person projects to foundation-hosted councils
 * and company-led ones. Each names the threats a careful reader of the threat entries expects among
 * the first six, with one line of reasoning drawn from those entries. The expectations were written
 * from the entries before the weights were set; the weights were then tuned until the profiles pass,
 * never the other way round. tests/unit/exposure-profiles.test.ts runs them through the model the
 * page uses; tests/e2e/check.spec.ts plays one of them through /check/ by clicking its answers.
 */
import type { Answers } from '../../src/model/exposure.ts';

export interface Profile {
  name: string;
  /** Why a careful reader expects these threats on top, from the threat entries. */
  reasoning: string;
  answers: Answers;
  /** Threat entry ids expected among the first six, most expected first. */
  expectTop: string[];
  /** Threats the result must list, anywhere. */
  expectListed?: string[];
  /** Threats this project has answered well: none of them may come first. */
  notFirst?: string[];
  /** The most threats the result may list in all (top and "also worth a look"). */
  atMost?: number;
}

/** How many places "on top" means: the first five or six a reader sees. */
export const TOP_PLACES = 6;

/** A well-run project with an elected council, hosted by a foundation, its money with a fiscal host. */
export const WELL_RUN: Answers = {
  structure: ['elected-council', 'foundation-hosted', 'separate-moderation-team'],
  'domain-holders': ['several'],
  'registry-owners': ['several'],
  money: ['fiscal-host'],
  'release-publishers': ['few'],
  'release-checks': ['always'],
  'new-maintainers': ['written-process'],
  'access-removal': ['always'],
  'complaints-about-leaders': ['yes'],
  'moderator-standing': ['protected'],
  appeals: ['yes'],
  votes: ['fixed-rules'],
  voters: ['listed-members'],
  'governance-changes': ['agreed'],
  'leaders-private-channel': ['yes'],
  'decisions-recorded': ['yes'],
  'holding-statements': ['yes'],
  'company-majority': ['no'],
  'licence-control': ['no'],
  'name-holder': ['a-foundation'],
  'official-accounts': ['yes'],
  disputes: ['agreed-route'],
  'public-profile': ['widely-used'],
};

/** A small team with no votes, no money and no separate moderators, that does everything else well. */
const WELL_RUN_TEAM: Answers = {
  ...WELL_RUN,
  structure: ['maintainer-team'],
  money: ['none'],
  'moderator-standing': ['no-moderators'],
  votes: ['none'],
  voters: ['no-votes'],
  'name-holder': ['unregistered'],
  'public-profile': ['small'],
};

export const PROFILES: Profile[] = [
  {
    name: 'one person maintains a widely used library alone',
    reasoning:
      'GT-007 and GT-010 describe a widely used project whose one person holds the release rights and the registry; GT-001 and GT-006 name the overstretched lone maintainer who gives rights with no written rule and no second check.',
    answers: {
      structure: ['single-maintainer'],
      'domain-holders': ['one'],
      'registry-owners': ['one'],
      money: ['none'],
      'release-publishers': ['one'],
      'release-checks': ['never'],
      'new-maintainers': ['one-decides'],
      'access-removal': ['no'],
      'complaints-about-leaders': ['no'],
      'moderator-standing': ['no-moderators'],
      appeals: ['no'],
      votes: ['none'],
      voters: ['no-votes'],
      'governance-changes': ['alone'],
      'leaders-private-channel': ['no'],
      'decisions-recorded': ['no'],
      'holding-statements': ['no'],
      'company-majority': ['no'],
      'licence-control': ['yes'],
      'name-holder': ['unregistered'],
      'official-accounts': ['no'],
      disputes: ['in-public'],
      'public-profile': ['widely-used'],
    },
    expectTop: ['single-point-of-failure', 'trust-built-for-takeover', 'sudden-withdrawal', 'handover-without-vetting'],
  },
  {
    name: 'a founder holds the domain, the registry organization, the money and the releases; all else is done well',
    reasoning:
      'GT-032 is assets registered to a founder’s personal accounts, GT-047 money one person can use alone, GT-033 assets that can change hands unseen, GT-007 one person holding the release rights; written processes elsewhere do not change who holds these.',
    answers: {
      ...WELL_RUN,
      structure: ['founder-led', 'maintainer-team'],
      'domain-holders': ['one'],
      'registry-owners': ['one'],
      money: ['one-person'],
      'release-publishers': ['one'],
      'moderator-standing': ['no-moderators'],
      votes: ['none'],
      voters: ['no-votes'],
      'name-holder': ['a-person'],
    },
    expectTop: [
      'assets-held-by-individuals',
      'control-of-money-and-fiscal-host',
      'undisclosed-transfer-of-assets',
      'single-point-of-failure',
    ],
  },
  {
    name: 'a well-run foundation project: elected council, fiscal host, several owners, written processes, appeals, recorded decisions',
    reasoning:
      'Its answers meet the protections the entries name (two holders of each asset, written processes, an appeal route, records); what is left is what wide use brings, such as GT-043 floods of reports, and GT-046, which concerns every project.',
    answers: WELL_RUN,
    expectTop: ['floods-of-automated-reports'],
    notFirst: [
      'restrictive-trademark-policy',
      'control-of-money-and-fiscal-host',
      'compliance-applied-without-policy',
      'divisive-decision-by-a-tiny-body',
      'assets-held-by-individuals',
    ],
    atMost: 12,
  },
  {
    name: 'a council mostly of one company’s staff; the company holds the licence and the name; otherwise well run',
    reasoning:
      'GT-040 is most leaders employed by one company with the assets in its hands; GT-034 is one owner able to relicense; GT-038 is an owner changing terms without asking; appeals and records do not move who decides.',
    answers: {
      ...WELL_RUN,
      structure: ['elected-council'],
      'company-majority': ['yes'],
      'licence-control': ['yes'],
      'name-holder': ['a-company'],
      money: ['organization'],
    },
    expectTop: ['single-company-control', 'relicensing-by-one-owner', 'owner-changing-terms-without-consultation'],
    notFirst: ['divisive-decision-by-a-tiny-body', 'floods-of-automated-reports'],
  },
  {
    name: 'a company runs the project: it decides, holds the rights and the name, and can rewrite the rules',
    reasoning:
      'GT-040, GT-037 (a company that alone controls the governance files), GT-034 (copyright held by one owner) and GT-038 all start from one company holding the decisions and the rights.',
    answers: {
      ...WELL_RUN,
      structure: ['company-led'],
      money: ['organization'],
      'new-maintainers': ['one-decides'],
      'complaints-about-leaders': ['no'],
      'moderator-standing': ['no-moderators'],
      appeals: ['no'],
      votes: ['none'],
      voters: ['no-votes'],
      'governance-changes': ['alone'],
      'decisions-recorded': ['no'],
      'company-majority': ['yes'],
      'licence-control': ['yes'],
      'name-holder': ['a-company'],
    },
    expectTop: [
      'single-company-control',
      'sponsor-rewriting-governance',
      'relicensing-by-one-owner',
      'owner-changing-terms-without-consultation',
    ],
  },
  {
    name: 'a council elected under loose rules, by anyone who signs up, deciding in an informal chat',
    reasoning:
      'GT-015 needs open sign-up with no checks, GT-011 rules not fixed before nominations, GT-012 no rule on what is published, GT-014 decisions in a chat with no minutes.',
    answers: {
      ...WELL_RUN,
      structure: ['elected-council', 'maintainer-team'],
      votes: ['loose-rules'],
      voters: ['anyone'],
      'governance-changes': ['unknown'],
      'leaders-private-channel': ['informal'],
      'decisions-recorded': ['no'],
    },
    expectTop: [
      'vote-capture-by-coordinated-accounts',
      'rules-changed-mid-election',
      'results-not-published',
      'decisions-in-informal-channels',
    ],
  },
  {
    name: 'leaders can overrule the moderators, and no complaint route or appeal exists',
    reasoning:
      'GT-019 and GT-018 are leaders with unwritten power over moderators; GT-017 is no route for complaints about leaders; GT-020 is the questioned body also deciding conduct with no review.',
    answers: {
      ...WELL_RUN,
      structure: ['elected-council', 'separate-moderation-team'],
      'moderator-standing': ['yes'],
      'complaints-about-leaders': ['no'],
      appeals: ['no'],
    },
    expectTop: [
      'leadership-overriding-moderation',
      'moderators-without-standing',
      'no-route-for-complaints-about-leaders',
      'sanctioning-a-critic',
    ],
  },
  {
    name: 'a popular team that argues in public, keeps no records and has no prepared words',
    reasoning:
      'GT-028 is sensitive matters argued in public with no private route, GT-029 leaders with no habit of a first notice, GT-023 deadlocks taken to social media when no escalation route is known.',
    answers: {
      ...WELL_RUN_TEAM,
      disputes: ['in-public'],
      'holding-statements': ['no'],
      'leaders-private-channel': ['no'],
      'decisions-recorded': ['no'],
      'public-profile': ['widely-used'],
    },
    expectTop: ['sensitive-disputes-in-public', 'information-vacuum', 'public-shaming-as-leverage'],
  },
  {
    name: 'a young team that is not sure who holds the domain, the registry organization or the money',
    reasoning:
      'GT-008 is no up-to-date list of who holds which rights and access never removed; GT-032 and GT-047 start from not knowing whose name the assets and money are in. (GT-047 was first expected in the top six; on review, eleven other answers here hit a threat as directly, so it must only be listed.)',
    answers: {
      structure: ['maintainer-team'],
      'domain-holders': ['unknown'],
      'registry-owners': ['unknown'],
      money: ['unknown'],
      'release-publishers': ['few'],
      'release-checks': ['sometimes'],
      'new-maintainers': ['whoever-helps'],
      'access-removal': ['sometimes'],
      'complaints-about-leaders': ['no'],
      'moderator-standing': ['no-moderators'],
      appeals: ['no'],
      votes: ['none'],
      voters: ['no-votes'],
      'leaders-private-channel': ['informal'],
      'decisions-recorded': ['no'],
      'holding-statements': ['no'],
      'company-majority': ['no'],
      'licence-control': ['unknown'],
      'name-holder': ['unregistered'],
      'official-accounts': ['no'],
      disputes: ['agreed-route'],
      'public-profile': ['small'],
    },
    expectTop: ['access-outliving-the-role', 'assets-held-by-individuals'],
    expectListed: ['control-of-money-and-fiscal-host', 'neglected-project-infrastructure'],
  },
  {
    name: 'a foundation-hosted project funded by one operator, with no written rules for giving or removing access',
    reasoning:
      'GT-041 is an operator that pays maintainers with no written access policy, GT-009 access removed with no written rule, GT-008 no offboarding steps when someone leaves.',
    answers: {
      ...WELL_RUN,
      structure: ['foundation-hosted', 'maintainer-team'],
      'company-majority': ['yes'],
      'access-removal': ['no'],
      'new-maintainers': ['one-decides'],
      'decisions-recorded': ['no'],
      appeals: ['no'],
      votes: ['none'],
      voters: ['no-votes'],
    },
    expectTop: ['operator-and-maintainers-confused', 'removal-without-process', 'access-outliving-the-role'],
  },
  {
    name: 'a well-run small team: no votes, no money, no separate moderators, everything written down',
    reasoning:
      'Every protection the entries name is in place and the project draws little attention, so only threats that concern every project remain.',
    answers: WELL_RUN_TEAM,
    expectTop: [],
    notFirst: [
      'neglected-project-infrastructure',
      'lookalike-accounts-and-forks',
      'no-route-for-complaints-about-leaders',
    ],
    atMost: 12,
  },
  {
    name: 'a founder with the final say holds the domain and the name, and the founder’s company funds most of the work',
    reasoning:
      'GT-039 is infrastructure controlled by one person with no separate voice on its use, GT-032 the domain and name in a founder’s hands; GT-040 follows from one company funding most work.',
    answers: {
      ...WELL_RUN,
      structure: ['founder-led'],
      'domain-holders': ['one'],
      'company-majority': ['yes'],
      'name-holder': ['a-person'],
      money: ['organization'],
      'complaints-about-leaders': ['no'],
      'moderator-standing': ['no-moderators'],
      appeals: ['no'],
      votes: ['none'],
      voters: ['no-votes'],
      'governance-changes': ['alone'],
      'decisions-recorded': ['no'],
      disputes: ['in-public'],
    },
    expectTop: ['infrastructure-as-leverage', 'assets-held-by-individuals'],
  },
  {
    name: 'one tired person keeps a small project going and gives rights to whoever helps',
    reasoning:
      'GT-006 is a single maintainer with no time who hands over with no written process; GT-001 a lone maintainer who gives release rights to a helpful stranger, with no check on releases; GT-007 one person holding every right.',
    answers: {
      structure: ['single-maintainer'],
      'domain-holders': ['one'],
      'registry-owners': ['one'],
      money: ['none'],
      'release-publishers': ['one'],
      'release-checks': ['never'],
      'new-maintainers': ['whoever-helps'],
      'moderator-standing': ['no-moderators'],
      votes: ['none'],
      voters: ['no-votes'],
      'public-profile': ['small'],
    },
    expectTop: ['handover-without-vetting', 'trust-built-for-takeover', 'single-point-of-failure'],
  },
];
