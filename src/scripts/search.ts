/**
 * The search page: runs Pagefind in the browser once the page is opened, shows each result's kind
 * and label, and narrows results by kind, message label and audience. The query and filters live
 * in the URL (/search/?q=...&kind=Template), so a search can be shared as a link.
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';
import { readLexicon, type Lexicon, type LexiconData } from '../lib/lexicon.ts';
import { MESSAGE_LABEL_SEPARATOR, PAGE_LABEL_FILTER, SEARCH_FILTERS } from '../lib/search.ts';
import { findPages, type Found as FoundPages } from '../lib/search-find.ts';
import { readNames, type NameTable } from '../lib/search-names.ts';
import {
  kindGroups,
  pageKinds,
  pagefindSource,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from '../lib/search-source.ts';
import { FIRST_TLP_URL, TLP_FACTS, isTlpLabel } from '../lib/tlp.ts';

type FilterKey = (typeof SEARCH_FILTERS)[number];
const FILTER_KEYS: readonly FilterKey[] = SEARCH_FILTERS;
type Found = FoundPages<PagefindResult>;
const MAX_RESULTS = 50;
/** Results drawn at once; the rest follow, so the first ones show without waiting for all. */
const FIRST_RESULTS = 4;

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
/** After results: the decision framework, for a reader whose situation no result names. */
const noneFits = root?.querySelector<HTMLElement>('[data-search-none-fits]');
/**
 * Kinds of page that say what to do now, kinds that explain or look back, kinds named with
 * everyday words ("Threat"), and the tools, as results show them.
 */
const kinds = kindGroups(root?.dataset ?? {});
/** The words this script shows, in the page's language. */
const t = translatorFrom<typeof en>(root?.dataset.i18n);

/** Fetched once, and only when needed: a failed fetch leaves search as it was without them. */
function once<T>(address: string | undefined, fallback: T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= fetch(address ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback));
}

/** The words of the site's titles, summaries and aliases: for "did you mean", and to tell a word is there. */
const siteWords = once<string[]>(root?.dataset.words, []);
/** Each page's names (title and aliases), by page id, to weigh a query that says most of one. */
const nameTable = once<NameTable>(root?.dataset.names, {});
/** Everyday English words mapped to the site's words, for words the site does not use. */
const lexiconData = once<LexiconData | undefined>(root?.dataset.lexicon, undefined);
let lexiconRead: Lexicon | undefined;
async function lexicon(): Promise<Lexicon | undefined> {
  const data = await lexiconData();
  if (data && !lexiconRead) lexiconRead = readLexicon(data);
  return lexiconRead;
}

/** Pagefind's results for some words, kept for the visit: a query repeats its words as it is typed. */
const searches = new Map<string, Promise<PagefindResult[]>>();

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
  about.append(data.meta.kind ?? t('searchScript.resultPage'));
  const pageLabel = data.filters[PAGE_LABEL_FILTER]?.[0];
  if (pageLabel) about.append(' · ', labelBadge(pageLabel));
  // A template's own page is public; the message made from it carries its own label.
  const messageLabels = data.meta.message_label?.split(MESSAGE_LABEL_SEPARATOR) ?? [];
  if (messageLabels.length > 0) {
    about.append(' · ', t('searchScript.resultMessageLabel'), ' ');
    for (const part of t.listParts(messageLabels.length, 'or'))
      about.append(typeof part === 'string' ? part : labelBadge(messageLabels[part.item]!));
  }
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text in excerpts and adds only <mark> elements.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, about, excerpt);
  return item;
}

/** For a query with no English word: the guidance is in English, and where TLP is in other languages. */
function inEnglishNotice(): (Node | string)[] {
  const link = document.createElement('a');
  link.href = FIRST_TLP_URL;
  link.textContent = t('searchScript.foreignLink');
  return t.parts('searchScript.foreign').map((part) => (typeof part === 'string' ? part : link));
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
      legend.textContent = t(`searchScript.filter.${key}`);
      fieldset.append(legend);
      for (const [value, count] of Object.entries(available[key]!).sort(([a], [b]) => a.localeCompare(b))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen[key]?.includes(value) ?? false;
        label.append(box, t('searchScript.filterOption', { value, count }));
        fieldset.append(label);
      }
      return fieldset;
    }),
  );
}

/** Says on the filters' button how many are on, so a phone reader knows results are narrowed. */
function showFilterCount(chosen: Partial<Record<FilterKey, string[]>>): void {
  const on = Object.values(chosen).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  if (filterCount) filterCount.textContent = on ? t('searchScript.filterCount', { count: on }) : '';
}

function writeUrl(query: string, chosen: Partial<Record<FilterKey, string[]>>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) for (const value of chosen[key] ?? []) params.append(key, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** The count of results, and a note when they are partial, corrected or the query is not in English. */
function showSummary(query: string, found: Found): void {
  const total = found.results.length;
  const count =
    total > MAX_RESULTS
      ? t('searchScript.countCapped', { count: total, shown: MAX_RESULTS })
      : t('searchScript.count', { count: total });
  if (notice) {
    notice.textContent =
      found.mode === 'some'
        ? t('searchScript.some')
        : found.mode === 'related'
          ? t('searchScript.related')
          : found.mode === 'corrected'
            ? t('searchScript.corrected', { query, corrected: found.corrected ?? '' })
            : '';
    if (found.foreign) notice.replaceChildren(...inEnglishNotice());
    notice.hidden = !notice.textContent;
  }
  if (nothing) nothing.hidden = found.mode !== 'none';
  if (noneFits) noneFits.hidden = found.results.length === 0;
  const said = found.mode === 'none' ? t('searchScript.none') : count;
  if (status && status.textContent !== said) status.textContent = said;
}

async function start(pagefind: Pagefind): Promise<void> {
  const params = new URLSearchParams(location.search);
  const initial: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) if (params.getAll(key).length) initial[key] = params.getAll(key);
  if (input) input.value = params.get('q') ?? '';
  const available = await pagefind.filters();
  renderFilters(available, initial);
  const [kindOf, words, names] = await Promise.all([
    pageKinds(pagefind, Object.keys(available.kind ?? {})),
    siteWords(),
    nameTable().then(readNames),
  ]);
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
      if (noneFits) noneFits.hidden = true;
      if (status) status.textContent = t('searchScript.prompt');
      root!.dataset.shown = '';
      root!.dataset.first = '';
      return;
    }
    // The first results show as soon as they are known, and again only if related words change them.
    let drawn: string | undefined;
    const show = async (found: Found, final: boolean): Promise<void> => {
      const top = found.results.slice(0, FIRST_RESULTS);
      const ids = top.map((result) => result.id).join(' ');
      if (ids !== drawn) {
        const first = await Promise.all(top.map((result) => result.data()));
        if (ticket !== latest) return;
        list?.replaceChildren(...first.map(renderResult));
        drawn = ids;
      }
      showSummary(query, found);
      root!.dataset.first = query;
      if (!final) return;
      const rest = await Promise.all(found.results.slice(FIRST_RESULTS, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      list?.append(...rest.map(renderResult));
      // Every result is drawn: tests and tools wait for this.
      root!.dataset.shown = query;
    };
    let earlier: Promise<void> = Promise.resolve();
    const source = pagefindSource(pagefind, { kindOf, siteWords: words, lexicon, names }, filters, searches);
    const found = await findPages(source, query, kinds, (early) => {
      if (ticket === latest) earlier = show(early, false);
    });
    await earlier;
    if (ticket === latest) await show(found, true);
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
      if (status) status.textContent = t('searchScript.failed');
    });
}
