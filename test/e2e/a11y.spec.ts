// What axe-core cannot check, done as a person would: keyboard order, visible and unobscured focus, no keyboard trap, reflow at 320 px and 200 % zoom, text spacing, reduced motion, consistent navigation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Pages and tool states a reader meets; `seed` is a saved builder draft put in place before load, `clock` fixes the browser's time before it loads, `fill` runs after load to reach the state. */
interface PageState { path: string; name: string; seed?: string; fill?: (page: Page) => Promise<void>; clock?: string }

const hydrated = async (page: Page) => { await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/); };
const BUILDER_PEOPLE = [
  { name: 'Jane Roe', detail: 'the plan to move support tickets into one shared inbox', email: 'jane.roe@example.com' },
  { name: 'Omar Price', detail: 'how the night shift hands over open cases', email: 'omar.price@example.com' },
];

const planTimeline = async (page: Page) => {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('.tc-steps > li').first()).toBeVisible();
};

export const PAGE_STATES: PageState[] = [
  { path: '', name: 'home' },
  { path: 'guides/', name: 'guide list' },
  { path: 'guides/why-follow-up/', name: 'a guide' },
  { path: 'timeline/', name: 'timeline, empty', fill: async (page) => { await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/); } },
  { path: 'timeline/#interviewDate=2026-11-16&region=US&decisionDate=2026-11-20', name: 'timeline, planned', fill: planTimeline },
  { path: 'embed/timeline/#interviewDate=2026-11-16&region=none', name: 'embedded timeline, planned', fill: planTimeline },
  // The same 4:30 PM interview at 9 AM the next day (due in hours), and a rejection's plan two days on (late, with the order of what is due).
  { path: 'timeline/#interviewDate=2026-12-01&interviewEnd=16:30&region=US', name: 'timeline, thank-you due in hours', fill: planTimeline, clock: '2026-12-02T09:00:00' },
  { path: 'timeline/#interviewDate=2026-11-02&outcomeKind=rejection&outcomeDate=2026-11-03&region=US', name: 'timeline, late and in order', fill: planTimeline, clock: '2026-11-04T10:00:00' },
  { path: 'timeline/#interviewDate=2026-11-16&noContact=maybe', name: 'timeline, a yes/no answer that is neither', fill: async (page) => { await expect(page.locator('#no-contact-error')).toBeVisible({ timeout: 15_000 }); } },
  { path: 'templates/', name: 'template builder, empty', fill: async (page) => { await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/); } },
  { path: 'templates/#scenario=check-in&interviewDate=2026-11-16&company=Harborline%20Foods&role=Operations%20Coordinator', name: 'template builder, filled from a link', fill: async (page) => {
    await hydrated(page);
    await expect(page.locator('#tb-scenario-check-in')).toBeChecked();
    await expect(page.locator('#tb-chosen-text')).toContainText('Check in on the decision');
  } },
  { path: 'templates/', name: 'template builder, choices open', fill: async (page) => {
    await hydrated(page);
    await page.locator('#tb-choices-change').click();
    await expect(page.locator('#tb-scenario-thank-you')).toBeFocused();
    await startAtTop(page);
  } },
  { path: 'templates/', name: 'template builder, written notes with their checks and more ways to send', seed: builderDraft(BUILDER_PEOPLE), fill: async (page) => {
    await hydrated(page);
    await expect(page.locator('#tb-p2-text')).toHaveValue(/night shift/);
    await expect(page.locator('#tb-p1-checks-summary')).toHaveText(/checks? passed/);
    await page.locator('#tb-card-p1 .tb-more > summary').click();
    await page.locator('#tb-card-p1 .tb-passes > summary').click();
    await startAtTop(page);
  } },
  { path: 'templates/', name: 'template builder, an edited note whose answers changed', seed: builderDraft(BUILDER_PEOPLE, {}, { text: 'Dear Jane Roe,\n\nMy own words.', base: 'an older note' }), fill: async (page) => {
    await hydrated(page);
    await expect(page.getByText('Your answers changed: rewrite this note?')).toBeVisible();
  } },
  { path: 'templates/', name: 'template builder, a check-in to the main contact', seed: builderDraft(BUILDER_PEOPLE, { scenario: 'check-in' }), fill: async (page) => {
    await hydrated(page);
    await expect(page.getByRole('group', { name: 'Who gets this note?' })).toBeVisible();
    await expect(page.locator('#tb-p1-text')).toBeVisible();
  } },
  { path: 'embed/templates/', name: 'embedded template builder', fill: async (page) => { await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/); } },
  { path: 'search/#q=interview', name: 'search results', fill: async (page) => { await expect(page.locator('#search-results li').first()).toBeVisible(); } },
  { path: 'accessibility/', name: 'accessibility report' },
  { path: 'privacy/', name: 'privacy statement' },
  { path: '404.html', name: 'not found' },
];

