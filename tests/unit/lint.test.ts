/** Each content-lint rule catches a planted fault and passes the same text written well. */
import assert from 'node:assert/strict';
import { unfinishedInBody, unfinishedInYaml } from '../../src/checks/unfinished.ts';
import { test } from 'node:test';
import { lintEntries, type LintInput } from '../../src/checks/lint/index.ts';
import { median, readingCounts, readingGrade } from '../../src/checks/lint/readability.ts';
import {
  caseLinks,
  caseNames,
  headingIds,
  insecureLinks,
  labelScale,
  personalData,
  roleClaims,
  tlpForm,
  weekdayDates,
} from '../../src/checks/lint/rules.ts';

const rules = (findings: { rule: string; line: number }[]) =>
  findings.map((finding) => `${finding.rule}@${finding.line}`);

test('TLP labels: wrong forms are caught with the right form as the fix; exact forms pass', () => {
  const text =
    'Use TLP:AMBER+STRICT here.\nNot TLP: AMBER, nor TLP Amber,\nnor tlp:green or TLP:AMBER + STRICT.\nAnd not TLP:WHITE.\n\nTLP:WHITE was renamed TLP:CLEAR in 2022.\n`TLP: RED` in code is shown as typed.';
  const findings = tlpForm(text);
  assert.deepEqual(rules(findings), ['tlp-form@2', 'tlp-form@2', 'tlp-form@3', 'tlp-form@3', 'tlp-form@4']);
  assert.match(findings[0]!.hint, /write TLP:AMBER/);
  assert.match(findings[3]!.hint, /write TLP:AMBER\+STRICT/);
  assert.match(findings[4]!.message, /old name of TLP:CLEAR/);
  assert.deepEqual(
    tlpForm('TLP:RED, TLP:AMBER, TLP:GREEN and TLP:CLEAR are fine. TLP stands for Traffic Light Protocol.'),
    [],
  );
});

