/** English interface strings: the decision framework, case studies' tests, and the headings content in this language follows. Part of the dictionary in ../en.ts. */
import type { Messages } from '../translate.ts';

export const decide = {
  // The decision framework's pages (components/decide/, pages/decide/).
  'outcome.inGeneral':
    'This page describes the outcome in general. On your own path, only the parts that apply to you are shown, with their labels worked out: {link}.',
  'outcome.inGeneralLink': 'answer the questions',
  // A threat matrix narrowed to one governance structure (pages/threats/structure/).
  'structurePage.title': 'Threats to a {structure} structure',
  'structurePage.description': 'The governance threats that most expose a {structure} structure, by category.',

  // The roles an answer can mark as involved, in the words readers and contributors see.
  'involved.own-team': 'someone in your own group',
  'involved.leadership': 'someone on the leadership body',
  'involved.moderators': 'someone on the moderation team',
  'involved.maintainers': 'a maintainer',
  'involved.security-team': 'someone on the security team',
  'involved.foundation': 'someone on the foundation’s staff',
  'involved.company': 'the company that runs the project',
  'involved.sponsors': 'a sponsor or employer',
  'involved.accused': 'the person the report or accusation is about',
  // What the reader told the decision framework, in sentences (model/decision-states.ts).
  'decide.fact.about.conduct': 'It is a report or complaint about someone’s behaviour.',
  'decide.fact.about.absence': 'It is about a person’s health, absence or private life.',
  'decide.fact.about.other': 'It is about an attack, a risk, a dispute or a change in the project.',
  'decide.fact.about.our-leak': 'Your own group’s private discussions leaked.',
  'decide.fact.about.trusted-leak': 'What someone told you in confidence leaked.',
  'decide.fact.about.public-accusation': 'A public accusation names someone.',
  'decide.fact.about.public-exposure': 'Something public exposes a person.',
  'decide.fact.about.agreement': 'A sponsor, employer or company gave it to you under a confidentiality agreement.',
  'decide.fact.about.moderation-decision': 'It is a decision your project made about someone’s conduct.',
  'decide.fact.agreed.one-group':
    'The source and the person at risk agreed that one more group may hear it, and no one else.',
  'decide.fact.agreed.public': 'The source and the person at risk agreed to a public statement.',
  'decide.fact.leaked': 'It became public through a leak.',
  'decide.fact.defaultLimit':
    'The source set no label. This guide treats it as {limit} until the source says otherwise.',
  'decide.fact.agreementLimit': 'The agreement sets the limit: {limit}.',
  'decide.fact.sourceLimit': 'The source set a limit: {limit}.',
  'decide.fact.noLimit': 'Nothing the source said limits who may hear it.',
  'decide.fact.involved': 'Involved: {roles}.',
  // When a route or a part applies, as a clause ("it is about: …, and the source set TLP:AMBER").
  'decide.condition.about': 'it is about: {kinds}',
  'decide.condition.about.conduct': 'it is a report or complaint about someone’s behaviour',
  'decide.condition.about.absence': 'it is about a person’s health, absence or private life',
  'decide.condition.about.other': 'it is about an attack, a risk, a dispute or a change in the project',
  'decide.condition.about.our-leak': 'your own group’s private discussions leaked',
  'decide.condition.about.trusted-leak': 'what someone told you in confidence leaked',
  'decide.condition.about.public-accusation': 'a public accusation names someone',
  'decide.condition.about.public-exposure': 'something public exposes a person',
  'decide.condition.about.agreement': 'a sponsor, employer or company gave it to you under a confidentiality agreement',
  'decide.condition.about.moderation-decision': 'it is a decision your project made about someone’s conduct',
  'decide.condition.sourceLimit': 'the source set {limits}',
  'decide.noLimit': 'no limit',
  'decide.condition.involved': '{roles} is involved',
  'decide.condition.leaked': 'it leaked',
  'decide.condition.notLeaked': 'it did not leak',
  'decide.condition.agreed': 'they agreed to {agreed}',
  'decide.condition.agreed.public': 'a public statement',
  'decide.condition.agreed.one-group': 'one group',
  'decide.condition.and': '{before}, and {after}',
  'decide.partWhen': 'Only when {condition}.',
  'decide.partUnless': 'Left out when {condition}.',
  'decide.leftOut.capOneGroup':
    'Nothing here goes outside what {cap} allows, {whose}, except to the one group they agreed to. The only other way past it is to ask the source.',
  'decide.leftOut.cap':
    'Nothing here goes outside what {cap} allows, {whose}. The only way past it is to ask the source.',
  'decide.leftOut.agreementLimit': 'the limit the agreement sets',
  'decide.leftOut.sourceLimit': 'the limit the source set',
  'decide.leftOut.public': 'Only the words the person at risk and the source agreed to go public.',
  'decide.leftOut.accused':
    'The person the report is about hears nothing outside your process, and is never asked for consent: asking would warn them.',
  'decide.leftOut.involved': 'Left out: {role}, and any group they sit on, because you said they are involved.',
  // The outcome as plain text to copy (model/decision-states.ts outcomeText).
  'decide.text.part': '{number}. {label} to {audiences}',
  'decide.text.template': '{id} ({label})',
  'decide.text.templates': 'Templates: {templates}',
  'decide.text.timing': 'Timing: {timing}',
  'decide.text.tradeoff': 'Trade-off: {tradeoff}',
  'decide.text.from': 'From: {url}',
  // The decision framework's pages.
  'decide.asText': 'The result as text',
  'decide.copy': 'Copy the result as text',
  'decide.told': 'What you told us',
  'decide.nothingYet': 'Nothing yet.',
  'decide.changeAnswer':
    'Use your browser’s Back button to change an answer, or {link}. This page’s address records what you told us, so think about who you share it with.',
  'decide.startOver': 'start over',
  'decide.exits': 'Stop here if',
  'decide.howItWorks': 'How this works',
  'outcome.respects': 'What this respects',
  'outcome.helpFirst': 'First, get help',
  'outcome.openGuidance': 'Open the guidance',
  'outcome.thenWho': 'Then, who hears what',
  'outcome.who': 'Who hears what',
  'outcome.partLabel': 'This part’s label:',
  'outcome.sourceLabel': 'The label the source set',
  'outcome.templates': { one: 'Template: {templates}', other: 'Templates: {templates}' },
  'outcome.situations': 'Situations that follow this outcome',
  'outcome.when': 'When',
  'outcome.why': 'Why',
  'outcome.tradeoff': 'The trade-off',
  'outcome.checklists': 'Checklists',
  'outcome.norms': 'Norms behind it',
  // Copy buttons for text on the page (scripts/copy-text.ts).
  'copyText.copied':
    'Copied. The text and its address show what you answered: share it only with people this result says may hear it.',
  'copyText.failed': 'Copying did not work here. Select the text and copy it by hand.',

  // Case studies: the three tests and what they give (lib/cases.ts).
  'case.criterion.timely': 'Timely',
  'case.criterion.timely.test':
    'The people who had to act, or who were affected, heard it from those responsible before or soon after it reached them, not first from outsiders or rumour.',
  'case.criterion.accurate': 'Accurate',
  'case.criterion.accurate.test':
    'What was said matches what the sources show later, and anything that turned out wrong was corrected in the open.',
  'case.criterion.accountable': 'Accountable',
  'case.criterion.accountable.test':
    'It said who decided and on what basis, and what would happen next: a process, a next update, or a way to raise concerns.',
  'case.outcome.worked': 'Communication that worked',
  'case.outcome.worked.rule': 'all three tests met',
  'case.outcome.mixed': 'Mixed',
  'case.outcome.mixed.rule': 'one or two of the tests met',
  'case.outcome.failed': 'Communication that failed',
  'case.outcome.failed.rule': 'none of the tests fully met',
  'case.result.yes': 'Met',
  'case.result.partly': 'Partly met',
  'case.result.no': 'Not met',
  'case.year': 'Year',
  'case.project': 'Project',
  'case.communication': 'Communication',
  'case.verified': 'Sources last checked',
  'case.note':
    'Each fact under “{facts}” and “{communication}” carries a number that links to its source. “{analysis}” is the working group’s own reading, not a finding of fact.',
  'case.assessmentHeading': 'How the communication fares',
  'case.lessonHeading': 'The lesson',
  'case.threatsHeading': 'Threats it shows',
  'case.normsHeading': 'Norms it illustrates',
  'case.sourcesHeading': 'Sources',
  'case.assessment': 'The communication of {communicator}, against the {tests}. Result: {result} ({rule}).',
  'case.testsLink': 'three tests every case is judged by',
  'case.criterionResult': '{criterion}: {result}',
  'caseIndex.heading': 'How each case is judged',
  'caseIndex.intro': 'Each case judges the communication of the people responsible at the time against three tests:',
  'caseIndex.outcomeMeans': '“{outcome}” means {rule}',
  'caseIndex.outcomes':
    '{outcomes}. A test met only in part does not count as met. Each case page gives the reason for each test.',
  'caseIndex.join': '{before}; {after}',

  // The headings and conventions content in this language follows; the content check requires them.
  'content.case.facts': 'What happened',
  'content.case.communication': 'How it was communicated',
  'content.case.analysis': 'What we take from it',
  'content.template.example': 'A filled-in example',
  'content.template.noRecipients': 'none',
  'content.changelog.whole': 'The whole guidance',
} as const satisfies Messages;