/** A saved builder draft: the people, changes to the shared answers, and an edit of the first note. */
function builderDraft(people: typeof BUILDER_PEOPLE, extra: Record<string, unknown> = {}, edit?: { text: string; base: string }): string {
  return JSON.stringify({
    version: 1,
    draft: {
      scenario: 'thank-you', channel: 'email', tone: 'formal',
      you: { name: 'Noor Haddad', email: 'noor.haddad@example.org', phone: '555-0134', address: '' },
      company: 'Acme Tools', role: 'Support Lead', interviewDate: '', fit: 'my four years running a help desk',
      promised: '', news: '', offerDeadline: '', startDate: '', others: '',
      interviewers: people.map((person, index) => ({ honorific: '', title: '', ...person, ...(index === 0 && edit ? { edit } : {}) })),
      ...extra,
    },
  });
}

/** Puts the keyboard's starting point back at the top of the page after a state was reached by clicking, as on a fresh visit. */
async function startAtTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

async function open(page: Page, state: PageState): Promise<void> {
  if (state.clock) await page.clock.setFixedTime(new Date(state.clock));
  if (state.seed) {
    await page.addInitScript(([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(key, value);
    }, ['after-the-interview:template-draft', state.seed] as const);
  }
  await page.goto(state.path);
  if (state.fill) await state.fill(page);
}

interface FocusStop { label: string; top: number; bottom: number; left: number; right: number; visible: boolean; unobscured: boolean; inViewport: boolean }

/** Presses Tab until focus comes back to where it started, recording each stop; fails if that never happens (a trap). */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < 150; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): FocusStop | null => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      // A link that wraps onto two lines has an empty middle: probe the middle of its first line box.
      const box = element.getClientRects()[0] ?? rect;
      const cx = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const cy = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(cx, cy);
      const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
      return {
        label,
        top: rect.top + scrollY,
        bottom: rect.bottom + scrollY,
        left: rect.left + scrollX,
        right: rect.right + scrollX,
        visible: outline || style.boxShadow !== 'none',
        unobscured: !!hit && (hit === element || element.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === element)),
        inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      };
    });
    if (stop === null) continue; // focus left the page for the browser's own controls
    if (stops.length > 0 && stop.label === stops[0]?.label && Math.abs(stop.top - (stops[0]?.top ?? 0)) < 1) return stops;
    stops.push(stop);
  }
  throw new Error(`Tab never came back to the first stop (${stops[0]?.label}): a keyboard trap? Last: ${stops.at(-1)?.label}`);
}

/** Stops that come before an earlier one in reading order: higher up, or to the left on the same line. */
function outOfOrder(stops: FocusStop[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const sameLine = b.top < a.bottom - 2 && a.top < b.bottom - 2;
    const ok = sameLine ? b.left >= a.left - 2 : b.top >= a.bottom - 2;
    if (!ok) problems.push(`${a.label} → ${b.label}`);
  }
  return problems;
}

