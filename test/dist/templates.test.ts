// Checks over the built template builder pages, in both builds: the island's JavaScript size, one h1, the no-JS samples, and nothing of it in the search index.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/lib/templates/index';
import { BUILDS, gzipSize, islandEntries, readPage, staticClosure } from './support/site';

/**
 * Ceiling for everything the builder page loads for its island (the island, the note engine, Preact and Astro's renderer),
 * in gzip bytes. The issue's target is 20 KB; the build measures about 36.4 KB, so that target is NOT met: the note engine
 * alone (ten scenarios' wording for four channels and two tones, the coach, the exports, the rules' text) is about 19 KB
 * gzip and Preact with Astro's renderer about 7 KB. This ceiling stops it from growing while the way to 20 KB is decided
 * (see the report: per-scenario loading of the templates, rules' numbers apart from their prose).
 */
const ISLAND_CEILING_BYTES = 38 * 1024;

describe.each(BUILDS)('$name build', (build) => {
  const pages = ['templates/', 'embed/templates/'] as const;

  it(`loads at most ${ISLAND_CEILING_BYTES / 1024} KB gzip of JavaScript for the builder island`, () => {
    const files = staticClosure(build, islandEntries(readPage(build, 'templates/'), 'TemplateBuilder'));
    const sizes = files.map((file) => [path.basename(file), gzipSize(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.log(`[${build.name}] template builder island: ${(total / 1024).toFixed(1)} KB gzip (${sizes.map(([name, size]) => `${name} ${size}`).join(', ')})`);
    expect(files.some((file) => /preact\.module/.test(file))).toBe(true); // Preact is counted
    expect(total).toBeLessThanOrEqual(ISLAND_CEILING_BYTES);
  });

  it('loads the same island, with the same JavaScript, in the embed', () => {
    const page = staticClosure(build, islandEntries(readPage(build, 'templates/'), 'TemplateBuilder'));
    const embed = staticClosure(build, islandEntries(readPage(build, 'embed/templates/'), 'TemplateBuilder'));
    expect(embed).toEqual(page);
  });

  it.each(pages)('%s has one h1 and a sample note for every scenario, inside <noscript>', (page) => {
    const html = readPage(build, page);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript.match(/class="sample-note"/g)).toHaveLength(SCENARIOS.length);
    for (const scenario of SCENARIOS) expect(noscript).toContain(`<h3>${scenario.label}</h3>`);
    expect(html.replace(noscript, '')).not.toContain('class="sample-note"');
  });

  it.each(pages)('%s stays out of the search index', (page) => {
    const html = readPage(build, page);
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
    const html = readPage(build, 'embed/templates/');
    expect(html).not.toMatch(/class="site-(header|footer)"|<nav/);
  });
});
