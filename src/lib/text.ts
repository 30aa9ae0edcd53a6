/** Small wording helpers: shortened text, and "did you mean" suggestions. Counts shown to readers are plural forms in the dictionary (src/i18n/). */

/** Cuts text at a word boundary so it fits in `max` characters, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = text[max - 1] === ' ' || cut.lastIndexOf(' ') <= 0 ? cut.length : cut.lastIndexOf(' ');
  return `${cut.slice(0, end).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Length of text as written in HTML, where Astro writes ' " & < > as five-character entities or more. */
export function htmlLength(text: string): number {
  return text.length + (text.match(/['"&<>]/g)?.length ?? 0) * 4;
}

/**
 * A page's document title: `withSite` (the page's own title with the site's name) when it fits in
 * `max` characters as written in HTML, else the page's title alone, shortened to fit.
 */
export function documentTitle(title: string, withSite: string, max: number): string {
  if (htmlLength(withSite) <= max) return withSite;
  let limit = max;
  let shortened = shorten(title, limit);
  while (htmlLength(shortened) > max && limit > 10) shortened = shorten(title, (limit -= 1));
  return shortened;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The options that look like what someone meant to write, nearest first: a small slip (a few
 * letters off, about one in three at most) or a name that contains what was written, or is part of it.
 */
export function nearest(word: string, options: readonly string[], most = 3): string[] {
  const written = word.toLowerCase();
  return options
    .map((option) => ({ option, cost: editDistance(written, option.toLowerCase()) }))
    .filter(
      ({ option, cost }) =>
        cost <= Math.max(2, Math.floor(word.length / 3)) ||
        (written.length >= 4 && (option.toLowerCase().includes(written) || written.includes(option.toLowerCase()))),
    )
    .sort((a, b) => a.cost - b.cost)
    .slice(0, most)
    .map(({ option }) => option);
}

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): an address there is a placeholder. */
const RESERVED_DOMAINS = /(^|\.)(example\.(org|com|net)|[a-z0-9-]+\.example|example|localhost|test|invalid)$/i;

export function isPlaceholderHost(host: string): boolean {
  return RESERVED_DOMAINS.test(host.replace(/\.$/, ''));
}
