/**
 * The shape of the blind search test set in tests/search-queries-dev.ts and
 * tests/search-queries-held-out.ts (issue 19), and of the fresh development set in
 * tests/search-queries-fresh.ts. Those files' headers say how the queries were written and split.
 */

/** The situation families the queries cover, one per kind of trouble a project can be in. */
export const SEARCH_FAMILIES = [
  'people-at-risk',
  'conduct-and-complaints',
  'leaks-and-private-material',
  'impersonation-and-takeover',
  'security-events',
  'leaving-absent-or-burnt-out',
  'access-held-by-one-person',
  'money-sponsors-and-companies',
  'legal-and-authority-requests',
  'forks-splits-and-elections',
  'press-and-public-attention',
  'warnings-from-partners',
  'preparation',
] as const;

export type SearchFamily = (typeof SEARCH_FAMILIES)[number];

export interface SearchQuery {
  /** Exactly as a reader would type it, typos included. */
  query: string;
  family: SearchFamily;
  /**
   * What is happening, in neutral words, so that someone who did not tune the search can add a page
   * written later (such as a situation page) to `targets`.
   */
  situation: string;
  /**
   * Site paths (no base path, leading and trailing slash) of the pages that directly help with the
   * query's problem. Any one of them in the top results is a hit. Empty: no page serves this yet,
   * which is a gap in the guidance, and the query counts as a miss.
   */
  targets: readonly string[];
  /**
   * 'language-notice': the query is not in English, and the right answer is the notice that the
   * guidance is in English for now. `targets` then lists the pages that serve the same problem in
   * English, for when translations exist.
   */
  expect?: 'language-notice';
}
