// Search, as a person uses it: open search from the header, type what they would say, see the right guide without pressing Enter, open it; the words stay in the browser.
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';

// The first search on a page downloads Pagefind and starts its worker: seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

/** What people type, and the guide that must be in the first three results; `first` where it must lead the list. */
const QUERIES: { query: string; guide: string; first?: true }[] = [
  { query: 'ghosted', guide: 'checking-in', first: true },
  { query: 'no reply', guide: 'checking-in', first: true },
  { query: 'haven’t heard back', guide: 'checking-in', first: true },
  { query: 'havent heard back from the recruiter', guide: 'checking-in' },
  { query: 'follow-up email', guide: 'checking-in' },
  { query: 'turned down', guide: 'after-a-rejection', first: true },
  { query: 'rejected', guide: 'after-a-rejection', first: true },
  { query: 'didn’t get the job', guide: 'after-a-rejection', first: true },
  { query: 'ask for feedback', guide: 'after-a-rejection' },
  { query: 'thank you email', guide: 'thank-you-note', first: true },
  { query: 'thank-you letter', guide: 'thank-you-note', first: true },
  { query: 'thankyou', guide: 'thank-you-note', first: true },
  { query: 'thank you', guide: 'thank-you-note', first: true },
  { query: 'second interview', guide: 'multiple-interviewers', first: true },
  { query: 'panel', guide: 'multiple-interviewers', first: true },
  { query: 'several interviewers', guide: 'multiple-interviewers', first: true },
  { query: 'linkedin', guide: 'channels' },
  { query: 'handwritten card', guide: 'channels', first: true },
  { query: 'subject line', guide: 'channels' },
  { query: 'withdraw my application', guide: 'withdrawing', first: true },
  { query: 'no longer interested', guide: 'withdrawing' },
  { query: 'how long should I wait', guide: 'timing' },
  { query: 'competing offer', guide: 'timing' },
  { query: 'first name or Mr', guide: 'tone-and-formality' },
  { query: 'too formal', guide: 'tone-and-formality' },
  { query: 'keep in touch', guide: 'staying-in-touch', first: true },
  { query: 'mistakes to avoid', guide: 'donts', first: true },
  { query: 'interview went badly', guide: 'why-follow-up' },
  { query: 'conflicting advice', guide: 'where-advice-differs', first: true },
  { query: 'typos', guide: 'thank-you-note' },
];

const box = (page: Page) => page.getByRole('searchbox', { name: 'What do you want to know?' });
/** The guide slugs of the listed results, in order. */
const listed = (page: Page) =>
  page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((link) => /guides\/([a-z-]+)\/$/.exec(new URL((link as HTMLAnchorElement).href).pathname)?.[1] ?? ''));

test('the words people use find the right guide, without pressing Enter', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('search/');
  await expect(box(page)).toBeFocused();
  const missed: string[] = [];
  const notFirst: string[] = [];
  for (const { query, guide, first } of QUERIES) {
    await box(page).fill(query);
    await expect(page.getByRole('status')).toContainText(`“${query}”`);
    const slugs = (await listed(page)).slice(0, 3);
    if (!slugs.includes(guide)) missed.push(`${query} → ${slugs.join(', ')}`);
    else if (slugs[0] !== guide) notFirst.push(query);
    if (first && slugs[0] !== guide) missed.push(`${query} should lead with ${guide}: ${slugs.join(', ')}`);
  }
  console.log(`search: ${QUERIES.length} queries, ${QUERIES.length - notFirst.length} with the right guide first; in the top three but not first: ${notFirst.join('; ') || 'none'}`);
  expect(missed).toEqual([]);
  expect(QUERIES.length).toBeGreaterThanOrEqual(25);
  expect(QUERIES.length - notFirst.length, `first for all but: ${notFirst.join('; ')}`).toBeGreaterThanOrEqual(15);
});

test('stop words are never highlighted alone: “thank you” marks “thank”, not every “you”', async ({ page }) => {
  await page.goto('search/');
  await box(page).fill('thank you');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  const marked = await page.locator('#search-results mark').allInnerTexts();
  expect(marked.filter((text) => /^(you|your)$/i.test(text.trim()))).toEqual([]);
  expect(marked.some((text) => /^thank/i.test(text.trim()))).toBe(true);
});

