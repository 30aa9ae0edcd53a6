/**
 * Reading grade (Flesch–Kincaid) from maintained building blocks: retext-english splits sentences
 * and words, `syllable` counts syllables, `flesch-kincaid` applies the formula.
 */
import { fleschKincaid } from 'flesch-kincaid';
import type { Root as NlcstRoot } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';

export interface ReadingCounts {
  sentence: number;
  word: number;
  syllable: number;
}

const parser = new ParseEnglish();

/** Counts over blocks of prose; each block ends its own sentence even without a full stop. */
export function readingCounts(blocks: readonly string[]): ReadingCounts {
  const counts: ReadingCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    const tree = parser.parse(block) as NlcstRoot;
    visit(tree, 'SentenceNode', () => {
      counts.sentence += 1;
    });
    visit(tree, 'WordNode', (node) => {
      const word = toString(node);
      if (!/[a-z]/i.test(word)) return;
      counts.word += 1;
      counts.syllable += syllable(word);
    });
  }
  return counts;
}

export function readingGrade(counts: ReadingCounts): number {
  return counts.word === 0 || counts.sentence === 0 ? 0 : fleschKincaid({ ...counts });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
