// Shared browser-test fixture, on for every test: fails on console errors and CSP violations, and blocks (and reports) any request that leaves 127.0.0.1.
import { test as base, expect } from '@playwright/test';

interface Watch {
  consoleErrors: string[];
  cspViolations: string[];
  offsiteRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { consoleErrors: [], cspViolations: [], offsiteRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      // The page reports each CSP violation to this binding as it happens (also inside frames).
      await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
        watch.cspViolations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
          report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`);
        });
      });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
        watch.offsiteRequests.push(url.href);
        return route.abort();
      });
      await use(watch);
      expect(watch.offsiteRequests, 'requests that left 127.0.0.1').toEqual([]);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
