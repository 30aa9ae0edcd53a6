/** Quotations from a case's fact sections, and where other text repeats them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  QUOTED_PART,
  QUOTED_RUN,
  UNQUOTED_RUN,
  caseQuotes,
  quoteCopies,
  quotedSpans,
  textBlocks,
} from '../../src/lib/case-quotes.ts';
import { parseMdx } from '../../src/lib/markdown.ts';

const CASE = `## What happened

The board said the move was "a temporary measure while we find a better home for the whole
community".[^post] A member called it "very unexpected".[^post] Others said "fine".[^post]

## How it was communicated

- It wrote “we will share more within the next few days”.[^post]

## What we take from it

The board called it "a lesson we will not forget".
`;

const quotes = caseQuotes(parseMdx(CASE));
const copiesIn = (text: string) => quoteCopies(textBlocks(parseMdx(text)), quotes);

describe('caseQuotes', () => {
  test('reads quotations of two words or more from the fact sections only, with their line', () => {
    assert.deepEqual(
      quotes.map((quote) => [quote.text, quote.line]),
      [
        ['a temporary measure while we find a better home for the whole community', 3],
        ['very unexpected', 4],
        ['we will share more within the next few days', 8],
      ],
    );
  });

  test('finds straight and curly quote marks', () => {
    assert.deepEqual(
      quotedSpans('a "b c" and “d e”').map((span) => span.text),
      ['b c', 'd e'],
    );
  });
});

describe('quoteCopies', () => {
  test('a quotation quoted whole is a copy, even of two words', () => {
    const [copy, ...more] = copiesIn('Intro.\n\nA member found it "very unexpected".');
    assert.equal(more.length, 0);
    assert.equal(copy!.quote.text, 'very unexpected');
    assert.equal(copy!.line, 3);
    assert.equal(copy!.copied, 'very unexpected');
  });

  test(`${QUOTED_PART} words of a quotation, quoted on their own, are a copy; fewer are not`, () => {
    assert.equal(copiesIn('It was "a better home".')[0]?.quote.text, quotes[0]!.text);
    assert.deepEqual(copiesIn('It was "better home".'), []);
  });

  test(`inside a longer quote, ${QUOTED_RUN} shared words in a row are a copy and ${QUOTED_RUN - 1} are not`, () => {
    assert.equal(copiesIn('She wrote "it is a temporary measure while we wait".').length, 1);
    assert.deepEqual(copiesIn('She wrote "it is a temporary measure, nothing more".'), []);
  });

  test(`without quote marks, ${UNQUOTED_RUN} shared words in a row are a copy and ${UNQUOTED_RUN - 1} are not`, () => {
    const [copy] = copiesIn('They said we will share more within the next few days, and did.');
    assert.equal(copy?.copied, 'we will share more within the next few days');
    assert.deepEqual(copiesIn('Post again within the next few days.'), []);
  });

  test('a copy that runs over lines is placed on the line where it starts', () => {
    const [copy] = copiesIn('First line.\nThey called it "temporary measure while\nwe find" then.');
    assert.equal(copy?.line, 2);
    assert.equal(copy?.copied, 'temporary measure while we find');
  });

  test('each quotation is reported once, at its first copy', () => {
    const copies = copiesIn('"very unexpected"\n\nAgain, "very unexpected".');
    assert.deepEqual(
      copies.map((copy) => copy.line),
      [1],
    );
  });

  test('overlapping matches count once, as the longest', () => {
    const longer = caseQuotes(
      parseMdx(
        '## What happened\n\nIt was "could have been better, clearer and sooner".[^a]\n\n## How it was communicated\n\nIt said "could have been better".[^a]\n',
      ),
    );
    const copies = quoteCopies(textBlocks(parseMdx('We "could have been better, clearer and sooner".')), longer);
    assert.deepEqual(
      copies.map((copy) => copy.quote.text),
      ['could have been better, clearer and sooner'],
    );
  });
});
