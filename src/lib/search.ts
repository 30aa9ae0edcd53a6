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
