// Every internal link, asset and #anchor on the built site resolves, at the root and under the sub-path; links to other hosts are never fetched.
import { check, LinkState } from 'linkinator';
import { test, expect } from './fixtures';

test('every internal link and anchor resolves', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  // Start from the pages no link leads to as well as the home page; the crawl follows every link from there.
  const starts = ['', 'search/', '404.html', 'embed/timeline/'].map((path) => new URL(path, base).href);
  const result = await check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: async (link) => !link.startsWith(base),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'start'}`);
  expect(broken).toEqual([]);
  const checked = result.links.filter((link) => link.state === LinkState.OK);
  // The crawl really ran: the guides, both tools, and the built CSS were among the links it checked.
  for (const path of ['guides/', 'timeline/', 'templates/', 'guides/why-follow-up/']) expect(checked.map((link) => link.url)).toContain(new URL(path, base).href);
  expect(checked.some((link) => link.url.endsWith('.css'))).toBe(true);
});
