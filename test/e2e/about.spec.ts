// The pages a compliance office reads: the accessibility report lists every criterion with a status, and the privacy statement's "never" list holds in the browser.
import { test, expect } from './fixtures';

test('the footer links to the privacy statement and the accessibility report', async ({ page }) => {
  await page.goto('');
  const about = page.getByRole('navigation', { name: 'About this site' });
  await about.getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility conformance report');
  await page.getByRole('navigation', { name: 'About this site' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
});

test('the accessibility report has a row for each WCAG A and AA criterion, each with a VPAT status', async ({ page }) => {
  await page.goto('accessibility/');
  // WCAG 2.1 has 30 level A and 20 level AA criteria; WCAG 2.2 adds 2 at A and 4 at AA: 32 rows and 24 rows.
  await expect(page.locator('#level-a + table tbody tr')).toHaveCount(32);
  await expect(page.locator('#level-aa + table tbody tr')).toHaveCount(24);
  const statuses = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
  for (const status of statuses.slice(0, 56)) expect(['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable']).toContain(status);
  await expect(page.locator('#sc-1-4-10 th')).toHaveText('1.4.10 Reflow');
  await expect(page.locator('#sc-2-4-11 th')).toContainText('(WCAG 2.2)');
  await expect(page.getByText('Report date')).toBeVisible();
  await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('using the timeline sets no cookie and sends none of the answers to the server', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('timeline/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await page.locator('#interview-date').fill('2026-11-16');
  await page.getByRole('button', { name: 'Plan my follow-ups' }).click();
  await expect(page.locator('.tc-steps > li').first()).toBeVisible();
  await page.getByRole('link', { name: /Write this note/ }).first().click();
  await expect(page).toHaveURL(/templates\//);
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((line) => !line.startsWith('GET '))).toEqual([]);
  expect(requests.filter((line) => line.includes('2026-11-16'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('using the template builder keeps what was typed in local storage only: no cookie, no request carries it', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('templates/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const marker = 'Zephyrine Quillfeather';
  await page.locator('#tb-you-name').fill(marker);
  await page.locator('#tb-company').fill('Marigold Logistics');
  // The draft is written a moment after typing stops; wait for it, then leave the page and come back.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('after-the-interview:template-draft') ?? '')).toContain('Marigold Logistics');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['after-the-interview:template-draft']);
  expect(await page.evaluate(() => localStorage.getItem('after-the-interview:template-draft'))).toContain(marker);
  await page.reload();
  await expect(page.locator('#tb-you-name')).toHaveValue(marker);
  expect(requests.filter((line) => line.includes('Zephyrine') || line.includes('Marigold'))).toEqual([]);
  expect(requests.filter((line) => !line.startsWith('GET '))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
