/**
 * Every schema and integrity rule against a fixture that breaks it, checking the message a
 * contributor would read: the file, the field, what was wrong and what was expected.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/checks/problems.ts';
import { uncitedSentences } from '../../src/lib/cases.ts';
import { checkContentRoot, contentWarnings } from '../../src/checks/validate.ts';
import { FIXTURES, contentRootWith } from './helpers.ts';

interface Expectation {
  /** The file the message must name, relative to the content root. */
  file: string;
  field?: string;
  line?: number;
  /** Every one of these must appear in the formatted message. */
  says: string[];
}

const CASES: Record<string, Expectation> = {
  'missing-summary': {
    file: 'norms/speak-early.mdx',
    field: 'summary',
    says: ['required but is missing', 'one or two plain sentences', 'CONTRIBUTING.md#the-fields-every-entry-has'],
  },
  'not-public': {
    file: 'tlp/clear.mdx',
    field: 'classification',
    line: 4,
    says: ['Only TLP:CLEAR may be published on this public site', 'Found: "TLP:AMBER"'],
  },
  'unknown-label': {
    file: 'templates/first-notice.mdx',
    field: 'messageLabel',
    line: 9,
    says: ['"TLP:WHITE" is not a TLP 2.0 label; did you mean TLP:CLEAR?', 'TLP:AMBER+STRICT'],
  },
  'misspelt-reference': {
    file: 'norms/speak-early.mdx',
    field: 'templates[0]',
    line: 10,
    says: ['"first-notise" is not an entry of templates', 'such as "first-notice"', 'CONTRIBUTING.md#linking-entries'],
  },
  'bad-date': {
    file: 'cases/an-incident.mdx',
    field: 'updated',
    line: 6,
    says: ['"2026-02-30" is not a real calendar date', 'YYYY-MM-DD'],
  },
  'wrong-type': { file: 'structures/solo.mdx', field: 'order', line: 7, says: ['must be a number', 'Found: "first"'] },
  'misspelt-field': {
    file: 'glossary/fixture.yaml',
    field: 'sumary',
    line: 2,
    says: ['"sumary" is not a field of this kind of entry; did you mean "summary"?'],
  },
  'yaml-syntax': {
    file: 'frameworks/a-framework.mdx',
    line: 9,
    says: ['cannot be read as a "name: value" field', 'quotation marks around text that contains a colon'],
  },
  'yaml-unclosed-quote': {
    file: 'templates/first-notice.mdx',
    line: 12,
    says: ['a quotation mark (") opened on this line is never closed'],
  },
  'mdx-unreadable': { file: 'norms/speak-early.mdx', line: 16, says: ['could not be read as MDX', 'write { and < as'] },
  'template-no-block': { file: 'templates/first-notice.mdx', says: ['has no message block'] },
  'template-two-blocks': { file: 'templates/first-notice.mdx', line: 26, says: ['has 2 message blocks'] },
  'template-malformed-placeholder': {
    file: 'templates/first-notice.mdx',
    says: ['{{Next Update}} in the message is not a placeholder name', '{{next_update}}'],
  },
  'checklist-empty': { file: 'checklists/before-posting.mdx', says: ['has no items', '- [ ] '] },
  'tree-second': { file: 'decisions/tree.yaml', says: ['publishes one decision tree', 'merge this one into it'] },
  'page-clash-section': {
    file: 'pages/drill.mdx',
    field: 'section',
    says: ['would take the address of', 'exercises/drill.mdx'],
  },
  'page-clash-collection': {
    file: 'pages/exercises.mdx',
    field: 'section',
    says: ['introduces its index and cannot also sit under a section'],
  },
  'inject-after-end': {
    file: 'exercises/drill.mdx',
    field: 'injects[4].at',
    says: ['after the exercise ends at minute 30'],
  },
  'unknown-folder': { file: 'guidance', says: ['not a folder of a known collection'] },
  'wrong-extension': { file: 'norms/speak-later.md', says: ['must be .mdx files'] },
  'missing-front-matter': { file: 'norms/speak-early.mdx', line: 1, says: ['does not start with its fields'] },
  'enum-typo': { file: 'checklists/before-posting.mdx', field: 'audiences[0]', says: ['did you mean "maintainers"?'] },
  'related-bad-collection': {
    file: 'norms/speak-early.mdx',
    field: 'related[0]',
    says: ['"guides" is not a collection', 'norms, tlp'],
  },
  'insecure-url': { file: 'frameworks/a-framework.mdx', field: 'url', says: ['full https:// address'] },
  'missing-classification': {
    file: 'norms/speak-early.mdx',
    field: 'classification',
    says: ['required but is missing', 'TLP:CLEAR, the only label'],
  },
  'unknown-data-file': { file: 'site-model.yaml', says: ['not a known data file', 'tlp-model.yaml'] },
  'fields-not-a-map': {
    file: 'glossary/fixture.yaml',
    line: 1,
    says: ['must be written as "name: value" lines', 'a list'],
  },
  'tree-bad-start': { file: 'decisions/tree.yaml', field: 'start', says: ['not the id of a question'] },
  'template-labels-order': {
    file: 'templates/ask-first.mdx',
    field: 'messageLabels.allowed',
    says: ['strictest label first', 'TLP:RED first'],
  },
  'case-sections': { file: 'cases/an-incident.mdx', says: ['exactly the sections', '"## The communication"'] },
  'case-source-never-cited': {
    file: 'cases/an-incident.mdx',
    field: 'sources[0].id',
    says: ['"notice" is never cited'],
  },
  'case-duplicate-source': {
    file: 'cases/an-incident.mdx',
    field: 'sources[2].id',
    says: ['sources share the id "notice"'],
  },
  'component-unknown': {
    file: 'norms/speak-early.mdx',
    line: 16,
    says: ['<PublicCas> is not a component the site knows', 'did you mean <PublicCase>?'],
  },
  'future-date': { file: 'norms/speak-early.mdx', field: 'updated', says: ['in the future'] },
  'bad-file-name': {
    file: 'norms/Speak Early.mdx',
    says: ['lower-case words joined by hyphens', 'a name such as "speak-early"'],
  },
  'duplicate-threat-id': {
    file: 'threats/another-takeover.mdx',
    field: 'code',
    says: ['threat id GT-001 is already used by', 'slow-takeover.mdx', 'the next free id, GT-002'],
  },
  'placeholder-undeclared': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders',
    says: ['uses {{date}}, but "placeholders" does not declare it'],
  },
  'placeholder-unused': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders[1].name',
    line: 18,
    says: ['"contact" is declared but the message never uses {{contact}}'],
  },
  'tree-unreachable': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[0].id',
    says: ['outcome "forgotten" cannot be reached'],
  },
  'tree-cycle': {
    file: 'decisions/tree.yaml',
    field: 'questions[1].id',
    says: ['loop back on themselves: source-limit → who-is-involved → source-limit'],
  },
  'tree-dangling': {
    file: 'decisions/tree.yaml',
    field: 'questions[1].options[0].next',
    line: 25,
    says: ['leads nowhere: no question or outcome has the id "ask-the-sorce"'],
  },
  'tree-wider-than-source': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[3].parts[1].label',
    says: [
      '"ask-the-source"',
      'beyond the limit the source set, TLP:RED',
      'on the path "No" → "Only me"',
      'The rule: no outcome may advise sharing outside the circle',
      'Fix: Give this part TLP:RED (or label: source)',
    ],
  },
  'tree-tells-involved': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[2].parts[0].audiences',
    says: [
      'reaches Leadership body, but on this path the answers marked them as involved',
      '"A leader"',
      'Fix: Add unless: { involved: [leadership] } to this part, or remove that audience.',
    ],
  },
  'tree-template-involved': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[2].parts[0].templates[0]',
    says: [
      'recommends the template "first-notice", which is written for Leadership body, whom the answers marked as involved',
    ],
  },
  'tree-template-wider': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[1].parts[1].templates[0]',
    says: ['"first-notice", whose label TLP:AMBER is wider than the part\'s TLP:AMBER+STRICT'],
  },
  'tree-code-flaw-elsewhere': {
    file: 'decisions/tree.yaml',
    field: 'questions[0].options[0].next',
    says: ['says it is a flaw in code', 'code-flaw exit "use-the-code-guide"'],
  },
  'tree-leak-elsewhere': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[1].norms',
    says: ['escaped by a leak', 'when-information-escapes'],
  },
  'tree-green-relabelled': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[4].parts[0].label',
    says: [
      'beyond the limit the source set, TLP:GREEN',
      'its label TLP:AMBER lets it reach people that TLP:GREEN does not allow',
      'labels are not one scale',
    ],
  },
  'tree-agreed-group-unagreed': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[4].parts[0].audiences[0]',
    says: ['goes to the group the person at risk agreed to, but no answer on this path says they agreed to one'],
  },
  'tree-accused-told': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[4].parts[0].audiences',
    says: ['goes to the person the report is about, on a path where no decision has been made'],
  },
  'tree-people-after-public': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[4].parts[1]',
    says: ['tells People affected or targeted after the public part 1', 'Fix: Move this part above part 1'],
  },
  'tree-template-label-differs': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[4].parts[0].templates[0]',
    says: ['"strict-notice", whose label TLP:AMBER+STRICT differs from the part\'s TLP:AMBER'],
  },
  'tree-involvement-missing': {
    file: 'decisions/tree.yaml',
    field: 'questions[2].options',
    says: ['No answer marks only a sponsor or employer as involved', 'sets: { involved: [sponsors] }'],
  },
  'yaml-bare-boolean': {
    file: 'cases/an-incident.mdx',
    field: 'assessment.timely.met',
    line: 14,
    says: ['read as false by tools that read YAML 1.1', 'Expected: "no" in quotation marks'],
  },
  'template-label-placeholder': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders[1].example',
    says: ['"part_label" takes a TLP label', 'Found: "green"', 'TLP:GREEN, TLP:CLEAR, written exactly'],
  },
  'tree-cannot-receive': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[1].parts[0].audiences[0]',
    says: ['The public cannot be a TLP:GREEN community'],
  },
  'tree-request-label': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[3].parts[0].label',
    says: ["must carry the source's label TLP:RED", 'Fix: Write label: source on this part'],
  },
  'stix-id-missing': {
    file: 'stix-ids.yaml',
    says: [
      'A link of "threats/slow-takeover" has no STIX id',
      'threats/slow-takeover targets structures/solo: ',
      'npm run stix-ids',
      'CONTRIBUTING.md#stix-ids',
    ],
  },
  'stix-id-not-v4': {
    file: 'stix-ids.yaml',
    line: 12,
    says: ['not a version 4 UUID', 'Found: "1e9b7450-fa1f-5e3f-9f11-ec915dbdb670"', 'threats/slow-takeover: '],
  },
  'stix-id-repeated': {
    file: 'stix-ids.yaml',
    line: 11,
    says: ['already the id of "structures/solo" (line 10)', 'structures/team: '],
  },
  'stix-id-unused': {
    file: 'stix-ids.yaml',
    line: 11,
    says: ['"threats/gone" names no entry of the taxonomy', 'remove the line'],
  },
  'facts-missing': {
    file: 'project-facts.yaml',
    says: ['has no project-facts.yaml', 'CONTRIBUTING.md#the-exposure-check'],
  },
  'exposure-missing': {
    file: 'threats/slow-takeover.mdx',
    field: 'exposure.raise',
    says: ['Say which answers raise the exposure (raise), or set everyProject: true'],
  },
  'exposure-unknown-fact': {
    file: 'threats/slow-takeover.mdx',
    field: 'exposure.raise[1].fact',
    line: 25,
    says: ['"release-publisher" is not a question of the exposure check; did you mean "release-publishers"?'],
  },
  'exposure-unknown-answer': {
    file: 'threats/slow-takeover.mdx',
    field: 'exposure.raise[1].is[1]',
    says: ['"two" is not an answer to the question "release-publishers"', 'Expected: one of one, several'],
  },
  'exposure-counted-twice': {
    file: 'threats/slow-takeover.mdx',
    field: 'exposure.lower[0].is[0]',
    says: ['The answer "one" to "release-publishers" is counted twice', 'each answer once, in raise or in lower'],
  },
  'exposure-unused-fact': {
    file: 'project-facts.yaml',
    field: 'facts[2].id',
    says: ['No threat uses the question "votes"', 'CONTRIBUTING.md#the-exposure-check'],
  },
  'exposure-structure-mismatch': {
    file: 'project-facts.yaml',
    field: 'facts[0].options',
    says: ['The answers must be the structures in content/structures/: team missing; council not a structure'],
  },
  'fix-unknown-answer': {
    file: 'project-facts.yaml',
    field: 'facts[1].fixes[0].to',
    says: ['"two" is not an answer to the question "release-publishers"', 'Expected: one of one, several'],
  },
  'fix-to-in-from': {
    file: 'project-facts.yaml',
    field: 'facts[1].fixes[0].to',
    says: ['The fix leads to "several", an answer it is meant to move away from'],
  },
  'fix-unknown-entry': {
    file: 'project-facts.yaml',
    field: 'facts[1].fixes[0].see[0]',
    says: ['"checklists/before-postin" is not an entry of the site', 'collection/entry-id'],
  },
  'fix-unknown-exercise': {
    file: 'project-facts.yaml',
    field: 'facts[1].fixes[0].exercise',
    says: ['"dril" is not an entry of exercises', 'content/exercises/'],
  },
  'fix-lowers-nothing': {
    file: 'project-facts.yaml',
    field: 'facts[1].fixes[0].from',
    says: ['No threat is raised by "several" or lowered by "one", so this fix would lower no threat\'s score'],
  },
  'model-missing': { file: 'tlp-model.yaml', says: ['has no tlp-model.yaml'] },
  'model-role-missing': {
    file: 'tlp-model.yaml',
    field: 'roles',
    says: ['The role "press" (Journalists) is not described'],
  },
  'model-client-not-organization': {
    file: 'tlp-model.yaml',
    field: 'roles[0].clients[1]',
    says: ['"users" is listed as a client, but the model does not make it an organization'],
  },
  'model-circles-not-nested': {
    file: 'tlp-model.yaml',
    field: 'labels[3].limitAllows',
    says: ["A source's TLP:GREEN would let a reader tell source-community, whom the wider TLP:AMBER does not allow"],
  },
  'template-audience-cannot-receive': {
    file: 'templates/first-notice.mdx',
    field: 'audiences[1]',
    says: ['TLP:AMBER message cannot go to Contributors', 'content/tlp-model.yaml'],
  },
  'template-strict-two-groups': {
    file: 'templates/first-notice.mdx',
    field: 'audiences',
    says: ['goes to one organization', 'sentSeparately: true'],
  },
  'template-names-another-label': {
    file: 'templates/first-notice.mdx',
    line: 28,
    says: ['worked example names TLP:RED, but every message from this template carries TLP:AMBER'],
  },
  'template-restriction-at-end': {
    file: 'templates/first-notice.mdx',
    line: 25,
    says: ['sets its sharing limit inside the text', '"restriction" field'],
  },
  'ticked-item': { file: 'checklists/before-posting.mdx', line: 16, says: ['"Second check" is already ticked'] },
  'page-clash': { file: 'pages/search.mdx', says: ['/search/ is already used by the site'] },
  'case-uncited': {
    file: 'cases/an-incident.mdx',
    line: 40,
    says: ['paragraph under "What happened" states facts without a citation', 'It kept the old room open'],
  },
  'case-unknown-citation': {
    file: 'cases/an-incident.mdx',
    line: 42,
    says: ['citation [^notise] does not match the id of any source', '[^notice], [^changelog]'],
  },
  'public-case-unknown': {
    file: 'norms/speak-early.mdx',
    line: 16,
    says: ['<PublicCase id="an-incidnt" /> names no case', 'content/cases/'],
  },
  'case-sentence-uncited': {
    file: 'cases/an-incident.mdx',
    line: 38,
    says: [
      'This sentence under "What happened" states a fact without a citation',
      'It kept the old room open for a month',
      '[^notice], [^changelog]',
    ],
  },
  'placeholder-address': {
    file: 'frameworks/a-framework.mdx',
    field: 'url',
    says: ['placeholder address (example.org and the like)', 'Found: "https://example.org/"'],
  },
  'unfinished-message': {
    file: 'templates/first-notice.mdx',
    line: 23,
    says: ['"REPLACE" marks text that still has to be written', 'never published', 'REPLACE: say what we know.'],
  },
  'list-item-indented': {
    file: 'checklists/before-posting.mdx',
    line: 11,
    says: ['this list item is indented differently from the item above it', 'count the spaces'],
  },
  'field-indented': {
    file: 'checklists/before-posting.mdx',
    line: 11,
    says: ['this line is indented differently from the lines above it', 'count the spaces'],
  },
  'case-quote-copied': {
    file: 'norms/speak-early.mdx',
    line: 18,
    says: [
      'repeats a quotation from the case',
      'cases/an-incident.mdx (line 42): "too slow for a project of our size"',
      'Found: "too slow for a project"',
      '<PublicCase id="an-incident" />',
      'CONTRIBUTING.md#citing-a-case',
    ],
  },
  'tree-template-without-agreement': {
    file: 'decisions/tree.yaml',
    field: 'outcomes[1].parts[0].templates[0]',
    says: [
      'recommends the template "statement-of-support", which may go out only with the agreement of the person it speaks about',
      'on the path "No" → "Anything" → "No one"',
      'Fix: Recommend a template that names no one, or none',
    ],
  },
  'template-recipients-kind': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders[1].kind',
    says: ['lets the recipients tell the people filled in as {{who_may_know}}', 'Expected: kind: recipients'],
  },
  'template-recipients-who-decides': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders[1].description',
    says: ['speaks of who decides ("source")', 'only the source may widen', 'Name only people the source'],
  },
  'template-recipients-example': {
    file: 'templates/first-notice.mdx',
    field: 'placeholders[1].example',
    says: ['names people beyond the recipients', 'Found: "the security team"', 'Expected: "none"'],
  },
  'template-amber-no-clients': {
    file: 'templates/first-notice.mdx',
    field: 'audiences[1]',
    says: [
      'TLP:AMBER message cannot go to Downstream distributions and packagers',
      'has no clients under this guide',
      'gets TLP:AMBER+STRICT',
    ],
  },
  'injects-out-of-order': { file: 'exercises/drill.mdx', field: 'injects[3].at', says: ['must be in time order'] },
  'agreed-without-agreement': {
    file: 'norms/speak-early.mdx',
    field: 'status',
    line: 5,
    says: [
      'agreed entry must say when and where the working group confirmed it',
      'agreement: { date',
      '#review-status',
    ],
  },
  'agreement-not-agreed': {
    file: 'norms/speak-early.mdx',
    field: 'agreement',
    line: 6,
    says: ['nly an agreed entry has an agreement, and this one is in-review'],
  },
  'next-review-before-reviewed': {
    file: 'norms/speak-early.mdx',
    field: 'nextReview',
    line: 8,
    says: ['next review must come after the last one', 'nextReview 2026-01-10, reviewed 2026-01-20'],
  },
  'former-status': {
    file: 'norms/speak-early.mdx',
    field: 'status',
    says: ['"adopted" is now "agreed", and needs an agreement', 'Found: "adopted"'],
  },
  'situation-wider-label': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'steps[1].label',
    line: 20,
    says: [
      'Step 2: this step sends TLP:CLEAR to Leadership body, wider than the TLP:AMBER that "tell-everyone" gives them',
      'no label, to take the outcome',
      'CONTRIBUTING.md#situations',
    ],
  },
  'situation-audience-excluded': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'steps[2].to[0]',
    says: ['Step 3: the outcome "tell-everyone" has no part for Contributors', '"public", "leadership"'],
  },
  'situation-template-unfit': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'steps[2].templates[0]',
    says: ['Step 3: the template "first-notice" carries TLP:AMBER: The public is not a TLP organization'],
  },
  'situation-wizard-wrong-answer': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'decide[1]',
    says: ['question "source-limit" has no answer "everything"', '"source-limit/red", "source-limit/anything"'],
  },
  'situation-call-without-meanwhile': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'steps[0].meanwhile',
    says: ['calls a helper says what not to say in the meantime'],
  },
  'situation-unknown-outcome': {
    file: 'situations/a-takeover-attempt.mdx',
    field: 'outcomes[1]',
    says: ['"ask-the-sorce" is not an outcome of the decision tree'],
  },
  'situation-template-orphan': {
    file: 'templates/forgotten-note.mdx',
    field: 'title',
    says: ['No situation links this template', '"forgotten-note" in the templates of a step'],
  },
  'threat-without-situation': {
    file: 'threats/slow-takeover.mdx',
    field: 'code',
    says: ['No situation lists this threat, and it does not say why none applies', '"noSituation:"'],
  },
  'threat-situation-and-reason': {
    file: 'threats/slow-takeover.mdx',
    field: 'noSituation',
    says: ['A situation lists this threat, so "noSituation" no longer applies'],
  },
};