for (const state of PAGE_STATES) {
  test.describe(`${state.name} (/${state.path})`, () => {
    for (const width of [375, 1280]) {
      test(`keyboard at ${width} px: Tab follows the reading order, focus always visible and unobscured, no trap`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await open(page, state);
        const stops = await tabThrough(page);
        expect(stops.length).toBeGreaterThan(3);
        expect(stops[0]?.label).toContain('Skip to content');
        expect(outOfOrder(stops)).toEqual([]);
        expect(stops.filter((stop) => !stop.visible).map((stop) => stop.label), 'focus indicator missing').toEqual([]);
        expect(stops.filter((stop) => !stop.inViewport || !stop.unobscured).map((stop) => stop.label), 'focused element hidden').toEqual([]);
      });
    }

    for (const [name, viewport] of [['320 px wide', { width: 320, height: 640 }], ['200 % zoom of a 1280 px window', { width: 640, height: 400 }]] as const) {
      test(`reflow at ${name}: nothing scrolls sideways or is cut off`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await open(page, state);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push(`page scrolls sideways by ${document.documentElement.scrollWidth - document.documentElement.clientWidth} px`);
          for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
            if (element.closest('.sr-only, [hidden], noscript, script, style, template')) continue;
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            if (rect.right > innerWidth + 1 || rect.left < -1) found.push(`${element.tagName.toLowerCase()}.${element.className} sticks out (${Math.round(rect.left)}–${Math.round(rect.right)})`);
          }
          return found;
        });
        expect(problems).toEqual([]);
      });
    }

    test.describe(() => {
      // A reader's text-spacing bookmarklet or extension is not bound by the page's CSP; the test's added style must not be either.
      test.use({ bypassCSP: true });
    test('text spacing overrides (WCAG 1.4.12) clip no text', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await open(page, state);
      await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }' });
      const clipped = await page.evaluate(() => {
        const found: string[] = [];
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('page scrolls sideways');
        for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
          if (element.closest('.sr-only, [hidden], noscript')) continue;
          // A text box scrolls its own text by design: a long value is not clipped, it is reached by moving in the box.
          if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) continue;
          const style = getComputedStyle(element);
          // Text hidden for the eye but read by screen readers (the sr-only pattern, as the phone header's search label uses) is not clipped text.
          if (style.clipPath === 'inset(50%)') continue;
          const clips = [style.overflowX, style.overflowY].some((value) => value !== 'visible');
          if (clips && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
        }
        return found;
      });
      expect(clipped).toEqual([]);
    });
    });

    test('in dark mode every text meets WCAG AA contrast', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, state);
      const axe = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect(axe.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
      // The check really ran on light text over a dark page.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    });

    test('with reduced motion asked for, nothing moves', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, state);
      const moving = await page.evaluate(() => {
        const found: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
        for (const element of [document.documentElement, ...document.body.querySelectorAll<HTMLElement>('*')]) {
          const style = getComputedStyle(element);
          const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].map((value) => parseFloat(value));
          if (durations.some((seconds) => seconds > 0.01) && (style.animationName !== 'none' || style.transitionProperty !== 'none')) found.push(element.tagName.toLowerCase());
        }
        return found;
      });
      expect(moving).toEqual([]);
    });
  });
}

test('navigation, search and the help line are the same, in the same place, on every page', async ({ page }) => {
  const seen = new Set<string>();
  for (const state of PAGE_STATES.filter((item) => !item.path.startsWith('embed/'))) {
    await page.goto(state.path);
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    const search = await page.locator('header .search-link').count();
    const help = await page.locator('footer p').first().innerText();
    seen.add(JSON.stringify({ nav, search, help }));
  }
  expect(seen.size).toBe(1);
  const only = JSON.parse([...seen][0] ?? '{}') as { nav: string[]; search: number };
  expect(only.nav).toEqual(['Guides', 'Timeline', 'Templates']);
  expect(only.search).toBe(1);
});

test('the fields about the reader say what they hold, so browsers can fill them in (WCAG 1.3.5)', async ({ page }) => {
  await page.goto('templates/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByLabel('Your full name')).toHaveAttribute('autocomplete', 'name');
  await expect(page.locator('#tb-you-email')).toHaveAttribute('autocomplete', 'email');
  await expect(page.locator('#tb-you-phone')).toHaveAttribute('autocomplete', 'tel');
});
