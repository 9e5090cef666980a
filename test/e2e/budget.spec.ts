// What the browser really downloads: each tool page's script, Preact included, stays within its budget once its island has hydrated; the template builder fetches its note engine only once the person starts, and each other scenario's wording only when chosen.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { NOTE_ENGINE_JS_BUDGET, SCENARIO_WORDING_JS_BUDGET, islandBudget } from '../budgets';
import { test, expect } from './fixtures';

// Each tool page with the component its island hydrates; budgets and any recorded ceiling are in test/budgets.ts.
const TOOL_PAGES: [string, number][] = [
  ['timeline/', islandBudget('TimelineCalculator')], ['embed/timeline/', islandBudget('TimelineCalculator')],
  ['templates/', islandBudget('TemplateBuilder')], ['embed/templates/', islandBudget('TemplateBuilder')],
];

/** Every script the page downloads from now on: `settled()` waits for the network to be idle and gives each address with its gzip size. */
function scriptSizes(page: Page): { settled: () => Promise<Map<string, number>> } {
  const sizes: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.push(response.body().then((body) => [response.url(), gzipSync(body).length]));
  });
  return {
    settled: async () => {
      await page.waitForLoadState('networkidle');
      return new Map(await Promise.all(sizes));
    },
  };
}

/** The entries of `after` that `before` does not hold. */
const added = (after: Map<string, number>, before: Map<string, number>) => new Map([...after].filter(([url]) => !before.has(url)));

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, size) => sum + size, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [path, budget] of TOOL_PAGES) {
  test(`${path} loads at most ${budget / 1024} KB gzip of script`, async ({ page }) => {
    const scripts = scriptSizes(page);
    await page.goto(path);
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    const sizes = await scripts.settled();
    expect(sizes.size).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'script gzip', description: `${kb(total(sizes))} in ${sizes.size} files` });
    expect(total(sizes), [...sizes.keys()].join('\n')).toBeLessThanOrEqual(budget);
  });
}

test('the builder fetches its note engine once the person starts, and another scenario’s wording only when chosen', async ({ page }) => {
  const scripts = scriptSizes(page);
  await page.goto('templates/');
  await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
  const island = await scripts.settled();
  // Opening the page and reading it fetch nothing more.
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  expect([...added(await scripts.settled(), island).keys()]).toEqual([]);

  await page.getByLabel('Your full name').fill('Noor Haddad');
  await page.getByLabel('Company name').fill('Acme Tools');
  await page.getByLabel('Job title you interviewed for').fill('Support Lead');
  await page.getByLabel('Their full name').fill('Jane Roe');
  await expect(page.locator('#tb-p1-text')).toHaveValue(/Dear Jane Roe,/);
  const written = await scripts.settled();
  const engine = added(written, island);
  test.info().annotations.push({ type: 'note engine gzip', description: `${kb(total(engine))} in ${engine.size} files` });
  expect(engine.size).toBeGreaterThan(0);
  expect(total(engine), [...engine.keys()].join('\n')).toBeLessThanOrEqual(NOTE_ENGINE_JS_BUDGET);

  await page.locator('#tb-choices-change').click();
  await page.getByRole('radio', { name: /Withdraw your application/ }).check();
  await expect(page.locator('#tb-p1-text')).toHaveValue(/withdraw/);
  const wording = added(await scripts.settled(), written);
  test.info().annotations.push({ type: 'scenario wording gzip', description: `${kb(total(wording))} in ${wording.size} files` });
  // The scenario's own file, and at most one file of wording it shares with a scenario not yet loaded.
  expect(wording.size).toBeLessThanOrEqual(2);
  expect(total(wording)).toBeLessThanOrEqual(SCENARIO_WORDING_JS_BUDGET);
});