/** Entries in a content root: the files in its collection folders (data files at the top are not entries). */
function entryFiles(root: string): number {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce((sum, folder) => sum + readdirSync(path.join(root, folder.name)).length, 0);
}

test('the valid fixture passes every rule', async () => {
  const { root, cleanup } = await contentRootWith();
  try {
    const { entries, problems } = await checkContentRoot(root);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(entries.length, entryFiles(path.join(FIXTURES, 'valid')));
  } finally {
    await cleanup();
  }
});

test('every broken fixture has an expectation here', () => {
  assert.deepEqual(readdirSync(path.join(FIXTURES, 'broken')).sort(), Object.keys(CASES).sort());
});

describe('each broken fixture is caught with a message that names file, field and fix', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    test(name, async () => {
      const { root, cleanup } = await contentRootWith(name);
      try {
        const { problems } = await checkContentRoot(root);
        const match = problems.find(
          (problem) =>
            problem.file.endsWith(expected.file) &&
            problem.field === expected.field &&
            expected.says.every((text) => formatProblem(problem).includes(text)),
        );
        assert.ok(
          match,
          `no problem matched ${JSON.stringify(expected)}; got:\n${problems.map(formatProblem).join('\n')}`,
        );
        if (expected.line) assert.equal(match.line, expected.line);
        assert.equal(problems.length, 1, `one mistake, one message; got:\n${problems.map(formatProblem).join('\n')}`);
        assert.ok(formatProblem(match).startsWith(`✗ ${match.file}`), 'the message starts with the file');
      } finally {
        await cleanup();
      }
    });
  }
});