test('results appear soon after the last keystroke, without Enter', async ({ page }) => {
  await page.goto('search/');
  await box(page).focus();
  await page.waitForLoadState('networkidle');
  const timings: number[] = [];
  for (const query of ['ghosted', 'rejected', 'panel', 'linkedin', 'withdraw', 'typos', 'keep in touch', 'thank you', 'formal', 'feedback']) {
    await box(page).fill('');
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    // Type as a person would, then time from the last key to the first result on screen.
    await box(page).pressSequentially(query.slice(0, -1), { delay: 30 });
    const elapsed = await page.evaluate(async (last) => {
      const input = document.querySelector<HTMLInputElement>('#search-query')!;
      const list = document.querySelector('#search-results')!;
      const start = performance.now();
      input.value += last;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (list.children.length > 0 && list.closest('body') && document.querySelector('#search-status')?.textContent?.includes(input.value) ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }, query.slice(-1));
    timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  const median = (timings[4]! + timings[5]!) / 2;
  test.info().annotations.push({ type: 'search timing', description: `median ${median.toFixed(0)} ms after the last keystroke (${timings.map((t) => t.toFixed(0)).join(', ')})` });
  console.log(`search: median ${median.toFixed(0)} ms after the last keystroke`);
  // The goal is 300 ms on loopback; the bound leaves headroom for a busy shared runner.
  expect(median).toBeLessThan(1000);
});

test('a search that finds nothing offers the guide list and the tools', async ({ page }) => {
  await page.goto('search/');
  await box(page).fill('zebra xylophone');
  await expect(page.getByRole('status')).toContainText('No guide matches “zebra xylophone”');
  const other = page.locator('.search-page__suggestions');
  await expect(other).toBeVisible();
  await expect(other.getByRole('link', { name: 'All guides' })).toHaveAttribute('href', /guides\/$/);
  await expect(other.getByRole('link', { name: 'Plan your follow-ups' })).toHaveAttribute('href', /timeline\/$/);
  await expect(other.getByRole('link', { name: 'Write your notes' })).toHaveAttribute('href', /templates\/$/);
  // A search that finds something hides them again.
  await box(page).fill('rejected');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(other).toBeHidden();
});

test('arriving on the search page puts the cursor in the box', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Search the guides' }).click();
  await expect(box(page)).toBeFocused();
});

test('searching a word from a guide lists that guide and the link opens it', async ({ page, watch }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('');
  await page.getByRole('link', { name: 'Search the guides' }).click();
  const box = page.getByRole('searchbox', { name: 'What do you want to know?' });
  await box.fill('fumbled');
  await expect(page).toHaveURL(/search\/#q=fumbled$/);
  const result = page.locator('#search-results').getByRole('link', { name: 'Why follow up after an interview' });
  await expect(result).toBeVisible();
  await expect(page.getByRole('status')).toContainText('1 guide matches');
  // The words searched for never reach the server: no request carries them.
  expect(requested.filter((line) => line.includes('fumbled'))).toEqual([]);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why follow up after an interview');
  expect(watch.offsiteRequests).toEqual([]);
});

test('back and forward rerun earlier searches', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'What do you want to know?' });
  await box.fill('fumbled');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText('1 guide matches “fumbled”');
  await box.fill('templates');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText('No guide matches “templates”');
  await page.goBack();
  await expect(page.getByRole('status')).toContainText('1 guide matches “fumbled”');
  await expect(box).toHaveValue('fumbled');
});

test('an old link with ?q= still searches, and the words move behind the #', async ({ page }) => {
  await page.goto('search/?q=fumbled');
  await expect(page.getByRole('status')).toContainText('1 guide matches');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#q=fumbled');
});

test('only guide content is indexed: navigation words find nothing', async ({ page }) => {
  // "Templates" appears in every page's navigation but in no guide's text.
  await page.goto('search/#q=templates');
  await expect(page.getByRole('status')).toContainText('No guide matches');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('a query typed as HTML is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`search/#q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  expect(dialogs).toBe(0);
  await expect(page.locator('#search-results img')).toHaveCount(0);
});

test('excerpts keep the spaces around each highlighted word', async ({ page }) => {
  // The T10 rule quoted in the guides reads “after a rejection or a long silence”: the word is followed by a space.
  await page.goto('search/#q=rejection');
  await expect(page.locator('#search-results mark').first()).toHaveText(/rejection/i);
  const glued = await page.locator('#search-results mark').evaluateAll((marks) =>
    marks.filter((mark) => /^\p{L}/u.test(mark.nextSibling?.textContent ?? '') || /\p{L}$/u.test(mark.previousSibling?.textContent ?? '')).map((mark) => mark.parentElement?.textContent));
  expect(glued).toEqual([]);
});
