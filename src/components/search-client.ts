// Browser-only, the search page: searches as the person types (after a short pause), in the words people use (search-synonyms.ts), keeps the query after the # (never sent to the server), and lists results as plain DOM text.
import { pathWithBase } from '../utils/paths';
import { isStopWord, searchPlan } from './search-synonyms';

/** How long typing must pause before a search runs. */
export const TYPING_PAUSE_MS = 150;
/** At most this many guides are listed. */
const MAX_RESULTS = 8;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Appends Pagefind's excerpt to `parent`: its <mark> spans become <mark> elements (never for a stop word alone), everything else text. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    // Parsed in an inert document, inside an element so spaces at either end are kept (“rejection or”, not “rejectionor”).
    const text = new DOMParser().parseFromString(`<span>${part}</span>`, 'text/html').body.textContent ?? '';
    if (index % 2 === 1 && !isStopWord(text)) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  });
}

/** The part of the page that matched best (its title and opening count as a part), by Pagefind's weighted score. */
function bestSection(result: PagefindResultData): PagefindSubResult | undefined {
  const score = (section: PagefindSubResult) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  return [...(result.sub_results ?? [])].sort((a, b) => score(b) - score(a))[0];
}

/** One result: the guide's title as a link, the section it matched in, and a clean excerpt. */
function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  const section = bestSection(result);
  if (section && section.url.includes('#') && section.title !== result.meta.title) {
    const where = document.createElement('p');
    where.className = 'search-result__section';
    where.textContent = `In “${section.title}”`;
    item.append(where);
  }
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, (section ?? result).excerpt);
  item.append(excerpt);
  return item;
}

/** Loads Pagefind once per page and sets it up; later calls get the same promise. */
function pagefindLoader(bundleUrl: string, baseUrl: string): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () => {
    loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
      await pagefind.options({ baseUrl, excerptLength: 24, excerptEllipsis: '…' });
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => {
      loading = undefined; // a failed download is tried again on the next search
    });
    return loading;
  };
}

/** The guides for a query: the searches of its plan in turn, until one finds something. */
async function findGuides(pagefind: Pagefind, query: string): Promise<PagefindResultData[]> {
  for (const terms of searchPlan(query)) {
    const found = await pagefind.search(terms);
    if (found && found.results.length > 0) return Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  }
  return [];
}

interface SearchView {
  status: HTMLElement;
  list: HTMLElement;
  suggestions: HTMLElement;
}

/** Shows the results of one query (or that there are none, with other ways in). */
function show(view: SearchView, query: string, results: PagefindResultData[]): void {
  view.list.replaceChildren(...results.map(resultItem));
  view.suggestions.hidden = results.length > 0;
  view.status.textContent =
    results.length === 0
      ? `No guide matches “${query}”. Try other words, or start from the list below.`
      : `${results.length} ${results.length === 1 ? 'guide matches' : 'guides match'} “${query}”.`;
}

/** The query in the address: after the #, or (from an old link) in `?q=`, which is then moved behind the #. */
function queryFromAddress(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('q');
  const fromSearch = new URLSearchParams(location.search).get('q');
  if (fromHash === null && fromSearch !== null) history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ q: fromSearch })}`);
  return (fromHash ?? fromSearch ?? '').trim();
}

/**
 * Wires the search page: shows the form, focuses the box when there is no query yet, searches once typing pauses, on
 * Enter, and whenever the # changes (back and forward included). While a person types, the address follows in one
 * history entry; Enter or a pause-free return to the page starts a new one, so Back steps through finished searches.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page__form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const suggestions = document.querySelector<HTMLElement>('.search-page__suggestions');
  if (!form || !input || !status || !list || !suggestions) return;
  const view: SearchView = { status, list, suggestions };
  const load = pagefindLoader(pathWithBase('pagefind/pagefind.js'), pathWithBase(''));
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let newEntryNext = true;

  const run = async (query: string) => {
    latest += 1;
    const mine = latest;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      suggestions.hidden = true;
      return;
    }
    try {
      const pagefind = await load();
      const results = await findGuides(pagefind, query);
      if (mine === latest) show(view, query, results);
    } catch {
      if (mine !== latest) return;
      list.replaceChildren();
      suggestions.hidden = false;
      status.textContent = 'Search could not load. Please browse the guides below instead.';
    }
  };
  const writeAddress = (query: string) => {
    if (query === queryFromAddress()) return;
    const address = query ? `${location.pathname}#${new URLSearchParams({ q: query })}` : location.pathname;
    if (newEntryNext) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    newEntryNext = false;
  };
  const fromAddress = () => {
    clearTimeout(timer);
    const query = queryFromAddress();
    input.value = query;
    newEntryNext = true;
    void run(query);
  };

  form.hidden = false;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = input.value.trim();
      writeAddress(query);
      void run(query);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      input.focus();
      return;
    }
    writeAddress(query);
    newEntryNext = true;
    void run(query);
  });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
  if (!input.value) input.focus();
  void load().catch(() => undefined); // start downloading the index while the person types
}
