/**
 * How situations tie the site together, read from the built pages (no browser needed: these are
 * links): every template two taps from the home page (home, a situation, the template), every
 * situation a template one tap further, and
 * threats and situations linked both ways, a threat that no situation lists saying why, and the
 * label of each step that tells someone, shown as text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { pageFile } from '../checks/dist.ts';
import { textOf } from '../checks/html.ts';
import { LABEL_TEXT } from '../checks/sample.ts';
import { contentFiles } from '../e2e/content.ts';

const SITUATION = /^\/situations\/[a-z0-9-]+\/$/;
const TEMPLATE = /^\/templates\/[a-z0-9-]+\/$/;
const THREAT = /^\/threats\/[a-z0-9-]+\/$/;

const parsed = new Map<string, Root>();
/** A built page, parsed once; `path` is site-relative, e.g. "situations/x/". */
function built(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) parsed.set(path, (tree = fromHtml(readFileSync(pageFile(path), 'utf8'))));
  return tree;
}

/** Site-relative paths of the links in an area of a page that match a pattern, each once. */
function linkPaths(path: string, selector: string, pattern: RegExp): string[] {
  const hrefs = selectAll(selector, built(path)).map(
    (link) => new URL(String(link.properties.href ?? ''), `http://site/${path}`).pathname,
  );
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

test('every template is two taps from the home page: home, a situation, the template', () => {
  const templates = linkPaths('templates/', 'main a', TEMPLATE);
  assert.ok(templates.length > 20, `only ${templates.length} templates are listed`);
  const situations = linkPaths('', '#now a', SITUATION);
  assert.ok(situations.length >= 15, `the home page links only ${situations.length} situations`);
  const reached = new Set(
    situations.flatMap((situation) => linkPaths(situation.slice(1), 'main .page__content a', TEMPLATE)),
  );
  assert.deepEqual(
    templates.filter((template) => !reached.has(template)),
    [],
  );
});

test('every situation offers a template one tap further, in its steps or what comes later', () => {
  const situations = contentFiles('situations').map(({ id }) => `situations/${id}/`);
  assert.ok(situations.length > 50, `only ${situations.length} situations`);
  assert.deepEqual(
    situations.filter((situation) => linkPaths(situation, '.steps a, #later + ul a', TEMPLATE).length === 0),
    [],
  );
});

test('situations and threats link both ways, and a threat no situation lists says why', () => {
  const listedBy = new Map<string, string[]>();
  for (const { id } of contentFiles('situations')) {
    const situation = `/situations/${id}/`;
    for (const threat of linkPaths(situation.slice(1), '#threats + ul a', THREAT)) {
      listedBy.set(threat, [...(listedBy.get(threat) ?? []), situation]);
    }
  }
  assert.ok(listedBy.size > 10, `situations list only ${listedBy.size} threats`);
  const faults: string[] = [];
  for (const { id } of contentFiles('threats')) {
    const threat = `/threats/${id}/`;
    const backlinks = linkPaths(threat.slice(1), '#happening-now + ul a', SITUATION).sort();
    const expected = (listedBy.get(threat) ?? []).sort();
    if (backlinks.join() !== expected.join()) {
      faults.push(`${threat} lists ${backlinks.join(', ') || 'no situation'}, expected ${expected.join(', ')}`);
    }
    if (expected.length === 0 && !select('#happening-now + p', built(threat.slice(1)))) {
      faults.push(`${threat} lists no situation and says no reason`);
    }
  }
  assert.deepEqual(faults, []);
});

test('on every situation, a step that tells someone shows its label as text', () => {
  const situations = contentFiles('situations').map(({ id }) => `situations/${id}/`);
  const faults = situations.flatMap((situation) => {
    const steps = selectAll('.step--tell', built(situation));
    if (steps.length === 0) return [`/${situation} has no step that tells someone`];
    return steps
      .map((step) => textOf(select('.tlp', step) ?? step).trim())
      .filter((label) => !LABEL_TEXT.test(label))
      .map((label) => `/${situation} has a telling step without a label as text (found "${label.slice(0, 40)}")`);
  });
  assert.deepEqual(faults, []);
});
