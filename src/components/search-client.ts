// Browser-only: loads Pagefind on demand and lists results as plain DOM text (no HTML from the index is injected).

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
    const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
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
