// What the browser really downloads: each tool page's script, Preact included, stays within its budget once its island has hydrated.
import { gzipSync } from 'node:zlib';
import { islandBudget } from '../budgets';
import { test, expect } from './fixtures';

// Each tool page with the component its island hydrates; budgets and the builder's recorded ceiling are in test/budgets.ts.
const TOOL_PAGES: [string, number][] = [
  ['timeline/', islandBudget('TimelineCalculator')], ['embed/timeline/', islandBudget('TimelineCalculator')],
  ['templates/', islandBudget('TemplateBuilder')], ['embed/templates/', islandBudget('TemplateBuilder')],
];

for (const [path, budget] of TOOL_PAGES) {
  test(`${path} loads at most ${budget / 1024} KB gzip of script`, async ({ page }) => {
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      sizes.set(response.url(), gzipSync(await response.body()).length);
    });
    await page.goto(path);
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    await page.waitForLoadState('networkidle');
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    expect(sizes.size).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'script gzip', description: `${(total / 1024).toFixed(1)} KB in ${sizes.size} files` });
    expect(total, [...sizes.keys()].join('\n')).toBeLessThanOrEqual(budget);
  });
}
