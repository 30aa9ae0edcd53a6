/**
 * What a browser needs to see, and what it does not. Every built page is read here once, in Node:
 * the facts a parser can check (one h1, the label, scripts, where its files come from) are checked
 * on all of them by tests/site/sweep.test.ts. A browser is needed only for what depends on layout,
 * colour and running code; pages made by one route from the same pieces look alike, so the browser
 * sweeps visit a sample chosen to show every piece (see `browserSample`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { builtPages, DECISION_STATE, DIST, pageFile } from './dist.ts';

/**
 * The route that made a page: every page at the top level (home, an index, a tool, a single page)
 * is its own kind; the entries of a collection share one; the states of the decision framework
 * share one, as do its outcomes.
 */
export function pageKind(page: string): string {
  if (DECISION_STATE.test(page)) return 'decide/<node>/<state>/';
  const parts = page.split('/').filter(Boolean);
  if (parts.length <= 1) return page;
  return `${parts.slice(0, -1).join('/')}/<entry>/`;
}

/** What the parser finds on one page. */
export interface PageFacts {
  page: string;
  kind: string;
  /** Each element's shape: its tag, classes, role and type, under its parent's tag. */
  shapes: Set<string>;
  /** On a decision state, each word of visible text with the shape of the element that holds it. */
  words: Set<string>;
  /**
   * For each shape of element, the most room its content asks for on this page: the longest word
   * in it (a word does not break across lines) and the longest text inside it, its children's
   * included (a line that does not wrap, or a row of items side by side).
   */
  widest: Map<string, Width>;
  h1s: number;
  /** The text of the first TLP label inside <main>, if any. */
  label?: string;
  /** <script> elements, and links that preload a script. */
  scripts: string[];
  /** Every address the page loads on its own (style sheets, icons, images, scripts, frames). */
  loads: string[];
}

