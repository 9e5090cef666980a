// Search, as a person uses it: open search from the header, type a word from a guide, see that guide listed, open it; the words stay in the browser.
import { test, expect } from './fixtures';

test('searching a word from a guide lists that guide and the link opens it', async ({ page, watch }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('');
  await page.getByRole('link', { name: 'Search the guides' }).click();
  const box = page.getByRole('searchbox', { name: 'What do you want to know?' });
  await box.fill('fumbled');
  await box.press('Enter');
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
