// Size budgets over the root build, gzip as a static host serves it: guides ship no script and ≤ 14 KB of HTML+CSS; each island ≤ 20 KB of script, bar the recorded exceptions.
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, htmlPages, islandsOf, readBuilt, stylesheetsOf } from './support/site';

const KB = 1024;
export const GUIDE_HTML_CSS_BUDGET = 14 * KB;
export const ISLAND_JS_BUDGET = 20 * KB;
/**
 * Islands over the 20 KB budget, each with the ceiling that stops it growing and why it is over. The template
 * builder measures about 36.5 KB: the note engine it runs on every keystroke (ten scenarios' wording, the coach,
 * the exports, the rules' text) is about 19 KB gzip before the page's own code and Preact. Bringing it to 20 KB
 * (loading each scenario's wording on demand, the exports on click, the rules' sentences apart from their numbers)
 * is open work; until then it may not grow past this ceiling.
 */
export const OVER_BUDGET: Readonly<Record<string, number>> = { TemplateBuilder: 38 * KB };

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
      expect(size, `${island.name}: ${island.files.join(', ')}`).toBeLessThanOrEqual(OVER_BUDGET[island.name] ?? ISLAND_JS_BUDGET);
    }
  });

  it('holds the timeline calculator to the 20 KB budget itself', () => {
    expect(OVER_BUDGET.TimelineCalculator).toBeUndefined();
    expect(islandsOf('timeline/index.html').map((island) => island.name)).toEqual(['TimelineCalculator']);
  });
});
