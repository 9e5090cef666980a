import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
for (let i = 0; i < 3; i++) {
const page = await browser.newPage();
const t0 = Date.now();
page.on('request', (r) => { if (r.url().includes('pagefind')) console.log(Date.now() - t0, 'req', r.url().replace(/.*pagefind\//, '')); });
await page.goto('http://127.0.0.1:4430/search/#q=fumbled');
await page.locator('#search-status', { hasText: 'match' }).waitFor();
console.log('done', Date.now() - t0);
await page.close();
}
await browser.close();
