/** robots.txt and the sitemap of a built site, shared by the built-site tests and the sub-path build test. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A page of the decision framework in one state: a step of a walk, not a page to land on from a search. */
const DECISION_STEP = /^decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/;

/**
 * robots.txt allows crawling. With the site's address, it names the sitemap, which lists every
 * page a reader can land on (not the 404 page, nor a decision step) by its full address; without,
 * there is no sitemap at all, since a sitemap takes full addresses.
 */
export function sitemapProblems(folder: string, pages: readonly string[], site: string | undefined): string[] {
  const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  const robots = read('robots.txt');
  const problems: string[] = [];
  if (!/^User-agent: \*$/m.test(robots) || !/^Allow: \/$/m.test(robots))
    problems.push('robots.txt does not allow crawling');
  const named = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  if (!site) {
    if (named) problems.push(`robots.txt names a sitemap without SITE_URL: ${named}`);
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml'])
      if (existsSync(path.join(folder, file))) problems.push(`${file} was written without SITE_URL`);
    return problems;
  }
  if (named !== `${site}sitemap-index.xml`)
    return [...problems, `robots.txt names ${named}, not ${site}sitemap-index.xml`];
  const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const expected = pages
    .filter((page) => page !== '404.html' && !DECISION_STEP.test(page))
    .map((page) => `${site}${page}`);
  const missing = expected.filter((url) => !listed.includes(url));
  const extra = listed.filter((url) => !expected.includes(url));
  if (missing.length) problems.push(`the sitemap lacks ${missing.length}: ${missing.slice(0, 5).join(', ')}`);
  if (extra.length) problems.push(`the sitemap lists ${extra.length} it should not: ${extra.slice(0, 5).join(', ')}`);
  if (!read('sitemap-index.xml').includes(`<loc>${site}sitemap-0.xml</loc>`))
    problems.push('sitemap-index.xml does not list sitemap-0.xml');
  return problems;
}
