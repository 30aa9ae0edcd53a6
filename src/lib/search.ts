/**
 * How a page describes itself to Pagefind: the kind of entry and its label shown on each result,
 * and the filters a reader can narrow results by (kind, audience, a template's message label).
 */
import type { TlpLabel } from './tlp.ts';

export interface SearchFacets {
  /** What the entry is, e.g. "Template"; shown on the result and used as a filter. */
  kind: string;
  /** The page's own label, shown on the result (every page of the public site is TLP:CLEAR). */
  label: TlpLabel;
  /** Set on templates only: the label of the message made from them, a filter. */
  messageLabel?: TlpLabel;
  /** Set on templates only: every label the message may carry, shown on the result as "message label". */
  messageLabels?: readonly TlpLabel[];
  audiences?: readonly string[];
}

/**
 * Between the labels a template's message may carry, in the result's "message label" as Pagefind
 * stores it; the search page splits them and shows them as a list in the reader's language.
 */
export const MESSAGE_LABEL_SEPARATOR = ' or ';

/** Filter keys as Pagefind stores them; the search page shows them with the dictionary's `searchScript.filter.<key>`. */
export const SEARCH_FILTERS = ['kind', 'message_label', 'audience'] as const;

/**
 * The page's own label, stored as a filter the search page does not offer, for the result card to
 * read. Not as metadata: Pagefind indexes metadata values as words, and every page's "TLP:CLEAR"
 * made "tlp" and "clear" match all pages, so those words could not tell pages apart.
 */
export const PAGE_LABEL_FILTER = 'page_label';

export interface SearchTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
  value: string;
}

/** One tag per value: Pagefind allows a single inline `key:value` per attribute. */
export function searchTags(facets: SearchFacets): SearchTag[] {
  const filter = (key: (typeof SEARCH_FILTERS)[number] | typeof PAGE_LABEL_FILTER, value: string): SearchTag => ({
    attribute: 'data-pagefind-filter',
    value: `${key}:${value}`,
  });
  const meta = (key: string, value: string): SearchTag => ({
    attribute: 'data-pagefind-meta',
    value: `${key}:${value}`,
  });
  return [
    meta('kind', facets.kind),
    ...(facets.messageLabels?.length
      ? [meta('message_label', facets.messageLabels.join(MESSAGE_LABEL_SEPARATOR))]
      : []),
    filter('kind', facets.kind),
    filter(PAGE_LABEL_FILTER, facets.label),
    ...(facets.messageLabel ? [filter('message_label', facets.messageLabel)] : []),
    ...(facets.audiences ?? []).map((audience) => filter('audience', audience)),
  ];
}

interface FacetSource {
  classification: TlpLabel;
  messageLabel?: TlpLabel;
  messageLabels?: { allowed: readonly TlpLabel[] };
  audiences?: readonly (string | { audience: string })[];
}

/** The search facets of an entry, from its kind and its data. */
export function entryFacets(kind: string, data: FacetSource, audienceLabel: (value: string) => string): SearchFacets {
  return {
    kind,
    label: data.classification,
    messageLabel: data.messageLabel ?? data.messageLabels?.allowed[0],
    messageLabels: data.messageLabel ? [data.messageLabel] : data.messageLabels?.allowed,
    audiences: data.audiences?.map((item) => audienceLabel(typeof item === 'string' ? item : item.audience)),
  };
}

/**
 * Words that carry no meaning of their own in a query: a page need not contain them. With the
 * indefinite pronouns ("someone", "nothing"): pages say them everywhere, so "someone got into our
 * account" matched every page with "someone" in its title as strongly as the one about accounts.
 */
const STOP_WORDS = new Set(
  'a an the to of in on for and or is are was were be been our we us my me i it its with from how do does what who whom that this these as at by about can could should would has have had not no if into than then there their them they you your someone somebody anyone anybody everyone everybody nobody something anything everything nothing being'.split(
    ' ',
  ),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

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

/** The pages one searched word found, and how much they count: 1 for the reader's own word. */
export interface WordSearch {
  weight: number;
  hits: readonly WordHit[];
  /** Pages where the word is the name of their kind ("threat" on a threat's page), which count less. */
  named?: (id: string) => boolean;
}

/** What a word counts on a page whose kind it names, when the reader used it in its everyday sense. */
export const NAMED_KIND_WEIGHT = 0.3;

/** A page with evidence for every word of the query counts more, by its weakest evidence times this. */
const EVERY_WORD_BONUS = 1;
/** A page with every word as the reader wrote it counts more again, by its mean evidence for them times this. */
const WRITTEN_WORDS_BONUS = 0.5;

/**
 * The order of results: each query word adds, for each page, the best evidence of it among the
 * searches made for it (its own, then related words at a lower weight), on a scale of 0 to 1;
 * a page with evidence for every word gets a bonus by the weakest of it, and one with every word
 * as written another, and `bonus` adds what else is known of the page (how much of one of its
 * names the query says); `factor` then weighs the page by its kind. The first search of each word
 * is the reader's own word.
 */
export function rankPages(
  perWord: readonly (readonly WordSearch[])[],
  factor: (id: string) => number = () => 1,
  bonus: ReadonlyMap<string, number> = new Map(),
): WordHit[] {
  const scaled = (hits: readonly WordHit[]) => {
    const top = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
    return hits.map((hit) => ({ id: hit.id, value: hit.score / top }));
  };
  const evidence = perWord.map((searches) => {
    const best = new Map<string, number>();
    for (const search of searches) {
      for (const hit of scaled(search.hits)) {
        const weight = search.named?.(hit.id) ? search.weight * NAMED_KIND_WEIGHT : search.weight;
        best.set(hit.id, Math.max(best.get(hit.id) ?? 0, weight * hit.value));
      }
    }
    return best;
  });
  const asWritten = perWord.map(
    (searches) => new Map(scaled(searches[0]?.hits ?? []).map((hit) => [hit.id, hit.value])),
  );
  const pages = new Set(evidence.flatMap((best) => [...best.keys()]));
  return [...pages]
    .map((id) => {
      const each = evidence.map((best) => best.get(id) ?? 0);
      const sum = each.reduce((total, value) => total + value, 0);
      const weakest = each.length > 0 ? Math.min(...each) : 0;
      const written = asWritten.map((hits) => hits.get(id));
      const allWritten = written.every((value) => value !== undefined)
        ? WRITTEN_WORDS_BONUS * (1 + written.reduce((total, value) => total + value!, 0) / written.length)
        : 0;
      return { id, score: (sum + EVERY_WORD_BONUS * weakest + allWritten + (bonus.get(id) ?? 0)) * factor(id) };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The words the site's pages use, for "did you mean": from titles, summaries and aliases. */
export function vocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of queryWords(text)) if (/^\p{L}{4,}$/u.test(word)) words.add(word);
  return [...words].sort();
}
