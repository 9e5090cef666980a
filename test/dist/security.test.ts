// Every built page carries the strict Content-Security-Policy and the referrer policy, and nothing points at another host.
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlPages, readBuilt } from './support/site';

/** The CSP of a page as directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return new Map();
  return new Map(
    (meta[1] ?? '').split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe.each(BUILDS)('pages built at $base', ({ dir }) => {
  const pages = htmlPages(dir);
  it.each(pages)('%s has a strict CSP', (page) => {
    const csp = cspOf(readBuilt(page, dir));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    for (const source of scripts) expect(source).toMatch(/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/);
    for (const source of csp.get('style-src') ?? []) expect(source).toMatch(/^'(self|sha256-[A-Za-z0-9+/=]+)'$/);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
  });

  it.each(pages)('%s sends no referrer and loads nothing from another host', (page) => {
    const html = readBuilt(page, dir);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    // Scripts, styles, images, icons and frames come from this site only (links in the text may point elsewhere).
    expect(html).not.toMatch(/<(script|img|iframe|link)\b[^>]*\s(src|href)="(https?:)?\/\//i);
  });
});
