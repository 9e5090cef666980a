// Lighthouse (mobile settings, Debian's Chromium) on the home page, a guide and both tools: every category scores 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { test, expect } from './fixtures';

const PAGES = ['', 'guides/why-follow-up/', 'timeline/', 'templates/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test('every category scores 100 on mobile settings', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const scores: string[] = [];
  const failures: string[] = [];
  try {
    for (const path of PAGES) {
      const url = new URL(path, baseURL).href;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      expect(lhr?.runtimeError, url).toBeUndefined();
      for (const id of CATEGORIES) {
        const category = lhr?.categories[id];
        const score = Math.round((category?.score ?? 0) * 100);
        scores.push(`/${path} ${id} ${score}`);
        if (score < 100) {
          const lost = (category?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${lhr?.audits[ref.id]?.displayValue ?? lhr?.audits[ref.id]?.score})`);
          failures.push(`/${path} ${id} ${score}: ${lost.join(', ')}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  test.info().annotations.push({ type: 'lighthouse', description: scores.join('; ') });
  console.log(`Lighthouse (mobile): ${scores.join('; ')}`);
  expect(failures).toEqual([]);
});
