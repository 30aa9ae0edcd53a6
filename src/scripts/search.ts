/**
 * The search page: runs Pagefind in the browser once the page is opened, shows each result's kind
 * and label, and narrows results by kind, message label and audience. The query and filters live
 * in the URL (/search/?q=...&kind=Template), so a search can be shared as a link.
 */
import { SEARCH_FILTERS } from '../lib/search.ts';
import { TLP_FACTS, isTlpLabel } from '../lib/tlp.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input?.value.trim() ?? '';
    const chosen = selectedFilters();
    writeUrl(query, chosen);
    const filters = Object.fromEntries(Object.entries(chosen).map(([key, values]) => [key, { any: values }]));
    if (!query && Object.keys(filters).length === 0) {
      list?.replaceChildren();
      if (status) status.textContent = 'Type a word to search, or pick a filter.';
      return;
    }
    const search = await pagefind.search(query || null, { filters });
    if (!search || ticket !== latest) return;
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list?.replaceChildren(...shown.map(renderResult));
    if (status) {
      const total = search.results.length;
      status.textContent =
        total === 0
          ? 'No results. Try another word or fewer filters.'
          : `${total} result${total === 1 ? '' : 's'}${total > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
    }
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
