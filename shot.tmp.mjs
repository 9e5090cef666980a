import { chromium } from '@playwright/test';
const [url, width, selector, out, scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url); await page.waitForLoadState('networkidle');
const el = page.locator(selector).first();
await el.screenshot({ path: out });
console.log(await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, header: document.querySelector('header')?.getBoundingClientRect().height })));
await browser.close();
