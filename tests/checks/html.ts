/** Checks of a built page's HTML, shared by the built-site tests and their planted-fault tests. */

export const REQUIRED_META = [
  '<link rel="canonical"',
  '<meta property="og:title"',
  '<meta property="og:description"',
  '<meta property="og:url"',
  '<meta name="description"',
];

export function missingMeta(html: string): string[] {
  return REQUIRED_META.filter((tag) => !html.includes(tag));
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
