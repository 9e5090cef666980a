// Browser tests: Debian's Chromium against the built site, once at the root and once under a career center's sub-path.
import { defineConfig } from '@playwright/test';
import { freePortRun } from './scripts/free-port.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SUBPATH = '/career-center/follow-up/';
/** The specs that measure time: each runs in a project of its own, after the others. */
const TIMED = ['lighthouse.spec.ts', 'keystroke.spec.ts'];
/**
 * The root build is served on PORT and the sub-path build on PORT + 1. E2E_PORT chooses them (to run two suites side by side);
 * unset, the operating system gives free ones, so a running `npm start` on 4321 never gets in the way. The choice is written
 * back to E2E_PORT: Playwright's worker processes inherit it and read this file again, and must agree with the servers.
 */
process.env.E2E_PORT ||= String(await freePortRun(2));
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    // siteOrigin is the SITE_URL each build was made with (package.json: build, build:subpath).
    { name: 'root', testIgnore: TIMED, use: { baseURL: `http://127.0.0.1:${PORT}/` }, metadata: { siteOrigin: 'http://127.0.0.1:4321' } },
    { name: 'subpath', testIgnore: TIMED, use: { baseURL: `http://127.0.0.1:${PORT + 1}${SUBPATH}` }, metadata: { siteOrigin: 'https://careers.example.edu' } },
    // Timings run alone, once every other test has finished (a busy CPU skews them): the builder's keystrokes, then Lighthouse.
    { name: 'keystroke', testMatch: 'keystroke.spec.ts', dependencies: ['root', 'subpath'], use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'lighthouse', testMatch: 'lighthouse.spec.ts', dependencies: ['keystroke'], use: { baseURL: `http://127.0.0.1:${PORT}/` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts --dir dist-subpath --port ${PORT + 1}`,
      env: { BASE_PATH: SUBPATH },
      url: `http://127.0.0.1:${PORT + 1}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
