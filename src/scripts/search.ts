/**
 * The search page: runs Pagefind in the browser once the page is opened, shows each result's kind
 * and label, and narrows results by kind, message label and audience. The query and filters live
 * in the URL (/search/?q=...&kind=Template), so a search can be shared as a link.
 */
import { SEARCH_FILTERS, partialMatches, queryWords } from '../lib/search.ts';
import { nearest } from '../lib/text.ts';
import { TLP_FACTS, isTlpLabel } from '../lib/tlp.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

type Filters = Record<string, { any: string[] }>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What a search found: every word, some of the words, a corrected spelling, or nothing. */
interface Found {
  results: PagefindResult[];
  mode: 'all' | 'some' | 'corrected' | 'none';
  /** The query searched instead, when the spelling was corrected. */
  corrected?: string;
}

type FilterKey = keyof typeof SEARCH_FILTERS;
const FILTER_KEYS = Object.keys(SEARCH_FILTERS) as FilterKey[];
const MAX_RESULTS = 50;

const root = document.querySelector<HTMLElement>('[data-search]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
const filterBox = root?.querySelector<HTMLElement>('[data-search-filters]');
const filterPanel = root?.querySelector<HTMLDetailsElement>('[data-search-filter-panel]');
const filterCount = root?.querySelector<HTMLElement>('[data-search-filter-count]');
const notice = root?.querySelector<HTMLElement>('[data-search-notice]');
const nothing = root?.querySelector<HTMLElement>('[data-search-nothing]');

let words: Promise<string[]> | undefined;

/** The words the site uses, fetched once and only when a query finds nothing. */
function siteWords(): Promise<string[]> {
  words ??= fetch(root?.dataset.words ?? '/search-words.json')
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return words;
}

/** Fewer pages than this with every word, and pages with some of the words follow them. */
const ENOUGH = 5;

/**
 * Every meaningful word first ("who owns our domain" looks for "owns domain"); with few such
 * pages, the pages that match some of the words after them; failing both, a corrected spelling.
 */
async function find(pagefind: Pagefind, query: string, filters: Filters): Promise<Found> {
  const terms = queryWords(query);
  const full = (await pagefind.search(terms.length > 0 ? terms.join(' ') : query || null, { filters }))?.results ?? [];
  if (!query || full.length >= ENOUGH) return { results: full, mode: 'all' };
  if (terms.length > 1) {
    const perWord = await Promise.all(
      terms.map(async (term) => (await pagefind.search(term, { filters }))?.results ?? []),
    );
    const byId = new Map(perWord.flat().map((result) => [result.id, result]));
    const shown = new Set(full.map((result) => result.id));
    const some = partialMatches(perWord.map((results) => results.map(({ id, score }) => ({ id, score }))))
      .filter((page) => !shown.has(page.id))
      .map((page) => byId.get(page.id)!);
    if (full.length > 0) return { results: [...full, ...some], mode: 'all' };
    if (some.length > 0) return { results: some, mode: 'some' };
  }
  if (full.length > 0) return { results: full, mode: 'all' };
  const known = await siteWords();
  const fixed = terms.map((term) => (known.includes(term) ? term : (nearest(term, known, 1)[0] ?? term)));
  if (fixed.some((term, index) => term !== terms[index])) {
    const corrected = fixed.join(' ');
    const again = await find(pagefind, corrected, filters);
    if (again.results.length > 0) return { results: again.results, mode: 'corrected', corrected };
  }
  return { results: [], mode: 'none' };
}

function selectedFilters(): Partial<Record<FilterKey, string[]>> {
  const chosen: Partial<Record<FilterKey, string[]>> = {};
  for (const box of filterBox?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? []) {
    const key = box.name as FilterKey;
    (chosen[key] ??= []).push(box.value);
  }
  return chosen;
}

function labelBadge(label: string): HTMLElement {
  const badge = document.createElement('span');
  badge.className = isTlpLabel(label) ? `tlp tlp--${TLP_FACTS[label].slug}` : 'tag';
  badge.textContent = label;
  return badge;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'search-result__about';
  about.append(data.meta.kind ?? 'Page');
  if (data.meta.label) about.append(' · ', labelBadge(data.meta.label));
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text in excerpts and adds only <mark> elements.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, about, excerpt);
  return item;
}

