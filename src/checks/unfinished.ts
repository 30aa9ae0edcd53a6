/**
 * Text a contributor was asked to replace (by `npm run new`, or a note to self) must never be
 * published. One implementation: the content check (and so every build) and the scaffold's own
 * test both read it from here.
 */
import { withoutCode } from '../lib/markdown.ts';

// "TODO" alone, not the TODO Group (the open-source programme office community).
const LEFTOVER = /\b(REPLACE(?: ME)?|TODO(?! Group)|TBD|FIXME|lorem ipsum)\b/g;

export interface Unfinished {
  /** Line within the text given, from 1. */
  line: number;
  /** The marker as written, e.g. "REPLACE". */
  marker: string;
  /** The whole line, trimmed, to show where it is. */
  context: string;
}

function find(text: string, scanned: string): Unfinished[] {
  const lines = text.split('\n');
  return [...scanned.matchAll(LEFTOVER)].map((match) => {
    const line = scanned.slice(0, match.index).split('\n').length;
    return { line, marker: match[0], context: (lines[line - 1] ?? '').trim() };
  });
}

/** Markers in YAML (fields and comments alike: the scaffold leaves REPLACE notes in comments). */
export function unfinishedInYaml(yamlText: string): Unfinished[] {
  return find(yamlText, yamlText);
}

/** Markers in an MDX body; code shows text as typed, except a template's message, which is published. */
export function unfinishedInBody(body: string): Unfinished[] {
  return find(body, withoutCode(body, { keepTemplates: true }));
}
