/**
 * Every entry's aliases reach its page, where search weighs them high: a page that drops them
 * (as the section pages and the decision framework once did) leaves readers who use those words
 * with nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ValidEntry } from '../../src/checks/types.ts';
import { decisionOutcomePath, entryPath } from '../../src/lib/routes.ts';
import { aliasesNotShown } from '../checks/aliases.ts';
import { pageFile } from '../checks/dist.ts';
import { siteContent } from '../unit/helpers.ts';

/** Each built page with the aliases its entries give it (the decision framework has two entries). */
function aliasesByPage(entries: readonly ValidEntry[]): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const add = (path: string, aliases: readonly string[]) => pages.set(path, [...(pages.get(path) ?? []), ...aliases]);
  for (const entry of entries) {
    const data = entry.parsed as { aliases?: readonly string[]; section?: never };
    const section = entry.collection === 'pages' ? (entry as ValidEntry<'pages'>).parsed.section : undefined;
    if (data.aliases?.length) add(entryPath(entry.collection, entry.id, section), data.aliases);
    if (entry.collection === 'decisions')
      for (const outcome of (entry as ValidEntry<'decisions'>).parsed.outcomes)
        if (outcome.aliases?.length) add(decisionOutcomePath(outcome.id), outcome.aliases);
  }
  return pages;
}

test('every page shows the aliases its entry gives it, so search finds it by them', async () => {
  const { entries } = await siteContent();
  const pages = aliasesByPage(entries);
  assert.ok(pages.size > 300, `only ${pages.size} pages have aliases`);
  const problems = [...pages].flatMap(([path, aliases]) => {
    const file = pageFile(path.replace(/^\//, ''));
    if (!existsSync(file)) return [`${path}: no built page for entries with aliases`];
    const missing = aliasesNotShown(readFileSync(file, 'utf8'), aliases);
    return missing.length > 0 ? [`${path} does not show: ${missing.join('; ')}`] : [];
  });
  assert.deepEqual(problems, []);
});
