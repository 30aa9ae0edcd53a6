/**
 * Rules on case studies: a case states facts only with a citation to one of its own sources, in
 * three fixed sections, and its quotations stay in the case.
 */
import type { Root } from 'mdast';
import {
  CASE_SECTIONS,
  CITED_SECTIONS,
  citationsIn,
  factBlocks,
  sectionNames,
  uncitedSentences,
} from '../../lib/cases.ts';
import { caseQuotes, quoteCopies, textBlocks, type TextBlock } from '../../lib/case-quotes.ts';
import { shorten } from '../../lib/text.ts';
import type { ContentProblem } from '../problems.ts';
import { fieldLine } from '../schema-problems.ts';
import { atBodyLine, atField, type Rule, type ValidEntry } from './context.ts';

type Case = ValidEntry<'cases'>;

const SECTION_ORDER: readonly string[] = Object.values(CASE_SECTIONS);
const HELP = 'case-studies';

/** A case states facts only with a citation to one of its own sources, in three fixed sections. */
export const casesCiteSources: Rule = ({ of, body }) =>
  of('cases').flatMap((entry): ContentProblem[] => {
    const tree = body(entry);
    if (!tree) return [];
    return [...sectionProblems(entry, tree), ...sourceIdProblems(entry), ...citationProblems(entry, tree)];
  });

function sectionProblems(entry: Case, tree: Root): ContentProblem[] {
  const sections = sectionNames(tree);
  if (sections.join('\n') === SECTION_ORDER.join('\n')) return [];
  return [
    atBodyLine(entry, 1, {
      message: `the text must have exactly the sections ${SECTION_ORDER.map((name) => `"## ${name}"`).join(', ')}, in that order`,
      found: sections.length ? sections.map((name) => `"## ${name}"`).join(', ') : 'no sections',
      expected: 'facts under the first two headings and the analysis under the third; use ### for smaller parts',
      help: HELP,
    }),
  ];
}

function sourceIdProblems(entry: Case): ContentProblem[] {
  const ids = entry.parsed.sources.map((item) => item.id);
  return entry.parsed.sources.flatMap((item, index) =>
    ids.indexOf(item.id) === index
      ? []
      : [
          atField(entry, ['sources', index, 'id'], {
            message: `two sources share the id "${item.id}"`,
            expected: 'a different short name for each source',
            help: HELP,
          }),
        ],
  );
}

/** Every citation mark names a source, every fact carries one, and every source is cited. */
function citationProblems(entry: Case, tree: Root): ContentProblem[] {
  const ids = entry.parsed.sources.map((item) => item.id);
  const marks = ids.map((known) => `[^${known}]`).join(', ');
  const unknownMark = (id: string) => ({
    message: `the citation [^${id}] does not match the id of any source`,
    expected: `one of ${marks}`,
    help: HELP,
  });
  const blocks = factBlocks(tree);
  const synopsisMarks = citationsIn(entry.parsed.synopsis);
  const cited = new Set([...blocks.flatMap((block) => block.cites), ...synopsisMarks]);
  return [
    ...blocks.flatMap((block) => [
      ...block.cites.filter((id) => !ids.includes(id)).map((id) => atBodyLine(entry, block.line, unknownMark(id))),
      ...uncitedFacts(entry, block, marks),
    ]),
    ...synopsisMarks.filter((id) => !ids.includes(id)).map((id) => atField(entry, ['synopsis'], unknownMark(id))),
    ...entry.parsed.sources.flatMap((item, index) =>
      cited.has(item.id)
        ? []
        : [
            atField(entry, ['sources', index, 'id'], {
              message: `the source "${item.id}" is never cited`,
              expected: `[^${item.id}] after a fact it supports, or the source removed`,
              help: HELP,
            }),
          ],
    ),
  ];
}

/** A paragraph of fact without a mark, or a sentence in it that no mark covers. */
function uncitedFacts(entry: Case, block: ReturnType<typeof factBlocks>[number], marks: string): ContentProblem[] {
  if (!CITED_SECTIONS.includes(block.section)) return [];
  const fix = `after each fact, the mark of the source that supports it (${marks || 'a source listed under "sources"'}), or the sentence moved to "${CASE_SECTIONS.analysis}" if it is your own reading`;
  if (block.cites.length === 0) {
    return [
      atBodyLine(entry, block.line, {
        message: `this paragraph under "${block.section}" states facts without a citation`,
        found: JSON.stringify(shorten(block.text, 70)),
        expected: fix,
        help: HELP,
      }),
    ];
  }
  return uncitedSentences(block.prose).map((sentence) =>
    atBodyLine(entry, lineOfSentence(entry.body, block.line, sentence), {
      message: `this sentence under "${block.section}" states a fact without a citation; a mark elsewhere in the paragraph does not cover it`,
      found: JSON.stringify(shorten(sentence.replace(/\s+/g, ' '), 70)),
      expected: fix,
      help: HELP,
    }),
  );
}

/** The body line where a sentence starts: the first line, from its paragraph on, holding its opening words. */
function lineOfSentence(body: string, fromLine: number, sentence: string): number {
  const opening = sentence.split(/\s+/).slice(0, 4).join(' ');
  const lines = body.split('\n');
  for (let index = fromLine - 1; index < lines.length; index += 1) {
    if (lines[index]!.replace(/[*_`]/g, '').includes(opening)) return index + 1;
  }
  return fromLine;
}

/** The text fields of an entry's YAML, each with its path, for rules that read prose. */
function textFields(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  }
  return [];
}

/**
 * A case's quotations stay in the case: another entry that repeats them re-tells the case without
 * its sources. Other cases are not checked; each quotes its own sources, with citations.
 */
export const caseQuotesStayInCases: Rule = ({ entries, of, body, bodyProblem }) => {
  const quotes = of('cases').flatMap((entry) => {
    const tree = body(entry);
    return tree ? caseQuotes(tree).map((quote) => ({ quote, entry })) : [];
  });
  const caseOf = new Map(quotes.map(({ quote, entry }) => [quote, entry]));
  const allQuotes = [...caseOf.keys()];
  return entries
    .filter((entry) => entry.collection !== 'cases' && !bodyProblem(entry))
    .flatMap((entry): ContentProblem[] => {
      const tree = entry.body.trim() ? body(entry) : undefined;
      // Lines in the file: the fields' lines, then the body's.
      const blocks: TextBlock[] = [
        ...textFields(entry.data)
          // A reference's title is the source's own name, not a quotation of it.
          .filter((field) => field.path[0] !== 'references')
          .map((field) => ({ line: fieldLine(entry, field.path), text: field.text })),
        ...(tree ? textBlocks(tree) : []).map((block) => ({
          line: entry.bodyStartLine + block.line - 1,
          text: block.text,
        })),
      ];
      return quoteCopies(blocks, allQuotes).map((copy) => {
        const source = caseOf.get(copy.quote)!;
        return {
          file: entry.file,
          line: copy.line,
          message: `this repeats a quotation from the case ${source.file} (line ${source.bodyStartLine + copy.quote.line - 1}): "${copy.quote.text}"; a case's quotations and facts stay in the case`,
          found: JSON.stringify(copy.copied),
          expected: `the case shown with <PublicCase id="${source.id}" /> (a threat lists it under "cases"), then one sentence in your own words on what you draw from it`,
          help: 'citing-a-case',
        };
      });
    });
};
