// The built site as files: every page is in both builds with its own title and base path, every rule's guide section exists, and guides ship no JavaScript.
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config';
import { RULE_IDS, ruleGuidePath } from '../../src/lib/rules';
import { BUILDS, guidePage, guideSlugs, htmlPages, isBuilt, readBuilt } from './support/site';

describe.each(RULE_IDS)('rule %s', (id) => {
  it('links to a guide heading that exists', () => {
    const [pagePath = '', anchor = ''] = ruleGuidePath(id).split('#');
    expect(readBuilt(`${pagePath}index.html`)).toContain(`id="${anchor}"`);
  });
});

describe.each(BUILDS)('the build at $base', ({ dir, base }) => {
  it('has the home page, the guide list, both tools, the about pages and the not-found page', () => {
    const pages = htmlPages(dir);
    for (const page of ['index.html', 'guides/index.html', 'timeline/index.html', 'templates/index.html', 'accessibility/index.html', 'privacy/index.html', '404.html']) expect(pages).toContain(page);
  });

  it('gives every page its own title, naming the site (an embedded tool shares its full page’s title)', () => {
    const pages = htmlPages(dir).filter((page) => !page.startsWith('embed/'));
    const titles = pages.map((page) => /<title>([^<]*)<\/title>/.exec(readBuilt(page, dir))?.[1] ?? '');
    for (const title of titles) expect(title.endsWith(siteConfig.name)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('points every root-relative link and asset at its base path', () => {
    for (const page of htmlPages(dir)) {
      const urls = [...readBuilt(page, dir).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
      for (const url of urls) expect(url.startsWith(base), `${page}: ${url}`).toBe(true);
    }
  });

  it.each(guideSlugs())('builds the guide %s, listed on the guide index', (slug) => {
    expect(isBuilt(`guides/${slug}/index.html`, dir)).toBe(true);
    expect(readBuilt('guides/index.html', dir)).toContain(`href="${base}guides/${slug}/"`);
  });

  it.each(guideSlugs())('ships no JavaScript on the guide %s', (slug) => {
    const page = guidePage(slug, dir);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    expect(page.querySelectorAll('[onclick], [onload], [onerror]')).toHaveLength(0);
  });

  it('ships no JavaScript on the guide index', () => {
    expect(readBuilt('guides/index.html', dir)).not.toMatch(/<script|modulepreload/);
  });
});
