// Screenshots of every page type and tool state at 375 px and 1280 px, light and dark, into screenshots/ (git-ignored), with an index.html to review them in one place.
// Run after `npm run build`: `npm run screenshots` (or `node scripts/screenshots.ts --port 4329 --only home,guide --first-screen`).
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

interface Shot { name: string; path: string; ready?: (page: Page) => Promise<void> }

const island = async (page: Page) => { await page.waitForSelector('astro-island:not([ssr])'); };
const SHOTS: Shot[] = [
  { name: 'home', path: '' },
  { name: 'guide-list', path: 'guides/' },
  { name: 'guide', path: 'guides/checking-in/' },
  { name: 'guide-first', path: 'guides/why-follow-up/' },
  { name: 'timeline-empty', path: 'timeline/', ready: island },
  { name: 'timeline-planned', path: 'timeline/#interviewDate=2026-11-16&region=US&decisionDate=2026-11-20', ready: async (page) => { await island(page); await page.waitForSelector('.tc-steps > li'); } },
  { name: 'timeline-embed', path: 'embed/timeline/#interviewDate=2026-11-16&region=none', ready: island },
  { name: 'templates-empty', path: 'templates/', ready: async (page) => { await island(page); await page.waitForSelector('.tb[data-ready]'); } },
  { name: 'templates-filled', path: 'templates/#scenario=check-in&interviewDate=2026-11-16&company=Harborline%20Foods&role=Operations%20Coordinator', ready: async (page) => { await island(page); await page.waitForSelector('.tb[data-ready]'); } },
  { name: 'templates-embed', path: 'embed/templates/', ready: island },
  { name: 'search-empty', path: 'search/', ready: async (page) => { await page.waitForSelector('.search-page__form:not([hidden])'); } },
  { name: 'search-results', path: 'search/#q=haven%E2%80%99t%20heard%20back', ready: async (page) => { await page.waitForSelector('#search-results li'); } },
  { name: 'search-no-result', path: 'search/#q=zebra%20xylophone', ready: async (page) => { await page.waitForSelector('.search-page__suggestions:not([hidden])'); } },
  { name: 'accessibility', path: 'accessibility/' },
  { name: 'privacy', path: 'privacy/' },
  { name: 'not-found', path: 'no-such-page/' },
];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const port = Number(option('port', process.env.SCREENSHOT_PORT ?? '4329'));
const only = option('only', '').split(',').filter(Boolean);
/** Only what shows before scrolling, instead of the whole page. */
const firstScreen = process.argv.includes('--first-screen');
const dir = path.resolve(option('dir', 'dist'));
const out = path.resolve('screenshots');
const base = `http://127.0.0.1:${port}/`;

async function waitForServer(): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await fetch(base).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server did not start on ${base}. Is the site built (npm run build)?`);
}

const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
try {
  await waitForServer();
  if (only.length === 0) await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const files: string[] = [];
  for (const shot of SHOTS.filter((item) => only.length === 0 || only.includes(item.name))) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(shot.path, base).href);
        await page.waitForLoadState('networkidle');
        if (shot.ready) await shot.ready(page);
        const file = `${shot.name}-${width}-${scheme}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage: !firstScreen });
        files.push(file);
        await page.close();
      }
    }
  }
  await browser.close();
  const figures = files.map((file) => `<figure><img src="${file}" alt="" loading="lazy"><figcaption>${file}</figcaption></figure>`).join('\n');
  await writeFile(path.join(out, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Screenshots</title><style>body{font:14px system-ui;display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0}img{display:block;max-width:640px;border:1px solid #ccc}</style>\n${figures}\n`);
  console.log(`${files.length} screenshots in ${path.relative(process.cwd(), out)}/ (open index.html)`);
} finally {
  server.kill();
}