/** How long, in characters, the longest word and the longest whole text in one shape of element are. */
export interface Width {
  word: number;
  text: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text a reader never sees as text. */
const HIDDEN_TEXT = new Set(['script', 'style', 'template', 'noscript', 'title']);
/** Attributes that make a browser fetch something as the page loads. */
const LOADING = ['src', 'srcset', 'poster', 'data'];
const LINK_LOADS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

function shapeOf(tag: string, attributes: Record<string, string>, parent: string): string {
  const classes = (attributes.class ?? '')
    .split(/\s+/)
    .filter((name) => name && !name.startsWith('astro-'))
    .sort()
    .join('.');
  const role = attributes.role ? `[role=${attributes.role}]` : '';
  const type = attributes.type ? `[type=${attributes.type}]` : '';
  return `${parent}>${tag}${classes ? `.${classes}` : ''}${role}${type}`;
}

/** Reads one built page. */
export function pageFacts(page: string, html = readFileSync(pageFile(page), 'utf8')): PageFacts {
  const facts: PageFacts = {
    page,
    kind: pageKind(page),
    shapes: new Set(),
    words: new Set(),
    widest: new Map(),
    h1s: 0,
    scripts: [],
    loads: [],
  };
  const open: { tag: string; shape: string; label: boolean; text: number }[] = [];
  const widen = (shape: string, word: number, text: number) => {
    const width = facts.widest.get(shape) ?? { word: 0, text: 0 };
    facts.widest.set(shape, { word: Math.max(width.word, word), text: Math.max(width.text, text) });
  };
  let inMain = false;
  let hidden = 0;
  let label: string | undefined;
  // Only the decision states are sampled by their words (see browserSample).
  const keepWords = DECISION_STATE.test(page);
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = open.at(-1);
        const shape = shapeOf(tag, attributes, parent?.tag ?? '');
        facts.shapes.add(shape);
        if (tag === 'h1') facts.h1s += 1;
        if (tag === 'main') inMain = true;
        if (tag === 'script') facts.scripts.push(attributes.src ?? 'an inline script');
        if (tag === 'link' && /\b(modulepreload|preload)\b/.test(attributes.rel ?? '') && attributes.as !== 'style')
          if (attributes.rel!.includes('modulepreload') || attributes.as === 'script')
            facts.scripts.push(`preload ${attributes.href}`);
        if (tag === 'link' && LINK_LOADS.test(attributes.rel ?? '') && attributes.href)
          facts.loads.push(attributes.href);
        for (const name of LOADING) if (attributes[name] && tag !== 'object') facts.loads.push(attributes[name]);
        if (tag === 'object' && attributes.data) facts.loads.push(attributes.data);
        const isLabel =
          inMain && facts.label === undefined && label === undefined && /\btlp\b/.test(attributes.class ?? '');
        if (isLabel) label = '';
        if (HIDDEN_TEXT.has(tag)) hidden += 1;
        if (!VOID.has(tag)) open.push({ tag, shape, label: isLabel, text: 0 });
      },
      ontext(text) {
        if (label !== undefined) label += text;
        if (hidden > 0) return;
        const holder = open.at(-1);
        const shape = holder?.shape ?? '';
        const words = text.split(/[ \t\n\r\f]+/).filter(Boolean);
        if (holder) holder.text += words.join(' ').length;
        widen(shape, Math.max(0, ...words.map((word) => word.length)), 0);
        if (keepWords) for (const word of words) facts.words.add(`${shape} ${word}`);
      },
      onclosetag(tag) {
        if (VOID.has(tag)) return;
        const closed = open.pop();
        if (closed && hidden === 0) {
          widen(closed.shape, 0, closed.text);
          if (open.length > 0) open.at(-1)!.text += closed.text;
        }
        if (closed?.label) {
          facts.label = label;
          label = undefined;
        }
        if (tag === 'main') inMain = false;
        if (HIDDEN_TEXT.has(tag)) hidden -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return facts;
}

/** A label as the page shows it: "TLP:CLEAR", perhaps after a word or two for screen readers. */
export const LABEL_TEXT = /^(\s*\S.*\s)?TLP:(CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)$/;

/** An address on the page's own origin: relative, or from the site's root, or data inside the page. */
const OWN_ORIGIN = /^(?![a-z][a-z0-9+.-]*:|\/\/)|^data:/i;

/**
 * What is wrong with a page that a parser can see: not one h1, no TLP label in its main content, a
 * script on a page that only reads, a file fetched from another origin. Each as a sentence.
 */
export function pageProblems(facts: PageFacts, interactive: boolean): string[] {
  const problems: string[] = [];
  if (facts.h1s !== 1) problems.push(`has ${facts.h1s} h1 elements, not 1`);
  if (!LABEL_TEXT.test(facts.label ?? ''))
    problems.push(`shows no TLP label in its main content (found "${facts.label ?? ''}")`);
  if (!interactive && facts.scripts.length > 0)
    problems.push(`is read-only but has scripts: ${facts.scripts.join(', ')}`);
  const offsite = facts.loads
    .flatMap((address) => address.split(/,\s*/).map((candidate) => candidate.trim().split(/\s+/)[0]!))
    .filter((address) => address && !OWN_ORIGIN.test(address));
  if (offsite.length > 0) problems.push(`loads from another origin: ${offsite.join(', ')}`);
  return problems;
}

let everyPage: PageFacts[] | undefined;

/** Every page of dist/, read once per process. */
export function allPageFacts(): PageFacts[] {
  everyPage ??= builtPages(DIST).map((page) => pageFacts(page));
  return everyPage;
}

/**
 * Picks pages until every member of every page's set is in one of them, the page that adds most
 * first. (Greedy set cover; a page's gain only falls as others are picked, so a gain counted
 * earlier is an upper bound and most pages need no recount.)
 */
export function coverOf(pages: PageFacts[], members: (facts: PageFacts) => Set<string>): PageFacts[] {
  const wanted = new Set(pages.flatMap((facts) => [...members(facts)]));
  const gainOf = (facts: PageFacts) => {
    let count = 0;
    for (const member of members(facts)) if (wanted.has(member)) count += 1;
    return count;
  };
  const queue = pages.map((facts) => ({ facts, gain: members(facts).size })).sort((a, b) => b.gain - a.gain);
  const chosen: PageFacts[] = [];
  while (wanted.size > 0) {
    const top = queue[0]!;
    top.gain = gainOf(top.facts);
    if (queue.length > 1 && top.gain < queue[1]!.gain) {
      // Back into its place, among the pages whose counted gain is no larger.
      queue.shift();
      const place = queue.findIndex((entry) => entry.gain <= top.gain);
      queue.splice(place === -1 ? queue.length : place, 0, top);
      continue;
    }
    chosen.push(top.facts);
    for (const member of members(top.facts)) wanted.delete(member);
    queue.shift();
  }
  return chosen;
}

export interface BrowserSample {
  /** The built site it was chosen from (see `siteFingerprint`). */
  site: string;
  /** Visited in a browser: the pages that give each shape of element its longest word and text, the axe pages, and the decision states chosen below. */
  visit: string[];
  /** Of those, run through axe: for each kind, pages that between them show every shape of element any page of the kind has. */
  axe: string[];
}

/**
 * For each kind of page and each shape of element its pages show, the pages whose content asks
 * that shape for the most room: the one with the longest word in it, and the one with the longest
 * text inside it. Of pages that tie, one the browser visits anyway (`visited`) is taken.
 */
export function widestPages(pages: PageFacts[], visited: ReadonlySet<string> = new Set()): Set<string> {
  const widest = new Map<string, { word: PageFacts; wordLength: number; text: PageFacts; textLength: number }>();
  /** Whether a page's length beats the best so far, or ties it and is visited anyway. */
  const better = (length: number, best: number, facts: PageFacts, holder: PageFacts) =>
    length > best || (length === best && visited.has(facts.page) && !visited.has(holder.page));
  for (const facts of pages) {
    for (const [shape, width] of facts.widest) {
      const key = `${facts.kind} ${shape}`;
      const best = widest.get(key);
      if (!best) {
        widest.set(key, { word: facts, wordLength: width.word, text: facts, textLength: width.text });
        continue;
      }
      if (better(width.word, best.wordLength, facts, best.word))
        Object.assign(best, { word: facts, wordLength: width.word });
      if (better(width.text, best.textLength, facts, best.text))
        Object.assign(best, { text: facts, textLength: width.text });
    }
  }
  return new Set([...widest.values()].flatMap(({ word, text }) => [word.page, text.page]));
}

/**
 * The pages a browser checks. Axe judges elements by their role, name, colours and structure; pages
 * of one kind with the same shapes of element are judged alike, and html-validate and the Nu
 * checker read every page's markup in tests/site. Sideways scrolling comes from the layout, which
 * is the same for one shape of element on pages of one kind, and from the content: a word too long
 * for its line, or a text that does not wrap. So for each kind and shape the browser sees the page
 * whose longest word in that shape is the longest, and the one whose text in it is the longest; if
 * those fit, the shorter ones on other pages fit too. The decision states (over a thousand pages
 * from one template, differing only in which of the tree's sentences they list) are visited so
 * that every word in every shape of element any of them shows is seen at least once.
 */
export function browserSample(pages: PageFacts[] = allPageFacts(), site = siteFingerprint()): BrowserSample {
  const kinds = new Map<string, PageFacts[]>();
  for (const facts of pages) kinds.set(facts.kind, [...(kinds.get(facts.kind) ?? []), facts]);
  const axe = new Set(
    [...kinds.values()].flatMap((group) => coverOf(group, (facts) => facts.shapes)).map(({ page }) => page),
  );
  const states = pages.filter((facts) => DECISION_STATE.test(facts.page));
  const statesShown = new Set(coverOf(states, (facts) => facts.words).map(({ page }) => page));
  const widest = widestPages(pages, new Set([...axe, ...statesShown]));
  const visit = pages
    .map(({ page }) => page)
    .filter((page) => widest.has(page) || statesShown.has(page) || axe.has(page));
  return { site, visit, axe: [...axe] };
}

/** Which build dist/ holds: its pages, with their sizes and times. */
export function siteFingerprint(): string {
  const hash = createHash('sha256');
  for (const page of builtPages(DIST)) {
    const { size, mtimeMs } = statSync(pageFile(page));
    hash.update(`${page} ${size} ${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const SAMPLE_FILE = path.resolve('tests/.tmp/browser-sample.json');

/**
 * The browser sample of the build in dist/, chosen once per build: reading every page takes
 * seconds, and each browser worker asks for it. Kept in tests/.tmp/, which git ignores.
 */
export function savedBrowserSample(): BrowserSample {
  const site = siteFingerprint();
  try {
    const saved = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as BrowserSample;
    if (saved.site === site) return saved;
  } catch {
    // None yet, or unreadable: choose it again.
  }
  const sample = browserSample(allPageFacts(), site);
  mkdirSync(path.dirname(SAMPLE_FILE), { recursive: true });
  // Written whole, then renamed: a second worker reads the old file or the new, never half of one.
  const partial = `${SAMPLE_FILE}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(sample));
  renameSync(partial, SAMPLE_FILE);
  return sample;
}
