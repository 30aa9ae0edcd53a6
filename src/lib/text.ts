/** Small wording helpers: counts shown to readers, shortened text, and "did you mean" suggestions. */

/** "1 threat", "3 threats"; pass the plural where adding "s" is wrong. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** Cuts text at a word boundary so it fits in `max` characters, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = text[max - 1] === ' ' || cut.lastIndexOf(' ') <= 0 ? cut.length : cut.lastIndexOf(' ');
  return `${cut.slice(0, end).replace(/[\s,;:.-]+$/, '')}…`;
}

export /** Length of text as written in HTML, where Astro writes ' " & < > as five-character entities or more. */
function htmlLength(text: string): number {
  return text.length + (text.match(/['"&<>]/g)?.length ?? 0) * 4;
}

/**
 * A page's document title: the page's own title and the site's name when they fit in `max`
 * characters as written in HTML, else the page's title alone, shortened to fit.
 */
export function documentTitle(title: string, siteName: string, max: number): string {
  const withSite = `${title} · ${siteName}`;
  if (htmlLength(withSite) <= max) return withSite;
  let limit = max;
  let shortened = shorten(title, limit);
  while (htmlLength(shortened) > max && limit > 10) shortened = shorten(title, (limit -= 1));
  return shortened;
}

function editDistance(a: string, b: string): number {
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