test('a case quotation may stand in another case and in a reference title, but not in other text', async () => {
  const { root, cleanup } = await contentRootWith('case-quote-copied');
  try {
    const quote = 'too slow for a project of our size';
    // Another case quotes the same words from its own source.
    await copyFile(path.join(root, 'cases/an-incident.mdx'), path.join(root, 'cases/a-second-incident.mdx'));
    const ids = path.join(root, 'stix-ids.yaml');
    await writeFile(
      ids,
      `${await readFile(ids, 'utf8')}cases/a-second-incident: 3f0f6b1e-2a4c-4d5e-9f60-7a8b9c0d1e2f\n`,
    );
    // A threat's reference is titled with them: the title names the source, it does not quote it.
    const threat = path.join(root, 'threats/slow-takeover.mdx');
    await writeFile(threat, (await readFile(threat, 'utf8')).replace('title: A source', `title: ${quote}`));
    // The norm now cites the case without repeating its words.
    const norm = path.join(root, 'norms/speak-early.mdx');
    await writeFile(norm, (await readFile(norm, 'utf8')).replace(/^The council said.*$/m, 'We read it as a move.'));
    const { problems } = await checkContentRoot(root);
    assert.deepEqual(problems.map(formatProblem), []);
  } finally {
    await cleanup();
  }
});

