/** Checks of a built page's HTML, shared by the built-site tests and their planted-fault tests. */
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'hast';

export const REQUIRED_META = [
  '<meta property="og:title"',
  '<meta property="og:description"',
  '<meta name="description"',
];

/** Tags that hold the page's own full address: written only by a build that knows it (SITE_URL). */
export const ADDRESS_META = ['<link rel="canonical"', '<meta property="og:url"'];

/**
 * The meta tags a page lacks, or holds wrongly: with the site's address, its canonical address
 * and og:url must be there and start with it; without, neither may be there (the build would
 * have to guess an address, and a guess gets published).
 */
export function metaProblems(html: string, site?: string): string[] {
  const missing = REQUIRED_META.filter((tag) => !html.includes(tag)).map((tag) => `no ${tag}>`);
  const addresses = ADDRESS_META.map((tag) => ({
    tag,
    value: new RegExp(`${tag} (?:href|content)="([^"]*)"`).exec(html)?.[1],
  }));
  if (!site)
    return [
      ...missing,
      ...addresses.filter(({ value }) => value !== undefined).map(({ tag }) => `${tag}> without SITE_URL`),
    ];
  return [
    ...missing,
    ...addresses
      .filter(({ value }) => !value?.startsWith(site))
      .map(({ tag, value }) => `${tag}> is ${value ?? 'missing'}, not under ${site}`),
  ];
}

/** What makes a page's Content-Security-Policy weaker than the site allows. */
export function policyProblems(html: string, isSearchPage: boolean): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) return ['no Content-Security-Policy'];
  const problems = [];
  if (!policy.includes("default-src 'self'")) problems.push("default-src is not 'self'");
  if (!policy.includes("object-src 'none'")) problems.push("object-src is not 'none'");
  if (/'unsafe-inline'|'unsafe-eval'|\*|https?:/.test(policy))
    problems.push('allows inline code, eval, wildcards or other origins');
  // Pagefind compiles WebAssembly; only the search page may allow that.
  if (policy.includes("'wasm-unsafe-eval'") && !isSearchPage)
    problems.push('allows WebAssembly compilation outside the search page');
  return problems;
}

/** Inline event handlers (onclick=…) and style attributes, which the policy would block. */
export function inlineCode(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s(on[a-z]+|style)=/gi)].map((match) => `${match[1]}=`),
  );
}

/**
 * Inline styles and scripts whose hash the page's policy does not list, so a browser would block
 * them. A JSON data block is not run, and the policy does not govern it.
 */
export function unhashedInline(html: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const blocks = [
    ...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => ({ kind: 'style', text: match[1]! })),
    ...[...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => ({ kind: 'script', text: match[1]! }),
    ),
  ];
  return blocks
    .filter(({ text }) => !policy.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`))
    .map(({ kind, text }) => `inline ${kind} not in the policy: ${text.slice(0, 40)}`);
}

/** The text of a parsed node, its descendants' included, as a browser's textContent gives it. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
