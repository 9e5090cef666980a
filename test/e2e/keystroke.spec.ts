// The time each keystroke takes in the template builder with 10 interviewers, measured in the browser as the note is written and the preview changes. Runs alone, after the other browser tests, so no other test shares the CPU.
import { openBuilder, savedDraft, seedStorage } from './builder-support';
import { test, expect } from './fixtures';

test.use({ locale: 'en-US' });

test('typing stays fast with 10 interviewers (main-thread work per keystroke)', async ({ page }, testInfo) => {
  const people = Array.from({ length: 10 }, (_, index) => ({
    name: ['Jane Roe', 'Omar Price', 'Lena Fischer', 'Ravi Menon', 'Ludwig van Beethoven', 'Anne-Marie Lopez', 'Kenji Sato', 'María José de la Cruz', 'Cher', 'Sam Lee'][index]!,
    detail: ['the shared inbox', 'night shift handovers', 'chat replies within two minutes', 'training for new agents', 'the quiet room for hard calls',
      'the customer survey', 'weekly one-to-ones', 'the Spanish help line', 'celebrating solved tickets', 'first-contact fixes'][index]!,
    email: `person${index}@example.com`,
  }));
  await seedStorage(page, savedDraft(people));
  await openBuilder(page);
  await expect(page.locator('.tb-preview__text')).toHaveCount(10);
  // Each sample: one character typed into the fifth card's detail (input event, as the browser sends it), Preact's
  // update and DOM changes, then a forced style and layout read, timed until the mutation observer sees the preview
  // change (it runs right after the render's microtask). Effects that run later (saving the draft) are not counted.
  const samples = await page.evaluate(async () => {
    const input = document.getElementById('tb-p5-detail') as HTMLInputElement;
    input.focus(); // the card typed in is in view, as it is for a person typing
    const cards = document.querySelector('.tb-cards')!;
    const times: number[] = [];
    for (let index = 0; index < 120; index += 1) {
      times.push(await new Promise<number>((resolve) => {
        let start = 0;
        const giveUp = setTimeout(() => resolve(Number.NaN), 2000);
        const observer = new MutationObserver(() => {
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - start);
          clearTimeout(giveUp);
        });
        observer.observe(cards, { subtree: true, childList: true, characterData: true });
        start = performance.now();
        input.value += 'abcdefghij'[index % 10];
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }));
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    return times;
  });
  expect(samples.filter(Number.isNaN)).toEqual([]); // every keystroke changed the preview
  await expect(page.locator('#tb-p5-text')).toContainText('the quiet room for hard callsabcdefghijabcdefghij');
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
  testInfo.annotations.push({ type: 'keystroke', description: `median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms over ${sorted.length} keystrokes` });
  console.log(`[${testInfo.project.name}] per keystroke with 10 interviewers: median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms`);
  // The goal is 2 ms; this test runs on its own, after the others (see playwright.config.ts), and the bound leaves room
  // for a shared runner. The coach's checks are not in it: they run once typing pauses (CHECK_DELAY_MS).
  expect(median).toBeLessThanOrEqual(6);
});
