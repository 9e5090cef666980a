// The time each keystroke takes in the template builder with 10 interviewers, measured in the browser: typing in a card's field (every note written again) and typing in a note itself (that note only). Runs alone, after the other browser tests, so no other test shares the CPU.
import type { Page } from '@playwright/test';
import { openBuilder, savedDraft, seedStorage } from './builder-support';
import { test, expect } from './fixtures';

test.use({ locale: 'en-US' });
// One at a time: two browsers typing at once would share the machine's two cores and time each other.
test.describe.configure({ mode: 'serial' });

const PEOPLE = Array.from({ length: 10 }, (_, index) => ({
  name: ['Jane Roe', 'Omar Price', 'Lena Fischer', 'Ravi Menon', 'Ludwig van Beethoven', 'Anne-Marie Lopez', 'Kenji Sato', 'María José de la Cruz', 'Cher', 'Sam Lee'][index]!,
  detail: ['the shared inbox', 'night shift handovers', 'chat replies within two minutes', 'training for new agents', 'the quiet room for hard calls',
    'the customer survey', 'weekly one-to-ones', 'the Spanish help line', 'celebrating solved tickets', 'first-contact fixes'][index]!,
  email: `person${index}@example.com`,
}));

/** One element typed into, and the element whose text must show each keystroke once the builder has updated. */
interface Typing {
  id: string;
  /** Where the typed letters must appear once the page has updated (the note that is written again, or the field). */
  shows: string;
  /** How many letters to type, the first 20 untimed (the field must still take them all). */
  letters: number;
}

/**
 * Types into the element, one input event each (as the browser sends them), and times each letter after the 20th: the builder's
 * own work, from the event to the end of Preact's update (it renders in a microtask, so two awaited microtasks come
 * after it; the page is checked to show the letter by then), and apart from it the browser's style and layout of the
 * page that follows (a forced layout read). What runs after the paint (Preact's effects, which start the timers for
 * saving the draft and for the coach's checks after a pause) and painting are in neither figure.
 */
async function timeKeystrokes(page: Page, typing: Typing): Promise<{ script: number[]; layout: number[]; late: number }> {
  return page.evaluate(async ({ id, shows, letters }) => {
    const input = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
    const shown = document.getElementById(shows) as HTMLInputElement | HTMLTextAreaElement;
    input.focus(); // the field typed in is in view, as it is for a person typing
    const script: number[] = [];
    const layout: number[] = [];
    let typed = '';
    let late = 0;
    // The first 20 letters are not timed: the person has been typing a while, and the page's code is warm.
    for (let index = 0; index < letters; index += 1) {
      const letter = 'abcdefghij'[index % 10]!;
      typed += letter;
      const start = performance.now();
      input.value += letter;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
      await Promise.resolve();
      const updated = performance.now();
      if (!shown.value.includes(typed.slice(-10))) late += 1;
      void document.body.offsetHeight;
      if (index >= 20) {
        script.push(updated - start);
        layout.push(performance.now() - updated);
      }
      // The next letter comes after the page has painted this one and run what follows a paint (Preact's effects), as
      // it does for anyone typing: even a fast typist's keys come many frames apart.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return { script, layout, late };
  }, typing);
}

function median(samples: number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.floor(sorted.length * 0.9)]! };
}

for (const [where, typing, check, bound] of [
  ['in a card’s detail (that note written again)', { id: 'tb-p5-detail', shows: 'tb-p5-text', letters: 120 }, /the quiet room for hard callsabcdefghijabcdefghij/, 8],
  ['in a note itself (that note only)', { id: 'tb-p5-text', shows: 'tb-p5-text', letters: 120 }, /abcdefghijabcdefghij$/, 8],
  ['in the job title (every note written again)', { id: 'tb-role', shows: 'tb-p1-subject', letters: 100 }, /Support Leadabcdefghij/, 12],
] as const) {
  test(`typing stays fast with 10 interviewers: ${where}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await seedStorage(page, savedDraft(PEOPLE));
    await openBuilder(page);
    await expect(page.locator('.tb-preview__text')).toHaveCount(10);
    const { script, layout, late } = await timeKeystrokes(page, typing);
    await expect(page.locator(`#${typing.shows}`)).toHaveValue(check); // every keystroke reached the note
    expect(late).toBe(0); // and each had reached it when its time was taken
    const work = median(script);
    const browser = median(layout);
    const figure = `median ${work.median.toFixed(2)} ms (p90 ${work.p90.toFixed(2)}) of the builder’s work, then ${browser.median.toFixed(2)} ms of the browser’s layout`;
    testInfo.annotations.push({ type: 'keystroke', description: `${where}: ${figure}` });
    console.log(`[${testInfo.project.name}] per keystroke with 10 interviewers, ${where}: ${figure}`);
    // The goal is 2 ms of the builder's work per keystroke. Quiet runs on a 2-core machine, one test at a time,
    // measured medians of 1.7–1.9 ms in a card's detail and 1.2–1.3 ms in a note (the goal is met there), and 3.3–4.7 ms
    // in the job title, which every note names, so all ten notes are written again (the goal is missed there). Each is
    // followed by the browser's own layout: 1.3–1.5 ms for one note, 6–7 ms when ten notes change; a bare change of a
    // field's text costs the browser 1.0–2.0 ms as well. The bounds keep headroom over those figures so a busy runner
    // never turns this red, while still catching a change that makes typing several times slower. The coach's checks are
    // not in it: they run once typing pauses (CHECK_DELAY_MS).
    expect(work.median).toBeLessThanOrEqual(bound);
  });
}
