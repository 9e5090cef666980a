// The guides as built: the advice checklist is covered, numbers come only from the engine, each guide leads to a
// tool, cites its sources, links only to pages and headings that exist, and uses typographic quotes.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/lib/rules';
import { SCENARIO_IDS } from '../../src/lib/templates/index';
import checklist from '../fixtures/advice-checklist.json' with { type: 'json' };
import { ROOT, guideArticle, guideBlocks, guidePage, guideSlugs, guideSource, normalise } from './support/site';

/** The guides the site promises (their slugs are fixed: src/lib/rules.ts and the tools link to them). */
const GUIDES = [
  'why-follow-up', 'thank-you-note', 'timing', 'channels', 'tone-and-formality', 'multiple-interviewers',
  'checking-in', 'after-a-rejection', 'withdrawing', 'staying-in-touch', 'donts', 'where-advice-differs',
];

interface ChecklistItem {
  id: string;
  seeds: string[];
  advice: string;
  guide: string;
  phrases: string[];
}
const items: ChecklistItem[] = checklist.items;
const seedIds = Object.keys(SOURCES);
const seedsDir = path.resolve(ROOT, process.env.SEEDS_DIR ?? '../shared/seeds');

/** A guide's main text, normalised, padded with spaces so phrases match whole words. */
const guideText = new Map(guideSlugs().map((slug) => [slug, ` ${normalise(guideBlocks(slug, { samples: false }).join('\n'))} `]));

describe('the guides', () => {
  it('are all there, and only those', () => {
    expect(guideSlugs()).toEqual([...GUIDES].sort());
  });

  describe.each(GUIDES)('%s', (slug) => {
    const article = guideArticle(slug);
    const page = guidePage(slug);

    it('has one h1 and headings a reader can scan', () => {
      expect(page.querySelectorAll('h1')).toHaveLength(1);
      expect(article.querySelectorAll('h2').length).toBeGreaterThanOrEqual(3);
    });

    it('is short: at most 800 words besides the sample notes', () => {
      const words = normalise(guideBlocks(slug, { samples: false }).join(' ')).split(' ').length;
      expect(words).toBeLessThanOrEqual(800);
    });

    it('types no number into its prose: every digit comes from a component', () => {
      // Remove the front matter and every component tag (<Rule id="T4" />, <RuleNumber … />, <SampleNote … />,
      // <ToolLink …>, </GuideLink>); the prose left over must hold no digit.
      const body = guideSource(slug).replace(/^---\n[\s\S]*?\n---\n/, '');
      const prose = body.replace(/<\/?[A-Z][A-Za-z]*(?:\s[^<>]*)?\/?>/g, ' ');
      const digits = prose.split('\n').filter((line) => /\d/.test(line));
      expect(digits).toEqual([]);
    });

    it('writes sample notes only through <SampleNote>', () => {
      const body = guideSource(slug);
      expect(body).not.toMatch(/^\s*(Subject:|Dear |Hi |Hello )/m);
      expect(article.querySelectorAll('.sample-note').length).toBe((body.match(/<SampleNote\b/g) ?? []).length);
    });

    it('leads to the tool that acts on it', () => {
      const tools = article.querySelectorAll('.tool-link a').map((link) => link.getAttribute('href') ?? '');
      expect(tools.length).toBeGreaterThan(0);
      for (const href of tools) {
        const scenario = /\/templates\/\?scenario=([a-z-]+)$/.exec(href)?.[1];
        if (scenario) expect(SCENARIO_IDS).toContain(scenario);
        else expect(href).toBe('/timeline/');
      }
    });

    it('lists the rules it rests on, each linked to its section, and cites its sources by title', () => {
      const aside = page.querySelector('article aside[data-pagefind-ignore]');
      expect(aside).not.toBeNull();
      const rules = aside?.querySelectorAll('ul')[0]?.querySelectorAll('a') ?? [];
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.getAttribute('href')).toMatch(/^\/guides\/[a-z-]+\/#[a-z-]+$/);
      const cited = aside?.querySelectorAll('cite').map((cite) => cite.textContent) ?? [];
      const titles: string[] = Object.values(SOURCES).map((source) => source.title);
      expect(cited.length).toBeGreaterThan(0);
      for (const title of cited) expect(titles).toContain(title);
      // Every article the checklist says this guide draws on is cited.
      const drawnOn = new Set(items.filter((item) => item.guide === slug).flatMap((item) => item.seeds));
      for (const seed of drawnOn) expect(cited, `cites ${seed}`).toContain(SOURCES[seed as keyof typeof SOURCES].title);
    });

    it('links only to pages and headings that exist', () => {
      for (const link of article.querySelectorAll('a[href^="/"]')) {
        const href = link.getAttribute('href') ?? '';
        const [pathAndQuery = '', anchor] = href.split('#');
        const pagePath = pathAndQuery.split('?')[0] ?? '';
        const file = path.join(ROOT, 'dist', pagePath, pagePath.endsWith('/') ? 'index.html' : '');
        expect(existsSync(file), href).toBe(true);
        if (anchor) expect(guidePage(pagePath.split('/')[2] ?? '').querySelector(`[id="${anchor}"]`), href).not.toBeNull();
      }
    });

    it('uses typographic apostrophes and quotes', () => {
      const text = guideBlocks(slug, { samples: true }).join('\n');
      expect(text.match(/.{0,30}['"].{0,30}/g) ?? []).toEqual([]);
    });
  });
});

describe('the advice checklist (test/fixtures/advice-checklist.json)', () => {
  const missing: string[] = [];

  it('holds every piece of advice from the five articles, each item well formed', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.length).toBeLessThanOrEqual(120);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.seeds.length, item.id).toBeGreaterThan(0);
      for (const seed of item.seeds) expect(seedIds, item.id).toContain(seed);
      expect(GUIDES, item.id).toContain(item.guide);
      expect(item.advice.length, item.id).toBeGreaterThan(10);
      expect(item.phrases.length, item.id).toBeGreaterThan(0);
      for (const phrase of item.phrases) expect(phrase, item.id).toBe(normalise(phrase));
    }
    for (const seed of seedIds) expect(items.some((item) => item.seeds.includes(seed)), `items from ${seed}`).toBe(true);
  });

  it('names seed files that exist, where the articles are present', () => {
    if (!existsSync(seedsDir)) return;
    const files = readdirSync(seedsDir);
    for (const seed of seedIds) expect(files.some((file) => file.startsWith(`${seed}_`)), seed).toBe(true);
  });

  it.each(items.map((item) => [item.id, item] as const))('%s is taught in its guide', (_id, item) => {
    const text = guideText.get(item.guide) ?? '';
    const absent = item.phrases.filter((phrase) => !text.includes(` ${phrase} `));
    if (absent.length > 0) missing.push(item.id);
    expect(absent, `${item.guide}: ${item.advice}`).toEqual([]);
  });

  afterAll(() => {
    const covered = items.length - missing.length;
    const byGuide = GUIDES.map((guide) => ({ guide, items: items.filter((item) => item.guide === guide).length }));
    const bySeed = seedIds.map((seed) => ({ seed, items: items.filter((item) => item.seeds.includes(seed)).length }));
    console.log(`Advice checklist: ${covered} of ${items.length} items covered (${Math.round((covered / Math.max(1, items.length)) * 100)}%).`);
    console.table(byGuide);
    console.table(bySeed);
  });
});
