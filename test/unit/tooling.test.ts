// The project's own tooling: which build warnings are silenced, the base a built folder is previewed under, free ports for the browser tests, and no citation of documents outside the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import quietWarnings, { isHarmlessWarning } from '../../src/integrations/quiet-warnings';
import { baseOfBuiltPage, normaliseBase } from '../../scripts/built-base';
import { freePortRun, isPortFree } from '../../scripts/free-port';

const directive = (name: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${name}" in "src/content/guides/timing.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
});

describe('isHarmlessWarning', () => {
  it.each([
    ['Astro’s MDX marker', directive('use astro:head-inject'), true],
    ['another directive', directive('use strict-mode-please'), false],
    ['“use client”, which only @preact/preset-vite silences', directive('use client'), false],
    ['the marker named under another code', { code: 'EVAL', message: '"use astro:head-inject"' }, false],
    ['a warning with no code', { message: 'Something else' }, false],
  ])('%s → %s', (_, warning, expected) => {
    expect(isHarmlessWarning(warning)).toBe(expected);
  });
});

describe('quietWarnings, the Vite plugin', () => {
  type OnLog = (level: string, log: { code?: string; message: string }, handler: (level: string, log: unknown) => void) => void;
  const onLog = (quietWarnings().config as () => { build: { rolldownOptions: { onLog: OnLog } } })().build.rolldownOptions.onLog;

  it('drops the harmless warning before Vite’s handler sees it', () => {
    const handler = vi.fn();
    onLog('warn', directive('use astro:head-inject'), handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['another warning', 'warn', directive('use client')],
    ['an info line that mentions the marker', 'info', directive('use astro:head-inject')],
  ])('hands %s on to Vite’s handler unchanged', (_, level, log) => {
    const handler = vi.fn();
    onLog(level, log, handler);
    expect(handler).toHaveBeenCalledWith(level, log);
  });
});

describe('the base a built folder is previewed under', () => {
  it.each([
    ['/x', '/x/'],
    ['x/', '/x/'],
    ['/career-center/follow-up/', '/career-center/follow-up/'],
    ['', '/'],
    [undefined, '/'],
  ])('normaliseBase(%s) is %s', (value, expected) => expect(normaliseBase(value)).toBe(expected));

  it.each([
    ['a root build', '<link rel="stylesheet" href="/_astro/PageHead.B24zsci1.css">', '/'],
    ['a sub-path build', '<link rel="icon" href="/x/favicon.svg"><link rel="stylesheet" href="/x/_astro/PageHead.B24zsci1.css">', '/x/'],
    ['a deep sub-path, found through a script', '<script type="module" src="/career-center/follow-up/_astro/page.js"></script>', '/career-center/follow-up/'],
    ['a page that links no asset', '<p>Hello</p>', '/'],
  ])('%s', (_, html, expected) => expect(baseOfBuiltPage(html)).toBe(expected));
});

describe('free ports for the browser tests', () => {
  let held: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (held ? held.close(() => resolve()) : resolve())));

  it('sees a port that something listens on as taken', async () => {
    held = createServer();
    await new Promise<void>((resolve) => held!.listen(0, '127.0.0.1', resolve));
    const port = (held.address() as { port: number }).port;
    expect(await isPortFree(port)).toBe(false);
  });

  it('finds two consecutive ports that can both be listened on', async () => {
    const first = await freePortRun(2);
    expect(await isPortFree(first)).toBe(true);
    expect(await isPortFree(first + 1)).toBe(true);
  });
});

describe('the repository stands alone', () => {
  it('cites no document that lives outside it (RULES.md, DESIGN.md, STYLE.md)', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = ['src', 'scripts', 'test', 'docs']
      .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)))
      .concat(['README.md', 'astro.config.mjs', 'site.config.ts', 'playwright.config.ts'].map((f) => path.join(root, f)))
      .filter((file) => /\.(ts|tsx|astro|mjs|md|mdx)$/.test(file) && !file.endsWith('tooling.test.ts'));
    const citing = files.filter((file) => /\b(RULES|DESIGN|STYLE)\.md\b/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    expect(files.length).toBeGreaterThan(100);
    expect(citing).toEqual([]);
  });
});
