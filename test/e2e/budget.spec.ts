// What the browser really downloads: each tool page's script, Preact included, stays within its budget once its island has hydrated.
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const ISLAND_JS_BUDGET = 20 * 1024;
// The template builder's recorded ceiling, and why, are in test/dist/budget.test.ts (OVER_BUDGET).
const BUILDER_CEILING = 38 * 1024;
const TOOL_PAGES: [string, number][] = [['timeline/', ISLAND_JS_BUDGET], ['embed/timeline/', ISLAND_JS_BUDGET], ['templates/', BUILDER_CEILING], ['embed/templates/', BUILDER_CEILING]];

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