test('labels on one scale: "most restricted label" and "one step" are caught; the strictest label, defined, passes', () => {
  const text = [
    'Show the most restricted label in the subject line.',
    'TLP has four labels, from most to least restricted.',
    'Lower the label one step when the work is done.',
    'Take one step at a time with the rollout.',
    'Use the strictest label, as the rule defines it: TLP:AMBER with TLP:GREEN gives TLP:AMBER+STRICT.',
  ].join('\n');
  const findings = labelScale(text);
  assert.deepEqual(rules(findings), ['label-scale@1', 'label-scale@2', 'label-scale@3']);
  assert.match(findings[0]!.message, /TLP:AMBER with TLP:GREEN gives TLP:AMBER\+STRICT/);
  assert.match(findings[0]!.hint, /#rule-notes-keep-the-label/);
});

test('dated examples: a weekday that does not fit its date is caught, across a quoted line break; right or yearless dates pass', () => {
  const text = [
    'Comments are open until Friday',
    '> 9 January 2027, 23:59 UTC.',
    'The call is on Wednesday 2 December 2026.',
    'The next update is on Monday 14 December, with no year.',
    'Nothing happens on Monday, 31 February 2026.',
  ].join('\n');
  const findings = weekdayDates(text);
  assert.deepEqual(rules(findings), ['date-weekday@1', 'date-weekday@5']);
  assert.equal(findings[0]!.message, '9 January 2027 is a Saturday, not a Friday');
  assert.match(findings[0]!.hint, /"Saturday 9 January 2027", or "Friday 8 January 2027"/);
  assert.match(findings[1]!.message, /31 February 2026 is not a date/);
  assert.deepEqual(weekdayDates('Tuesday 1 December 2026 and Friday, 4 December 2026.'), []);
});

test('personal data: real-looking addresses and phone numbers are caught; example domains are not', () => {
  assert.deepEqual(
    rules(
      personalData(
        'Write to mod-team@example.org.\nOr to jane.doe@gmail.com.\nCall +44 20 7946 0958.\nCVE-2020-19909 on 2024-03-29 at 14:05 is fine.',
      ),
    ),
    ['personal-data@2', 'personal-data@3'],
  );
});

test('links must use https', () => {
  assert.deepEqual(
    rules(insecureLinks('[a](http://example.org/x) and [b](https://example.org/y)\nurl: http://old.example.org/')),
    ['https@1', 'https@2'],
  );
});

test('text left to replace is caught, in a template’s message and in YAML comments too; the TODO Group is not', () => {
  const lines = (found: { line: number; marker: string }[]) => found.map((item) => `${item.marker}@${item.line}`);
  assert.deepEqual(
    lines(
      unfinishedInBody(
        'The TODO Group guides.\nTODO: write this.\n```\nTODO in code\n```\n```template\nREPLACE: the message\n```',
      ),
    ),
    // A template's message is published, so what is left to write inside it counts.
    ['TODO@2', 'REPLACE@7'],
  );
  assert.deepEqual(lines(unfinishedInYaml('title: REPLACE: the title\nfact: x # REPLACE: a question id\n')), [
    'REPLACE@1',
    'REPLACE@2',
  ]);
});

test('an entry that names a case’s project must link the case', () => {
  const cases = [
    caseNames('xz-utils-backdoor-2024', 'xz-utils'),
    caseNames('nodejs-iojs-fork-2014', 'Node.js and io.js'),
  ];
  assert.deepEqual(rules(caseLinks('---\ntitle: x\n---\nThe xz-utils backdoor showed it.\n', cases)), ['case-link@4']);
  // A link to a source is not enough: the case states the facts once.
  assert.deepEqual(
    rules(caseLinks('---\ntitle: x\n---\nThe xz-utils [status page](https://tukaani.org/xz-backdoor/).\n', cases)),
    ['case-link@4'],
  );
  assert.deepEqual(
    caseLinks('---\ntitle: x\n---\n<PublicCase id="xz-utils-backdoor-2024" />\nThe xz-utils case.\n', cases),
    [],
  );
  assert.deepEqual(caseLinks('---\ncases: [nodejs-iojs-fork-2014]\n---\nWhen io.js forked.\n', cases), []);
  assert.deepEqual(rules(caseLinks('---\ntitle: x\n---\nWhen io.js forked.\n', cases)), ['case-link@4']);
  assert.deepEqual(caseLinks('---\ntitle: x\n---\nNothing about any incident.\n', cases), []);
  assert.deepEqual(
    caseNames('openjs', 'OpenJS Foundation and OpenSSF', ['OpenSSF (Open Source Security Foundation)']).names,
    ['OpenJS Foundation'],
  );
});

test('reading grade: plain text is low, dense text is high, and the median is the middle', () => {
  const plain = readingGrade(
    readingCounts(['Say what you know. Say what you do not know. Say when you will speak next.']),
  );
  const dense = readingGrade(
    readingCounts([
      'Notwithstanding considerable organisational heterogeneity, contemporaneous institutional communication necessitates comprehensive, proportionate and unambiguously documented determinations regarding informational dissemination.',
    ]),
  );
  assert.ok(plain < 4, `plain text graded ${plain}`);
  assert.ok(dense > 16, `dense text graded ${dense}`);
  assert.equal(median([3, 9, 5]), 5);
  assert.equal(median([2, 4, 6, 8]), 5);
});

function entry(body: string, collection: LintInput['collection'] = 'norms'): LintInput {
  const text = `---\ntitle: A test\n---\n${body}`;
  return {
    file: `content/${collection}/test.mdx`,
    collection,
    text,
    summary: 'A short summary of the entry.',
    body,
    bodyStartLine: 4,
  };
}

test('the whole lint: an entry too hard to read fails with its hardest paragraph; inclusive language is flagged', () => {
  const hard = Array.from(
    { length: 12 },
    () =>
      'Notwithstanding organisational heterogeneity, institutional communication necessitates comprehensive, proportionate, unambiguously documented determinations regarding dissemination.',
  ).join('\n\n');
  const report = lintEntries([entry(hard), entry('Obviously, the chairman should just ask the guys. '.repeat(20))], []);
  const found = report.findings.map((finding) => finding.rule);
  assert.ok(found.includes('reading-grade'), found.join());
  assert.ok(
    found.some((rule) => rule.startsWith('inclusive-language/')),
    found.join(),
  );
  const grade = report.findings.find((finding) => finding.rule === 'reading-grade')!;
  assert.equal(grade.line, 4);
  assert.match(grade.hint, /lines 4/);
});

test('the whole lint passes plain, inclusive text', () => {
  const report = lintEntries(
    [
      entry(
        'Tell the people who need to act. Say what you know and what you do not. Name the time of the next update. '.repeat(
          10,
        ),
      ),
    ],
    [],
  );
  assert.deepEqual(report.findings, []);
  assert.equal(report.grades.length, 1);
});

test('claims about TLP roles that contradict the TLP model are caught in simple statements', () => {
  const roles = [
    {
      id: 'leadership',
      names: ['council'],
      organization: true,
      community: true,
      clients: ['maintainers'],
    },
    {
      id: 'moderators',
      names: ['moderation team'],
      organization: true,
      community: true,
      clients: [],
    },
    {
      id: 'maintainers',
      names: ['maintainers'],
      organization: true,
      community: true,
      clients: [],
    },
    {
      id: 'foundation',
      names: ['foundation'],
      organization: true,
      community: true,
      clients: [],
    },
    {
      id: 'contributors',
      names: ['registered contributors', 'contributors'],
      organization: false,
      community: false,
      clients: [],
    },
    {
      id: 'press',
      names: ['journalists'],
      organization: false,
      community: false,
      clients: [],
    },
  ];
  const claims = (text: string) => rules(roleClaims(`---\ntitle: x\n---\n${text}\n`, roles));
  assert.deepEqual(claims('The maintainers are clients of the council.'), []);
  assert.deepEqual(claims('The clients of the moderation team are the council.'), ['tlp-roles@4']);
  assert.deepEqual(
    claims('When the source says so, the clients of the moderation team are the council.'),
    ['tlp-roles@4'],
    'a group the source may allow is not a client',
  );
  assert.deepEqual(claims("The council's clients are the moderation team."), ['tlp-roles@4']);
  assert.deepEqual(claims('Journalists are an organization.'), ['tlp-roles@4']);
  assert.deepEqual(claims('Registered contributors form a TLP:GREEN community.'), ['tlp-roles@4']);
  assert.deepEqual(claims('Registered contributors are not a community.'), []);
  assert.deepEqual(claims('The foundation is a client of the council.'), ['tlp-roles@4']);
});

test('a claim about roles that runs over lines of a quote is read as one sentence', () => {
  const roles = [
    {
      id: 'leadership',
      names: ['steering council'],
      organization: true,
      community: true,
      clients: [],
    },
    {
      id: 'moderators',
      names: ['moderation team'],
      organization: true,
      community: true,
      clients: [],
    },
  ];
  const text =
    '---\ntitle: x\n---\n> Each team is an organization. The clients of the moderation team are the\n> steering council and the admins.\n';
  assert.deepEqual(rules(roleClaims(text, roles)), ['tlp-roles@4']);
});

test('a heading that starts with a digit is caught, since its id would not be valid', () => {
  assert.deepEqual(rules(headingIds('## 1. Agree who leads\n\n## Step 2: tell them\n```\n## 3 in code\n```\n')), [
    'heading-id@1',
  ]);
});
