// Search, as a person uses it: type a word from a guide in the header, see that guide listed, open it.
import { test, expect } from './fixtures';

test('searching a word from a guide lists that guide and the link opens it', async ({ page, watch }) => {
  await page.goto('');
  const box = page.getByRole('searchbox', { name: 'Search the guides' });
  await box.fill('fumbled');
  await box.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=fumbled/);
  const result = page.locator('#search-results').getByRole('link', { name: 'Why follow up after an interview' });
  await expect(result).toBeVisible();
  await expect(page.getByRole('status')).toContainText('1 guide matches');
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why follow up after an interview');
  expect(watch.offsiteRequests).toEqual([]);
});

test('only guide content is indexed: navigation words find nothing', async ({ page }) => {
  // "Templates" appears in every page's navigation but in no guide's text.
  await page.goto('search/?q=templates');
  await expect(page.getByRole('status')).toContainText('No guide matches');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('a query typed as HTML is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  expect(dialogs).toBe(0);
  await expect(page.locator('#search-results img')).toHaveCount(0);
});
