// The project's own tooling: which build warnings are silenced, the base a built folder is previewed under, and free ports for the browser tests.
import { createServer, type Server } from 'node:net';
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
  type Handler = (warning: { code?: string; message: string }, warn: (w: unknown) => void) => void;
  const wrap = (previous?: Handler) => {
    const hook = quietWarnings().config as (config: object) => { build: { rollupOptions: { onwarn: Handler } } };
    return hook(previous ? { build: { rollupOptions: { onwarn: previous } } } : {}).build.rollupOptions.onwarn;
  };

  it('drops the harmless warning before the earlier handler or Vite sees it', () => {
    const previous = vi.fn();
    const warn = vi.fn();
    wrap(previous)(directive('use astro:head-inject'), warn);
    expect(previous).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('hands every other warning to the handler set before it', () => {
    const previous = vi.fn();
    const other = directive('use client');
    wrap(previous)(other, vi.fn());
    expect(previous).toHaveBeenCalledWith(other, expect.any(Function));
  });

  it('prints every other warning through Vite when no handler was set', () => {
    const warn = vi.fn();
    const other = { code: 'CIRCULAR', message: 'a → b → a' };
    wrap()(other, warn);
    expect(warn).toHaveBeenCalledWith(other);
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
