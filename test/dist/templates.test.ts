// Checks over the built template builder pages, in both builds: the same island in the embed, one h1, the no-JS samples, and nothing of it in the search index (its script size is in budget.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/lib/templates/index';
import { BUILDS, islandsOf, readBuilt } from './support/site';

describe.each(BUILDS)('the build at $base', (build) => {
  const pages = ['templates/', 'embed/templates/'] as const;
  const readPage = (page: string) => readBuilt(`${page}index.html`, build.dir);

  it('loads the same island, with the same JavaScript, in the embed', () => {
    const page = islandsOf('templates/index.html', build.dir, build.base);
    const embed = islandsOf('embed/templates/index.html', build.dir, build.base);
    expect(page.map((island) => island.name)).toEqual(['TemplateBuilder']);
    expect(embed).toEqual(page);
  });

  it.each(pages)('%s has one h1 and a sample note for every scenario, inside <noscript>', (page) => {
    const html = readPage(page);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript.match(/class="sample-note"/g)).toHaveLength(SCENARIOS.length);
    for (const scenario of SCENARIOS) expect(noscript).toContain(`<h3>${scenario.label}</h3>`);
    expect(html.replace(noscript, '')).not.toContain('class="sample-note"');
  });

  it.each(pages)('%s stays out of the search index', (page) => {
    const html = readPage(page);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toMatch(/class="tb-wrap" data-pagefind-ignore/);
  });

  it('the search index holds pages, none of them the builder', () => {
    const folder = path.join(build.dir, 'pagefind', 'fragment');
    const urls = readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '');
      return (JSON.parse(text) as { url: string }).url;
    });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes('templates/'))).toEqual([]);
    expect(urls.every((url) => /\/guides\/[^/]+\/$/.test(url))).toBe(true); // only guides are indexed
  });

  it('the embed carries no site header, navigation or footer', () => {
    const html = readPage('embed/templates/');
    expect(html).not.toMatch(/class="site-(header|footer)"|<nav/);
  });
});
