/**
 * Case studies: the three tests their communication is judged by, the outcome those tests give,
 * and citations. A case states its facts once; every sentence of fact carries a citation mark
 * `[^source-id]` that points to one of its sources, and other entries show the case's synopsis
 * through the PublicCase component instead of telling the events again.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ParseEnglish } from 'parse-english';
import { toString as sentenceText } from 'nlcst-to-string';
import { contentT, type SiteTranslator } from '../i18n/index.ts';
import { isoDate } from './dates.ts';

export const CRITERION_RESULTS = ['yes', 'partly', 'no'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];

/**
 * What had to be true of the communication, in the order the cases index lists them. Each one's
 * name and test are in the dictionary: `case.criterion.<name>` and `case.criterion.<name>.test`.
 */
export const CASE_CRITERION_NAMES = ['timely', 'accurate', 'accountable'] as const;
export type CaseCriterion = (typeof CASE_CRITERION_NAMES)[number];

/** What the tests give; each one's name and rule are in the dictionary: `case.outcome.<outcome>` and `.rule`. */
export const CASE_OUTCOMES = ['worked', 'mixed', 'failed'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export type Assessment = Record<CaseCriterion, { met: CriterionResult; why: string }>;

/** The outcome follows from the tests: it is never chosen by hand. */
export function caseOutcome(assessment: Assessment): CaseOutcome {
  const met = CASE_CRITERION_NAMES.filter((name) => assessment[name].met === 'yes').length;
  return met === CASE_CRITERION_NAMES.length ? 'worked' : met === 0 ? 'failed' : 'mixed';
}

/**
 * The body's sections, in order, as the content's language writes them (`content.case.*` in its
 * dictionary). Facts go in the first two; the third is analysis.
 */
export function caseSections(t: SiteTranslator) {
  return {
    facts: t('content.case.facts'),
    communication: t('content.case.communication'),
    analysis: t('content.case.analysis'),
  } as const;
}

export const CASE_SECTIONS = caseSections(contentT);

/** Sections whose every paragraph and list item states facts, and so must cite a source. */
export const CITED_SECTIONS: readonly string[] = [CASE_SECTIONS.facts, CASE_SECTIONS.communication];

/** A citation mark: `[^source-id]`, written right after the fact it supports. */
export const CITATION = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export function citationsIn(text: string): string[] {
  return [...text.matchAll(CITATION)].map((match) => match[1]!);
}

export interface FactBlock {
  section: string;
  /** Line in the body where the paragraph or list item starts. */
  line: number;
  text: string;
  /** The text without a bold lead-in such as "**6 February.**", which labels a list item and is no sentence. */
  prose: string;
  cites: string[];
}

/**
 * The paragraphs and list items of a case body, each with the section it is in and the sources
 * it cites. Headings other than the three sections are kept as the section name they carry.
 */
export function factBlocks(tree: Root): FactBlock[] {
  const blocks: FactBlock[] = [];
  let section = '';
  const add = (node: RootContent) => {
    const text = toString(node);
    const first = node.type === 'listItem' && node.children[0]?.type === 'paragraph' ? node.children[0] : node;
    const lead = 'children' in first && first.children[0]?.type === 'strong' ? toString(first.children[0]) : '';
    const prose = lead && text.startsWith(lead) ? text.slice(lead.length) : text;
    blocks.push({ section, line: node.position?.start.line ?? 1, text, prose, cites: citationsIn(text) });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) section = toString(node).trim();
    else if (node.type === 'paragraph') add(node);
    else if (node.type === 'list') for (const item of node.children) add(item);
  }
  return blocks;
}

const english = new ParseEnglish();

/** A mark written after a sentence's full stop (or closing quote) belongs to that sentence. */
const MARKS_AFTER_END = /([.!?]["'”’)]*)((?:\[\^[a-z0-9]+(?:-[a-z0-9]+)*\])+)/g;

/** True when the text opens a double quotation that it does not close. */
function leavesQuoteOpen(text: string): boolean {
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 || text.split('“').length > text.split('”').length;
}

/**
 * A full stop inside a quotation does not end the sentence that quotes it ('She said "it was late.
 * We knew", as reported by X.'): the pieces up to the one that closes the quotation are one
 * sentence. A quotation that is never closed joins nothing, so a stray quote mark cannot hide an
 * uncited sentence.
 */
function joinQuotations(pieces: string[]): string[] {
  const sentences: string[] = [];
  for (let start = 0; start < pieces.length; start += 1) {
    let joined = pieces[start]!;
    let end = start;
    while (leavesQuoteOpen(joined) && end + 1 < pieces.length) {
      end += 1;
      joined += ` ${pieces[end]}`;
    }
    if (leavesQuoteOpen(joined)) sentences.push(pieces[start]!);
    else {
      sentences.push(joined);
      start = end;
    }
  }
  return sentences;
}

/**
 * The sentences of a paragraph that carry no citation mark. A sentence is covered by a mark inside
 * it or right after its end; a mark on the next sentence does not cover it. Sentence ends are
 * found by an English parser, so "e.g.", "U.S." and "J. Smith" do not split a sentence.
 */
export function uncitedSentences(text: string): string[] {
  const tree = english.parse(text.replace(MARKS_AFTER_END, '$2$1'));
  const pieces = tree.children
    .flatMap((paragraph) => (paragraph.type === 'ParagraphNode' ? paragraph.children : []))
    .filter((node) => node.type === 'SentenceNode')
    .map((sentence) => sentenceText(sentence).trim());
  return (
    joinQuotations(pieces)
      .reduce<string[]>((sentences, sentence) => {
        // Two words or fewer are a fragment of the sentence before ("as reported by OMG! Ubuntu!").
        const previous = sentences.length - 1;
        if (previous >= 0 && sentence.split(/\s+/).length <= 2) sentences[previous] += ` ${sentence}`;
        else sentences.push(sentence);
        return sentences;
      }, [])
      // A sentence that ends in a colon introduces the list that follows, whose items cite their facts.
      .filter((sentence) => /[a-z]/i.test(sentence) && !sentence.endsWith(':') && citationsIn(sentence).length === 0)
  );
}

/** The level-2 headings of a body, in order. */
export function sectionNames(tree: Root): string[] {
  return tree.children
    .filter((node) => node.type === 'heading' && node.depth === 2)
    .map((node) => toString(node).trim());
}

/** Days after which a case's sources are due to be checked again. */
export const VERIFY_EVERY_DAYS = 365;

export function isStale(verified: Date, today: Date): boolean {
  return today.getTime() - verified.getTime() > VERIFY_EVERY_DAYS * 24 * 60 * 60 * 1000;
}

/** Cases whose sources are due to be checked again, oldest first, as lines to print. */
export function staleCaseWarnings(cases: readonly { file: string; verified: Date }[], today: Date): string[] {
  return cases
    .filter((item) => isStale(item.verified, today))
    .sort((a, b) => a.verified.getTime() - b.verified.getTime())
    .map(
      (item) =>
        `${item.file}: its sources were last checked on ${isoDate(item.verified)}, more than ${VERIFY_EVERY_DAYS} days ago. Check each fact again and update "verified".`,
    );
}