function renderFilters(
  available: Record<string, Record<string, number>>,
  chosen: Partial<Record<FilterKey, string[]>>,
): void {
  if (!filterBox) return;
  filterBox.replaceChildren(
    ...FILTER_KEYS.filter((key) => available[key] && Object.keys(available[key]).length > 0).map((key) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'panel';
      const legend = document.createElement('legend');
      legend.textContent = SEARCH_FILTERS[key];
      fieldset.append(legend);
      for (const [value, count] of Object.entries(available[key]!).sort(([a], [b]) => a.localeCompare(b))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen[key]?.includes(value) ?? false;
        label.append(box, `${value} (${count})`);
        fieldset.append(label);
      }
      return fieldset;
    }),
  );
}

/** Says on the filters' button how many are on, so a phone reader knows results are narrowed. */
function showFilterCount(chosen: Partial<Record<FilterKey, string[]>>): void {
  const on = Object.values(chosen).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  if (filterCount) filterCount.textContent = on ? ` (${on} on)` : '';
}

function writeUrl(query: string, chosen: Partial<Record<FilterKey, string[]>>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) for (const value of chosen[key] ?? []) params.append(key, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

async function start(pagefind: Pagefind): Promise<void> {
  const params = new URLSearchParams(location.search);
  const initial: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) if (params.getAll(key).length) initial[key] = params.getAll(key);
  if (input) input.value = params.get('q') ?? '';
  renderFilters(await pagefind.filters(), initial);
  // On a wide screen the filters sit beside the results, open; on a phone they wait behind one button.
  if (filterPanel && matchMedia('(min-width: 56rem)').matches) filterPanel.open = true;

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input?.value.trim() ?? '';
    const chosen = selectedFilters();
    writeUrl(query, chosen);
    showFilterCount(chosen);
    const filters = Object.fromEntries(Object.entries(chosen).map(([key, values]) => [key, { any: values }]));
    if (!query && Object.keys(filters).length === 0) {
      list?.replaceChildren();
      if (notice) notice.hidden = true;
      if (nothing) nothing.hidden = true;
      if (status) status.textContent = 'Type a word to search, or pick a filter.';
      root!.dataset.shown = '';
      return;
    }
    const found = await find(pagefind, query, filters);
    if (ticket !== latest) return;
    const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list?.replaceChildren(...shown.map(renderResult));
    const total = found.results.length;
    const count = `${total} result${total === 1 ? '' : 's'}${total > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
    if (notice) {
      notice.textContent =
        found.mode === 'some'
          ? 'No page has all of these words. These pages have some of them, the closest first.'
          : found.mode === 'corrected'
            ? `Nothing matched “${query}”. Showing results for “${found.corrected}”.`
            : '';
      notice.hidden = !notice.textContent;
    }
    if (nothing) nothing.hidden = found.mode !== 'none';
    if (status) status.textContent = found.mode === 'none' ? 'No results.' : count;
    root!.dataset.shown = query;
  };

  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input?.addEventListener('input', () => void run());
  filterBox?.addEventListener('change', () => void run());
  await run();
}

if (root && input) {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  import(/* @vite-ignore */ `${bundle}pagefind.js`)
    .then(async (pagefind: Pagefind) => {
      // Result addresses start from the site's base path, which is not / on a project's GitHub Pages.
      await pagefind.options({ bundlePath: bundle, baseUrl: root.dataset.base ?? '/', excerptLength: 24 });
      root.dataset.ready = 'true';
      await start(pagefind);
    })
    .catch(() => {
      if (status) status.textContent = 'Search could not load. Browse the sections below instead.';
    });
}
