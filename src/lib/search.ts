/**
 * How a page describes itself to Pagefind: the kind of entry and its label shown on each result,
 * and the filters a reader can narrow results by (kind, audience, a template's message label).
 */
import type { TlpLabel } from './tlp.ts';

export interface SearchFacets {
  /** What the entry is, e.g. "Template"; shown on the result and used as a filter. */
  kind: string;
  /** The label shown on the result: a template's message label, a TLP entry's own label, else the page's. */
  label: TlpLabel;
  /** Set on templates only: the label of the message made from them. */
  messageLabel?: TlpLabel;
  audiences?: readonly string[];
}

/** Filter keys as Pagefind stores them; the search page shows them with these names. */
export const SEARCH_FILTERS = { kind: 'Kind', message_label: 'Message label', audience: 'Audience' } as const;

export interface SearchTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
  value: string;
}

/** One tag per value: Pagefind allows a single inline `key:value` per attribute. */
export function searchTags(facets: SearchFacets): SearchTag[] {
  const filter = (key: keyof typeof SEARCH_FILTERS, value: string): SearchTag => ({
    attribute: 'data-pagefind-filter',
    value: `${key}:${value}`,
  });
  const meta = (key: string, value: string): SearchTag => ({
    attribute: 'data-pagefind-meta',
    value: `${key}:${value}`,
  });
  return [
    meta('kind', facets.kind),
    meta('label', facets.label),
    filter('kind', facets.kind),
    ...(facets.messageLabel ? [filter('message_label', facets.messageLabel)] : []),
    ...(facets.audiences ?? []).map((audience) => filter('audience', audience)),
  ];
}

interface FacetSource {
  classification: TlpLabel;
  label?: TlpLabel;
  messageLabel?: TlpLabel;
  messageLabels?: { allowed: readonly TlpLabel[] };
  audiences?: readonly (string | { audience: string })[];
}

/** The search facets of an entry, from its kind and its data. */
export function entryFacets(kind: string, data: FacetSource, audienceLabel: (value: string) => string): SearchFacets {
  return {
    kind,
    label: data.messageLabel ?? data.messageLabels?.allowed[0] ?? data.label ?? data.classification,
    messageLabel: data.messageLabel ?? data.messageLabels?.allowed[0],
    audiences: data.audiences?.map((item) => audienceLabel(typeof item === 'string' ? item : item.audience)),
  };
}

/** Words that carry no meaning of their own in a query: a page need not contain them. */
const STOP_WORDS = new Set(
  'a an the to of in on for and or is are was were be been our we us my me i it its with from how do does what who whom that this these as at by about can could should would has have had not no if into than then there their them they you your'.split(
    ' ',
  ),
);

/** The words of a query that a page should contain, lower-case, once each. */
export function queryWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}+:'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return [...new Set(words)];
}

export interface WordHit {
  id: string;
  score: number;
}

/**
 * When no page has every word of a query: the pages that match some of them, those matching most
 * words first, then by the search engine's score summed over the words.
 */
export function partialMatches(
  perWord: readonly (readonly WordHit[])[],
): { id: string; matched: number; score: number }[] {
  const pages = new Map<string, { id: string; matched: number; score: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { id: hit.id, matched: 0, score: 0 };
      page.matched += 1;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
}

/** The words the site's pages use, for "did you mean": from titles, summaries and aliases. */
export function vocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of queryWords(text)) if (/^\p{L}{4,}$/u.test(word)) words.add(word);
  return [...words].sort();
}
