/**
 * Every schema and integrity rule against a fixture that breaks it, checking the message a
 * contributor would read: the file, the field, what was wrong and what was expected.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkContentRoot } from '../../src/lib/content/validate.ts';
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
    says: ['could not be read as YAML', 'quote text that contains a colon'],
  },
  'bad-file-name': {
    file: 'norms/Speak Early.mdx',
    says: ['lower-case words joined by hyphens', 'a name such as "speak-early"'],
  },
  'duplicate-threat-id': {
    file: 'threats/slow-takeover.mdx',
    field: 'code',
    says: ['threat id GT-001 is already used by', 'another-takeover.mdx'],
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
    field: 'outcomes[1].id',
    says: ['outcome "forgotten" cannot be reached'],
  },
  'tree-cycle': {
    file: 'decisions/tree.yaml',
    field: 'questions[0].id',
    says: ['loop back on themselves: is-public → harms-someone → is-public'],
  },
  'tree-dangling': {
    file: 'decisions/tree.yaml',
    field: 'questions[1].options[0].next',
    line: 19,
    says: ['leads nowhere: no question or outcome has the id "keep-it-close"'],
  },
  'ticked-item': { file: 'checklists/before-posting.mdx', line: 16, says: ['"Second check" is already ticked'] },
  'page-clash': { file: 'pages/search.mdx', says: ['/search/ is already used by the site'] },
  'injects-out-of-order': { file: 'exercises/drill.mdx', field: 'injects[3].at', says: ['must be in time order'] },
};

test('the valid fixture passes every rule', async () => {
  const { root, cleanup } = await contentRootWith();
  try {
    const { entries, problems } = await checkContentRoot(root);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(entries.length, 13);
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
        assert.ok(formatProblem(match).startsWith(`✗ ${match.file}`), 'the message starts with the file');
      } finally {
        await cleanup();
      }
    });
  }
});
