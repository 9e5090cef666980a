// The time each keystroke takes in the template builder with 10 interviewers, measured in the browser: typing in a card's field (every note written again) and typing in a note itself (that note only). Runs alone, after the other browser tests, so no other test shares the CPU.
import type { Page } from '@playwright/test';
import { openBuilder, savedDraft, seedStorage } from './builder-support';
import { test, expect } from './fixtures';

test.use({ locale: 'en-US' });

const PEOPLE = Array.from({ length: 10 }, (_, index) => ({
  name: ['Jane Roe', 'Omar Price', 'Lena Fischer', 'Ravi Menon', 'Ludwig van Beethoven', 'Anne-Marie Lopez', 'Kenji Sato', 'María José de la Cruz', 'Cher', 'Sam Lee'][index]!,
  detail: ['the shared inbox', 'night shift handovers', 'chat replies within two minutes', 'training for new agents', 'the quiet room for hard calls',
    'the customer survey', 'weekly one-to-ones', 'the Spanish help line', 'celebrating solved tickets', 'first-contact fixes'][index]!,
  email: `person${index}@example.com`,
}));

/**
 * Types 120 characters into the element, one input event each (as the browser sends them), and times each from the event
 * to the end of Preact's update (it renders in a microtask, so a message-channel task runs after it) with a forced style
 * and layout read. Effects that run later (saving the draft, the coach's checks after a pause) are not counted.
 */
async function timeKeystrokes(page: Page, id: string): Promise<number[]> {
  return page.evaluate(async (target) => {
    const input = document.getElementById(target) as HTMLInputElement | HTMLTextAreaElement;
    input.focus(); // the field typed in is in view, as it is for a person typing
    const channel = new MessageChannel();
    const afterRender = () => new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const times: number[] = [];
    for (let index = 0; index < 120; index += 1) {
      const start = performance.now();
      input.value += 'abcdefghij'[index % 10];
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await afterRender();
      void document.body.offsetHeight;
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    return times;
  }, id);
}

function median(samples: number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.floor(sorted.length * 0.9)]! };
}

for (const [where, id, check] of [
  ['in a card’s detail (every note written again)', 'tb-p5-detail', /the quiet room for hard callsabcdefghijabcdefghij/],
  ['in a note itself (that note only)', 'tb-p5-text', /abcdefghijabcdefghij$/],
] as const) {
  test(`typing stays fast with 10 interviewers: ${where}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await seedStorage(page, savedDraft(PEOPLE));
    await openBuilder(page);
    await expect(page.locator('.tb-preview__text')).toHaveCount(10);
    const samples = await timeKeystrokes(page, id);
    await expect(page.locator('#tb-p5-text')).toHaveValue(check); // every keystroke reached the note
    const { median: middle, p90 } = median(samples);
    testInfo.annotations.push({ type: 'keystroke', description: `${where}: median ${middle.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms over ${samples.length} keystrokes` });
    console.log(`[${testInfo.project.name}] per keystroke with 10 interviewers, ${where}: median ${middle.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms`);
    // The goal is 2 ms and is missed today: a quiet rehearsal measured a median of 10.3 ms typing in a card's detail
    // (the whole panel written again without caches) and 7.7 ms typing in a note. This test runs on its own, after the
    // others (see playwright.config.ts); its bound keeps headroom over those figures so a busy runner never turns it red,
    // while still catching a change that makes typing several times slower. The coach's checks are not in it: they run
    // once typing pauses (CHECK_DELAY_MS).
    expect(middle).toBeLessThanOrEqual(25);
  });
}
