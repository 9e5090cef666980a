// The guides in a browser: search finds the right guide first, and every guide page is accessible and error-free.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

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

test('a rule in the aside links to the section that explains it', async ({ page, watch }) => {
  await page.goto('guides/why-follow-up/');
  await page.locator('aside').getByRole('link', { name: /^T1:/ }).click();
  await expect(page).toHaveURL(/guides\/timing\/#the-thank-you$/);
  await expect(page.locator('#the-thank-you')).toBeInViewport();
  expect(watch.consoleErrors).toEqual([]);
});
