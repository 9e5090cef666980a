// Shared browser-test fixture: records console errors and blocks (and reports) any request that leaves 127.0.0.1.
import { test as base, expect } from '@playwright/test';

interface Watch {
  consoleErrors: string[];
  offsiteRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], offsiteRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      watch.offsiteRequests.push(url.href);
      return route.abort();
    });
    await use(watch);
    expect(watch.offsiteRequests, 'requests that left 127.0.0.1').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
