// The guides in a browser: search finds the right guide first, and every guide page is accessible and error-free.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect as baseExpect } from './fixtures';

// The first search on a page downloads Pagefind and starts its worker: seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const GUIDES = readdirSync(new URL('../../src/content/guides/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length))
  .sort();

/** What a worried reader might type, and the guide that should come first. */
const SEARCHES: [query: string, slug: string][] = [
  ['rejection', 'after-a-rejection'],
  ['how long to wait', 'timing'],
  ['handwritten', 'channels'],
  ['LinkedIn', 'channels'],
  ['panel', 'multiple-interviewers'],
  ['withdraw', 'withdrawing'],
];

for (const [query, slug] of SEARCHES) {
  test(`searching “${query}” lists the ${slug} guide first`, async ({ page, watch }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/guides? match/);
    const first = page.locator('#search-results > li').first().getByRole('link');
    await expect(first).toHaveAttribute('href', new RegExp(`guides/${slug}/$`));
    await first.click();
    await expect(page).toHaveURL(new RegExp(`guides/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(watch.offsiteRequests).toEqual([]);
  });
}

for (const path of ['guides/', ...GUIDES.map((slug) => `guides/${slug}/`)]) {
  test(`/${path} has one h1, no accessibility violations and no console errors`, async ({ page, watch }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('the guide index lists every guide, and each opens', async ({ page, watch }) => {
  await page.goto('guides/');
  const links = page.locator('main .card-list a');
  await expect(links).toHaveCount(GUIDES.length);
  for (const slug of GUIDES) await expect(page.locator(`main .card-list a[href$="guides/${slug}/"]`)).toHaveCount(1);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why follow up after an interview');
  expect(watch.consoleErrors).toEqual([]);
});

test('each guide’s links into the tools open them, under the base path', async ({ page, request, baseURL, watch }) => {
  const base = new URL(baseURL ?? '').pathname;
  for (const slug of GUIDES) {
    await page.goto(`guides/${slug}/`);
    const hrefs = await page.locator('.tool-link a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length, slug).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith(`${base}timeline/`) || href.startsWith(`${base}templates/?scenario=`), href).toBe(true);
      expect((await request.get(new URL(href, baseURL).href)).status(), href).toBe(200);
    }
  }
  expect(watch.offsiteRequests).toEqual([]);
});

test('a rule in the aside, named by its title and never by its code, links to the section that explains it', async ({ page, watch }) => {
  await page.goto('guides/why-follow-up/');
  const rules = await page.locator('aside .meta__rules a').allInnerTexts();
  expect(rules.filter((text) => /\b[TC]\d+\b/.test(text))).toEqual([]);
  await page.locator('aside').getByRole('link', { name: 'Thank every interviewer within a day' }).click();
  await expect(page).toHaveURL(/guides\/timing\/#the-thank-you$/);
  await expect(page.locator('#the-thank-you')).toBeInViewport();
  expect(watch.consoleErrors).toEqual([]);
});

test('“On this page” lists every section and each link lands on its heading', async ({ page, watch }) => {
  await page.goto('guides/checking-in/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const headings = await page.locator('article > h2').allInnerTexts();
  expect(headings.length).toBeGreaterThanOrEqual(3);
  await expect(toc.getByRole('link')).toHaveText(headings);
  await toc.getByRole('link', { name: 'When to stop' }).click();
  await expect(page).toHaveURL(/#when-to-stop$/);
  await expect(page.getByRole('heading', { level: 2, name: 'When to stop' })).toBeInViewport();
  expect(watch.consoleErrors).toEqual([]);
});

test('previous and next follow the guide list’s order, with none before the first or after the last', async ({ page }) => {
  await page.goto('guides/');
  const order = await page.locator('main .card-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
  await page.goto(order[0]!);
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', order[1]!);
  await page.goto(order[1]!);
  await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', order[0]!);
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', order[2]!);
  await page.goto(order.at(-1)!);
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${order.at(-2)!}$`));
});

test('sources name their publisher', async ({ page }) => {
  await page.goto('guides/channels/');
  // The one article whose page names its publisher and author.
  await expect(page.locator('aside .meta__sources li').filter({ hasText: 'To Email Or Not To Email' })).toContainText('Fairygodboss, by Laura Berlinsky-Schine');
  for (const item of await page.locator('aside .meta__sources li').allInnerTexts()) expect(item).toMatch(/^.+, \S.+$/);
});
