// What the browser really downloads: each tool page's script, Preact included, stays within 20 KB gzip once its island has hydrated.
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const ISLAND_JS_BUDGET = 20 * 1024;
const TOOL_PAGES = ['timeline/', 'embed/timeline/'];

for (const path of TOOL_PAGES) {
  test(`${path} loads at most 20 KB gzip of script`, async ({ page }) => {
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
    expect(total, [...sizes.keys()].join('\n')).toBeLessThanOrEqual(ISLAND_JS_BUDGET);
  });
}
