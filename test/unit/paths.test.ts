// pathWithBase: internal links stay under whatever sub-path the host chose.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basePath, pathWithBase } from '../../src/utils/paths';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pathWithBase', () => {
  it.each([
    // [base as configured, path asked for, URL expected]
    ['/', 'guides/', '/guides/'],
    ['/', '/timeline/', '/timeline/'],
    ['/', '', '/'],
    ['/career-center/follow-up/', 'guides/', '/career-center/follow-up/guides/'],
    ['/career-center/follow-up', '/guides/why-follow-up/', '/career-center/follow-up/guides/why-follow-up/'],
    ['career-center', 'favicon.svg', '/career-center/favicon.svg'],
    ['//a//', 'pagefind/pagefind.js', '/a/pagefind/pagefind.js'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(pathWithBase(path, base)).toBe(expected);
  });

  it('reads the base from BASE_URL when none is given', () => {
    vi.stubEnv('BASE_URL', '/career-center/follow-up');
    expect(basePath()).toBe('/career-center/follow-up/');
    expect(pathWithBase('templates/')).toBe('/career-center/follow-up/templates/');
  });
});
