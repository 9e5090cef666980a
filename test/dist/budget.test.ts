// Size budgets over the root build, gzip as a static host serves it: guides ship no script and ≤ 14 KB of HTML+CSS; each island ≤ 20 KB of script, bar the recorded exceptions.
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDE_HTML_CSS_BUDGET, OVER_BUDGET, islandBudget } from '../budgets';
import { gzipSize, htmlPages, islandsOf, readBuilt, stylesheetsOf } from './support/site';

const KB = 1024;

const measured: Record<string, string> = {};
afterAll(() => console.table(measured));

/** The gzip size of each file, added up (each file is compressed and served on its own). */
const servedSize = (files: string[]) => files.reduce((sum, file) => sum + gzipSize(readBuilt(file)), 0);

describe('guide pages', () => {
  const guides = htmlPages().filter((page) => /^guides\/[^/]+\/index\.html$/.test(page));
  it.each(guides)('%s: HTML + CSS within 14 KB gzip, no script', (page) => {
    const html = readBuilt(page);
    expect(html).not.toMatch(/<script\b/i);
    expect(islandsOf(page)).toEqual([]);
    const size = gzipSize(html) + servedSize(stylesheetsOf(page));
    measured[`${page} HTML+CSS`] = `${(size / KB).toFixed(1)} KB`;
    expect(size).toBeLessThanOrEqual(GUIDE_HTML_CSS_BUDGET);
  });
});

describe('islands', () => {
  const pagesWithIslands = htmlPages().filter((page) => islandsOf(page).length > 0);
  it('exist on the tool pages', () => {
    expect(pagesWithIslands).toContain('timeline/index.html');
  });
  it.each(pagesWithIslands)('%s: each island’s script, Preact included, within 20 KB gzip (or its recorded ceiling)', (page) => {
    for (const island of islandsOf(page)) {
      expect(island.files.some((file) => file.includes('preact'))).toBe(true);
      const size = servedSize(island.files);
      measured[`${page} ${island.name} JS`] = `${(size / KB).toFixed(1)} KB (${island.files.length} files)`;
      expect(size, `${island.name}: ${island.files.join(', ')}`).toBeLessThanOrEqual(islandBudget(island.name));
    }
  });

  it('holds both tools to the 20 KB budget itself, with no island over it', () => {
    expect(OVER_BUDGET).toEqual({});
    expect(islandsOf('timeline/index.html').map((island) => island.name)).toEqual(['TimelineCalculator']);
    expect(islandsOf('templates/index.html').map((island) => island.name)).toEqual(['TemplateBuilder']);
  });
});
