/**
 * Quotations stay in their case. A case quotes its sources in its fact sections, with a citation;
 * a threat, norm, structure or template that repeats those words re-tells the case without its
 * source, and drifts from it when the case is corrected. This finds such copies.
 *
 * Thresholds, measured on the content (December 2026), where the only matches left are real copies:
 * - A quotation of one word ("caretaker") is a word, not a quotation worth guarding.
 * - Between quote marks elsewhere, a quotation counts when it is quoted whole (two words are
 *   enough: "very unexpected"), or three or more of its words in a row are quoted on their own
 *   ("various compliance requirements" from "due to various compliance requirements").
 * - Inside a longer quoted span, five words in a row shared with a quotation count. Four matched
 *   "the code of conduct" in three exercises' read-aloud scenes.
 * - Without quote marks, six words in a row count. Four matched "the code of conduct" in 13
 *   entries; five would catch stock phrases that a case happens to quote, such as "within the next
 *   few days", in any future message. Six words of a source's sentence, unmarked, are a copy.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CITED_SECTIONS, factBlocks } from './cases.ts';

export const MIN_QUOTE_WORDS = 2;
/** Words in a row of a quotation that, quoted on their own elsewhere, count as a copy. */
export const QUOTED_PART = 3;
/** Words in a row shared with a quotation, inside a longer quoted span, that count as a copy. */
export const QUOTED_RUN = 5;
/** Words in a row shared with a quotation, without quote marks, that count as a copy. */
export const UNQUOTED_RUN = 6;

/** A run of text and the line it starts on. */
export interface TextBlock {
  line: number;
  text: string;
}

export interface CaseQuote {
  /** The quotation as the case writes it, on one line. */
  text: string;
  words: string[];
  line: number;
}

export interface QuoteCopy {
  /** Line of the copy, counted like the blocks' lines. */
  line: number;
  /** The copied words as the other entry writes them. */
  copied: string;
  quote: CaseQuote;
}

const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsIn(text: string): Word[] {
  const plain = text.toLowerCase().replace(/[‘’]/g, "'");
  return [...plain.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The spans between quote marks, straight or curly, with where they start in the text. */
export function quotedSpans(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(QUOTED)].map((match) => ({
    text: match[1] ?? match[2] ?? '',
    start: match.index + 1,
    end: match.index + match[0].length - 1,
  }));
}

const lineOf = (block: TextBlock, index: number) => block.line + (block.text.slice(0, index).match(/\n/g)?.length ?? 0);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The quotations in a case's fact sections, once each, of at least MIN_QUOTE_WORDS words. */
export function caseQuotes(tree: Root): CaseQuote[] {
  const quotes = new Map<string, CaseQuote>();
  for (const block of factBlocks(tree)) {
    if (!CITED_SECTIONS.includes(block.section)) continue;
    for (const span of quotedSpans(block.text)) {
      const words = wordsIn(span.text).map((item) => item.word);
      const key = words.join(' ');
      if (words.length >= MIN_QUOTE_WORDS && !quotes.has(key)) {
        quotes.set(key, { text: oneLine(span.text), words, line: lineOf(block, span.start) });
      }
    }
  }
  return [...quotes.values()];
}

/** The text of a body, block by block: paragraphs (in lists and quotes too), headings, table cells, code. */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push({ line, text: toString(node) });
      return 'skip';
    }
    // A fenced block's text starts on the line after its fence.
    if (node.type === 'code') blocks.push({ line: line + 1, text: node.value });
    return undefined;
  });
  return blocks;
}

/**
 * Where blocks repeat a case's quotations, by the thresholds above. Where copies overlap, the longest counts (one copy, one
 * message), and each quotation is reported once, at its first copy.
 */
export function quoteCopies(blocks: readonly TextBlock[], quotes: readonly CaseQuote[]): QuoteCopy[] {
  const byGram = new Map<string, { quote: CaseQuote; at: number }[]>();
  // A quotation quoted whole, or three or more of its words in a row quoted on their own.
  const parts = new Map<string, CaseQuote>();
  for (const quote of quotes) {
    parts.set(quote.words.join(' '), quote);
    for (let at = 0; at < quote.words.length; at += 1) {
      for (let end = at + QUOTED_PART; end <= quote.words.length; end += 1) {
        const part = quote.words.slice(at, end).join(' ');
        if (!parts.has(part)) parts.set(part, quote);
      }
    }
    for (let at = 0; at + QUOTED_RUN <= quote.words.length; at += 1) {
      const gram = quote.words.slice(at, at + QUOTED_RUN).join(' ');
      byGram.set(gram, [...(byGram.get(gram) ?? []), { quote, at }]);
    }
  }
  const found = new Map<CaseQuote, QuoteCopy>();
  for (const block of blocks) {
    const words = wordsIn(block.text);
    const spans = quotedSpans(block.text);
    const quotedAt = (index: number) => spans.findIndex((span) => index >= span.start && index < span.end);
    const candidates: { quote: CaseQuote; start: number; end: number; length: number }[] = [];
    for (const span of spans) {
      const spanWords = wordsIn(span.text).map((item) => item.word);
      const quote = parts.get(spanWords.join(' '));
      if (quote) candidates.push({ quote, start: span.start, end: span.end, length: spanWords.length });
    }
    // The shared run starting at each word, found through the quotations' runs of QUOTED_RUN words.
    for (let i = 0; i + QUOTED_RUN <= words.length; i += 1) {
      const gram = words
        .slice(i, i + QUOTED_RUN)
        .map((item) => item.word)
        .join(' ');
      for (const { quote, at } of byGram.get(gram) ?? []) {
        let length = QUOTED_RUN;
        while (i + length < words.length && words[i + length]!.word === quote.words[at + length]) length += 1;
        const first = words[i]!;
        const last = words[i + length - 1]!;
        const span = quotedAt(first.start);
        const inQuotes = span >= 0 && span === quotedAt(last.start);
        if (inQuotes || length >= UNQUOTED_RUN) candidates.push({ quote, start: first.start, end: last.end, length });
      }
    }
    const kept: { start: number; end: number }[] = [];
    for (const candidate of candidates.sort((a, b) => b.length - a.length || a.start - b.start)) {
      if (kept.some((other) => candidate.start < other.end && candidate.end > other.start)) continue;
      kept.push(candidate);
      if (!found.has(candidate.quote)) {
        found.set(candidate.quote, {
          line: lineOf(block, candidate.start),
          copied: oneLine(block.text.slice(candidate.start, candidate.end).replace(/["“”]/g, '')),
          quote: candidate.quote,
        });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
