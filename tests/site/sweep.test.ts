/**
 * Every built page, read by a parser (tests/checks/sample.ts): one h1, a TLP label in its main
 * content, no script unless it is one of the tools, nothing fetched from another origin. And the
 * browser sample (tests/e2e/pages.spec.ts) stands for the rest: it holds a page of every kind; for
 * each kind and shape of element, the longest word and the longest text any page puts in it (what
 * could make a page scroll sideways); every shape of element of each kind among the pages axe runs
 * on; and every word the decision states show, in every shape of element that shows it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DECISION_STATE, isInteractive } from '../checks/dist.ts';
import { allPageFacts, pageProblems, savedBrowserSample, type PageFacts } from '../checks/sample.ts';

const pages = allPageFacts();
const sample = savedBrowserSample();
const visited = new Set(sample.visit);
const axe = new Set(sample.axe);

test('every page: one h1, a TLP label, scripts only on tools, nothing from another origin', () => {
  assert.ok(pages.length > 1000, `only ${pages.length} pages were built`);
  assert.deepEqual(
    pages.flatMap((facts) =>
      pageProblems(facts, isInteractive(facts.page)).map((problem) => `/${facts.page} ${problem}`),
    ),
    [],
  );
});

/** What the pages of each kind hold between them, and what the chosen ones hold. */
function unshown(chosen: Set<string>, members: (facts: PageFacts) => Set<string>, of = pages): string[] {
  const all = new Set(of.flatMap((facts) => [...members(facts)]));
  for (const facts of of) if (chosen.has(facts.page)) for (const member of members(facts)) all.delete(member);
  return [...all];
}

test('the browser visits a page of every kind, and for each shape of element the longest word and text any page puts in it', () => {
  const kinds = new Map(pages.map((facts) => [facts.kind, [] as string[]]));
  for (const facts of pages) kinds.get(facts.kind)!.push(facts.page);
  assert.ok(kinds.size >= 30, `only ${kinds.size} kinds of page`);
  for (const [kind, members] of kinds) {
    assert.ok(
      members.some((page) => axe.has(page)),
      `axe runs on no page of ${kind}`,
    );
    assert.ok(
      members.some((page) => visited.has(page)),
      `no page of ${kind} is visited`,
    );
  }
  /** For each kind and shape, the longest word and text in it: on any page, and on the visited pages. */
  const longest = (of: PageFacts[]) => {
    const found = new Map<string, { word: number; text: number }>();
    for (const facts of of)
      for (const [shape, width] of facts.widest) {
        const key = `${facts.kind} ${shape}`;
        const best = found.get(key) ?? { word: 0, text: 0 };
        found.set(key, { word: Math.max(best.word, width.word), text: Math.max(best.text, width.text) });
      }
    return found;
  };
  const seen = longest(pages.filter((facts) => visited.has(facts.page)));
  const unseen = [...longest(pages)].flatMap(([key, width]) => {
    const shown = seen.get(key) ?? { word: 0, text: 0 };
    return shown.word < width.word || shown.text < width.text
      ? [`${key}: longest word ${width.word} and text ${width.text}, visited ${shown.word} and ${shown.text}`]
      : [];
  });
  assert.deepEqual(unseen, []);
  assert.ok(
    [...axe].every((page) => visited.has(page)),
    'axe runs on visited pages',
  );
});

test('for each kind of page, the pages axe runs on show every shape of element the kind has', () => {
  const kinds = new Set(pages.map((facts) => facts.kind));
  const missing = [...kinds].flatMap((kind) =>
    unshown(
      axe,
      (facts) => facts.shapes,
      pages.filter((facts) => facts.kind === kind),
    ).map((shape) => `${kind}: ${shape}`),
  );
  assert.deepEqual(missing, []);
});

test('the decision states the browser visits show every word any state shows, in every shape of element', () => {
  const states = pages.filter((facts) => DECISION_STATE.test(facts.page));
  assert.ok(states.length > 100, `only ${states.length} decision states`);
  assert.deepEqual(
    unshown(visited, (facts) => facts.words, states),
    [],
  );
  console.log(
    `browser sample: ${sample.visit.length} of ${pages.length} pages visited (${states.filter((facts) => visited.has(facts.page)).length} of ${states.length} decision states), axe on ${axe.size}`,
  );
});