test('a case not checked against its sources for a year is named in a warning, the build goes on', async () => {
  const { root, cleanup } = await contentRootWith();
  try {
    const { entries, problems } = await checkContentRoot(root);
    assert.deepEqual(problems, []);
    assert.deepEqual(contentWarnings(entries, new Date('2026-06-01')), []);
    // Reviews fall due a year after the fixture's dates too; those warnings are tested in release.test.ts.
    const [warning, ...more] = contentWarnings(entries, new Date('2027-02-01')).filter((text) =>
      text.includes('sources were last checked'),
    );
    assert.equal(more.length, 0);
    assert.match(
      warning!,
      /cases\/an-incident\.mdx: its sources were last checked on 2026-01-15, more than 365 days ago/,
    );
  } finally {
    await cleanup();
  }
});

test('one slip does not hide another: a wrong collection in related and a broken link are both reported', async () => {
  const { root, cleanup } = await contentRootWith('related-bad-collection');
  try {
    const file = path.join(root, 'norms/speak-early.mdx');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('templates: [first-notice]', 'templates: [first-notise]'),
    );
    const { problems } = await checkContentRoot(root);
    const messages = problems.map(formatProblem);
    assert.equal(problems.length, 2, messages.join('\n'));
    assert.ok(messages.some((text) => text.includes('"guides" is not a collection')));
    assert.ok(messages.some((text) => text.includes('"first-notise" is not an entry of templates')));
  } finally {
    await cleanup();
  }
});

describe('a case sentence is split where it ends, not at a full stop inside a quotation', () => {
  test('a quotation with a full stop inside is part of the sentence that quotes it', () => {
    assert.deepEqual(uncitedSentences('She said it "was late. We all knew", as reported by the paper.[^paper]'), []);
    assert.deepEqual(uncitedSentences('She said it “was late. We all knew”, as reported by the paper.[^paper]'), []);
  });

  test('a sentence after a closed quotation still needs its own mark', () => {
    assert.deepEqual(uncitedSentences('The board said "no." Then the chair resigned at once.[^minutes]'), [
      'The board said "no."',
    ]);
  });

  test('a quote mark that is never closed joins nothing, so it hides no uncited sentence', () => {
    assert.deepEqual(uncitedSentences('A stray " mark sits in this sentence. The vote came next week.[^minutes]'), [
      'A stray " mark sits in this sentence.',
    ]);
  });
});
