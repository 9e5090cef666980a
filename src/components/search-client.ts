// Browser-only, the search page: reads and writes the query after the # (never sent to the server), loads Pagefind on demand, and lists results as plain DOM text.
import { pathWithBase } from '../utils/paths';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Appends Pagefind's excerpt to `parent`, turning its <mark> spans into <mark> elements and everything else into text. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    // Parsed in an inert document, inside an element so spaces at either end are kept (“rejection or”, not “rejectionor”).
    const text = new DOMParser().parseFromString(`<span>${part}</span>`, 'text/html').body.textContent ?? '';
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  });
}

/** Runs a search and fills `list`, announcing the count in `status`. */
export async function runSearch(query: string, bundleUrl: string, baseUrl: string, status: HTMLElement, list: HTMLElement): Promise<void> {
  status.textContent = 'Searching…';
  try {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    await pagefind.options({ baseUrl });
    const found = await pagefind.search(query);
    const results = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, result.excerpt);
        item.append(heading, excerpt);
        return item;
      }),
    );
    status.textContent =
      results.length === 0
        ? `No guide matches “${query}”. Try another word.`
        : `${results.length} ${results.length === 1 ? 'guide matches' : 'guides match'} “${query}”.`;
  } catch {
    status.textContent = 'Search could not load. Please browse the list of guides instead.';
  }
}

/** The query in the address: after the #, or (from an old link) in `?q=`, which is then moved behind the #. */
function queryFromAddress(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('q');
  const fromSearch = new URLSearchParams(location.search).get('q');
  if (fromHash === null && fromSearch !== null) history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ q: fromSearch })}`);
  return (fromHash ?? fromSearch ?? '').trim();
}

/** Wires the search page: shows the form, searches on submit and whenever the # changes (back and forward included). */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page__form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  form.hidden = false;
  const search = () => {
    const query = queryFromAddress();
    input.value = query;
    if (query) void runSearch(query, pathWithBase('pagefind/pagefind.js'), pathWithBase(''), status, list);
    else {
      status.textContent = '';
      list.replaceChildren();
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) {
      input.focus();
      return;
    }
    history.pushState(null, '', `${location.pathname}#${new URLSearchParams({ q: query })}`);
    search();
  });
  window.addEventListener('hashchange', search);
  search();
}
