// Every internal link, asset and #anchor on the built site resolves, at the root and under the sub-path; links to other hosts are never fetched.
import { check, LinkState, type LinkResult } from 'linkinator';
import { test, expect } from './fixtures';

test('every internal link and anchor resolves', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const options = { checkFragments: true, concurrency: 8, timeout: 10_000, linksToSkip: async (link: string) => !link.startsWith(base) };
  // One crawl from the home page follows every link under the base. Given several start pages at once, the crawler
  // sometimes stopped at their own links, so the pages no link leads to are checked one by one, each with its links.
  const crawl = await check({ ...options, path: base, recurse: true });
  const unlinked = await Promise.all(['search/', '404.html', 'embed/timeline/', 'embed/templates/'].map((path) => check({ ...options, path: new URL(path, base).href })));
  const links: LinkResult[] = [crawl, ...unlinked].flatMap((result) => result.links);
  const broken = links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'start'}`);
  expect(broken).toEqual([]);
  // The crawl really ran: the guides, both tools, every guide page and the built CSS were among the links it checked.
  // (A page first met through a link with a #section is reported under that link, so compare without the fragment.)
  const reached = new Set(crawl.links.filter((link) => link.state === LinkState.OK).map((link) => link.url.split('#')[0]));
  for (const path of ['guides/', 'timeline/', 'templates/', 'guides/why-follow-up/', 'guides/where-advice-differs/', 'privacy/', 'accessibility/']) {
    expect([...reached]).toContain(new URL(path, base).href);
  }
  expect([...reached].some((url) => url?.endsWith('.css'))).toBe(true);
});
