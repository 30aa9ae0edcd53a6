/** Reads the site's content from disk, so browser tests pick their examples from it instead of hard-coding them. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FRONTMATTER } from '../../src/lib/markdown.ts';

const CONTENT = path.resolve('content');

/** A file's fields and text; a YAML file is all fields. */
function split(text: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(text);
  return match ? { frontmatter: match[1]!, body: text.slice(match[0].length) } : { frontmatter: text, body: '' };
}

export interface ContentFile {
  collection: string;
  id: string;
  title: string;
  body: string;
  /** The whole file, fields included. */
  text: string;
}

export function contentFiles(collection?: string): ContentFile[] {
  const collections = collection
    ? [collection]
    : readdirSync(CONTENT, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
  return collections.flatMap((name) =>
    readdirSync(path.join(CONTENT, name)).map((file) => {
      const text = readFileSync(path.join(CONTENT, name, file), 'utf8');
      const { frontmatter, body } = split(text);
      const title = /^title: (.+)$/m.exec(frontmatter)?.[1]?.replace(/^['"]|['"]$/g, '') ?? file;
      return { collection: name, id: file.replace(/\.(mdx|ya?ml)$/, ''), title, body, text };
    }),
  );
}

/** A long word that occurs in this entry's body and in no other entry at all. */
export function distinctiveWord(entry: ContentFile, all: readonly ContentFile[]): string {
  const others = all
    .filter((other) => other.collection !== entry.collection || other.id !== entry.id)
    .map((other) => other.text.toLowerCase());
  const words = [...new Set(entry.body.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])];
  const word = words.find((candidate) => others.every((text) => !text.includes(candidate)));
  if (!word) throw new Error(`no word is unique to ${entry.collection}/${entry.id}`);
  return word;
}

/** A word that occurs in entries of this collection and of at least one other, to test narrowing by kind. */
export function sharedWord(collection: string, all: readonly ContentFile[]): string {
  const inside = all.filter((entry) => entry.collection === collection).map((entry) => entry.body.toLowerCase());
  const outside = all.filter((entry) => entry.collection !== collection).map((entry) => entry.body.toLowerCase());
  const words = [...new Set(inside.join(' ').match(/\b[a-z]{6,}\b/g) ?? [])];
  const word = words.find(
    (candidate) =>
      inside.some((text) => text.includes(candidate)) &&
      outside.some((text) => new RegExp(`\\b${candidate}\\b`).test(text)),
  );
  if (!word) throw new Error(`no word is shared by ${collection} and other entries`);
  return word;
}

export interface ContentEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every entry of a collection with its parsed fields. */
export function entries(collection: string): ContentEntry[] {
  return readdirSync(path.join(CONTENT, collection)).map((file) => {
    const text = readFileSync(path.join(CONTENT, collection, file), 'utf8');
    const { frontmatter, body } = split(text);
    return { id: file.replace(/\.(mdx|ya?ml)$/, ''), data: parse(frontmatter) as Record<string, unknown>, body };
  });
}
