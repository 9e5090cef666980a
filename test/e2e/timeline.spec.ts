// The timeline calculator in a browser: keyboard-only plans for three scenarios, the .ics download, errors, URL state, axe, narrow screens and the embed.
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ locale: 'en-US' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FORMAT = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return FORMAT.format(new Date(Date.UTC(y!, m! - 1, d!)));
};

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the element with this id has focus (keyboard only, as a reader would). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Tab until the focused element's text matches (for the summary and the submit button, which have no id). */
async function tabToText(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.textContent?.trim() === want, text)) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

async function openTool(page: Page, query = ''): Promise<void> {
  await page.goto(`timeline/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

const steps = (page: Page) => page.locator('.tc-steps > li');

test('no date named, no region: thank-you, check-in and last check-in, reaching every control by Tab', async ({ page, watch }) => {
  await openTool(page);
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, 'interview-date');
  await page.locator('#interview-date').fill('2026-11-16'); // Mon 16 Nov 2026
  await tabTo(page, 'interview-end');
  await tabTo(page, 'region');
  await expect(page.locator('#region')).toHaveValue('US'); // en-US picks the US by default …
  await page.keyboard.press('Home'); // … and the reader switches to the first option, “None”.
  await expect(page.locator('#region')).toHaveValue('none');
  await tabToText(page, 'Did they tell you anything else? (optional)');
  await page.keyboard.press('Enter');
  for (const id of ['decision-date', 'check-in-date', 'no-contact', 'offer-deadline', 'outcome-none']) await tabTo(page, id);
  await tabToText(page, 'Plan my follow-ups');
  await page.keyboard.press('Enter');

  const list = steps(page);
  // T1: thank-you by Tue 17 Nov (24 hours; no end time, so the next day).
  await expect(list.nth(0)).toContainText('Send a thank-you note');
  await expect(list.nth(0)).toContainText(day('2026-11-17'));
  // T5: no date named → check in from 8 to 14 days after, each moved to a business day: nextBusinessDay(24 Nov) = Tue 24 Nov to nextBusinessDay(30 Nov) = Mon 30 Nov.
  const checkIn = list.filter({ hasText: 'Check in about the decision' });
  await expect(checkIn).toContainText(`From ${day('2026-11-24')} to ${day('2026-11-30')}`);
  // T6: last check-in a week after the first window opens: nextBusinessDay(1 Dec) = Tue 1 Dec.
  await expect(list.filter({ hasText: 'Send your last check-in' })).toContainText(day('2026-12-01'));
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a decision date next to a US holiday moves the check-in past it', async ({ page }) => {
  await openTool(page);
  await tabTo(page, 'interview-date');
  await page.locator('#interview-date').fill('2026-07-01'); // Wed 1 Jul 2026
  await tabTo(page, 'region');
  await page.keyboard.type('U');
  await expect(page.locator('#region')).toHaveValue('US');
  await tabToText(page, 'Did they tell you anything else? (optional)');
  await page.keyboard.press('Enter');
  await tabTo(page, 'decision-date');
  await page.locator('#decision-date').fill('2026-07-02'); // Thu 2 Jul
  await tabToText(page, 'Plan my follow-ups');
  await page.keyboard.press('Enter');
  // T4: check in from addBusinessDays(decision, 2), the decision day itself not counted:
  // Fri 3 Jul is Independence Day observed, Sat/Sun skipped → Mon 6 Jul is business day 1, Tue 7 Jul is day 2.
  await expect(steps(page).filter({ hasText: 'Check in about the decision' }).first()).toContainText(day('2026-07-07'));
  await expect(page.locator('.tc-plan')).toContainText('Tuesday, July 7, 2026');
});

test('a rejection: a reply and a stay-in-touch note, no more check-ins', async ({ page }) => {
  await openTool(page);
  await tabTo(page, 'interview-date');
  await page.locator('#interview-date').fill('2026-11-02'); // Mon 2 Nov 2026
  await tabToText(page, 'Did they tell you anything else? (optional)');
  await page.keyboard.press('Enter');
  await tabTo(page, 'outcome-none');
  await page.keyboard.press('ArrowDown'); // offer
  await page.keyboard.press('ArrowDown'); // rejection
  await expect(page.locator('#outcome-rejection')).toBeChecked();
  await tabTo(page, 'outcome-date');
  await page.locator('#outcome-date').fill('2026-11-04'); // Wed 4 Nov, before any check-in window (T5 would open Mon 9 Nov)
  await tabToText(page, 'Plan my follow-ups');
  await page.keyboard.press('Enter');
  await expect(steps(page).filter({ hasText: 'Thank them for letting you know' })).toHaveCount(1);
  await expect(steps(page).filter({ hasText: 'stay in touch' })).toHaveCount(1);
  await expect(steps(page).filter({ hasText: /check-in|Check in/ })).toHaveCount(0);
});

test('the calendar file holds one event per step', async ({ page }) => {
  await openTool(page, '#interviewDate=2026-11-16&region=none');
  // Mon 16 Nov 2026, no date named, region none: thank-you (T1), LinkedIn (T12), check-in (T5), last check-in (T8)
  // and, after that silence, one stay-in-touch note (T10): five steps. Waiting for them also waits for the plan
  // the island reads from the address after it hydrates.
  const count = 5;
  await expect(steps(page)).toHaveCount(count);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('follow-up-plan.ics');
  const text = await readFile((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(count);
});

test('an impossible date shows the error summary and keeps the other answers', async ({ page }) => {
  await openTool(page, '#interviewDate=2026-02-30&region=GB&decisionDate=2026-03-05');
  await page.getByRole('button', { name: 'Plan my follow-ups' }).press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link', { name: 'That date doesn’t exist. Check the day and month.' });
  await expect(link).toHaveAttribute('href', '#interview-date');
  await expect(page.locator('#interview-date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#interview-date')).toHaveAttribute('aria-describedby', /interview-date-error/);
  await expect(page.locator('#region')).toHaveValue('GB');
  await expect(page.locator('#decision-date')).toHaveValue('2026-03-05');
  expect(await axeViolations(page)).toEqual([]);
});

test('a reload restores the plan from the address', async ({ page }) => {
  await openTool(page);
  await page.locator('#interview-date').fill('2026-11-16');
  await page.getByRole('button', { name: 'Plan my follow-ups' }).click();
  await expect(page).toHaveURL(/#interviewDate=2026-11-16/);
  expect(new URL(page.url()).search, 'answers stay after the #, never in the query the server sees').toBe('');
  await expect(steps(page)).toHaveCount(5); // T1, T12, T5, T8, T10, as in the calendar test above
  const before = await page.locator('.tc-steps').innerText();
  await page.reload();
  await expect(page.locator('#interview-date')).toHaveValue('2026-11-16');
  await expect.poll(() => page.locator('.tc-steps').innerText()).toBe(before);
});

test('“Write this note” opens the template with the scenario', async ({ page }) => {
  await openTool(page, '#interviewDate=2026-11-16&region=none');
  const link = page.getByRole('link', { name: /Write this note/ }).first();
  await expect(link).toHaveAttribute('href', /templates\/#scenario=[a-z-]+&interviewDate=2026-11-16/);
  const scenario = new URLSearchParams(new URL((await link.getAttribute('href')) ?? '', 'http://127.0.0.1').hash.slice(1)).get('scenario');
  await link.click();
  await expect(page).toHaveURL(/templates\//);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  // The builder shows that scenario chosen and the interview date filled in.
  await expect(page.locator(`#tb-scenario-${scenario}`)).toBeChecked();
  await expect(page.locator('#tb-interview-date')).toHaveValue('2026-11-16');
});

test('“Write this note” for a competing offer carries the offer’s deadline to the template', async ({ page }) => {
  // Mon 16 Nov 2026, another offer due Fri 4 Dec: the plan holds a timeline-update step (T9).
  await openTool(page, '#interviewDate=2026-11-16&region=none&offerDeadline=2026-12-04');
  const link = page.getByRole('link', { name: /Write this note/ }).and(page.locator('[href*="scenario=timeline-update"]'));
  await expect(link).toHaveAttribute('href', /offerDeadline=2026-12-04/);
  await link.click();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('#tb-scenario-timeline-update')).toBeChecked();
  await expect(page.locator('#tb-interview-date')).toHaveValue('2026-11-16');
  await expect(page.locator('#tb-offer-deadline')).toHaveValue('2026-12-04');
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the filled tool does not scroll sideways', async ({ page }) => {
    await openTool(page, '#interviewDate=2026-11-16&region=none&decisionDate=2026-11-20');
    await expect(steps(page).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the embed shows the tool without the site header', async ({ page, watch }) => {
  await page.goto('embed/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan your follow-ups');
  await expect(page.getByRole('button', { name: 'Plan my follow-ups' })).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('the step whose window holds today is marked “Today”', async ({ page }) => {
  // The browser's clock reads Tue 2026-11-17, the day after an interview on Mon 2026-11-16 (region none):
  // thank-you and LinkedIn run 16–17 Nov (T1, T12) and hold today; the check-in (from Tue 24 Nov, T5) does not.
  await page.clock.setFixedTime(new Date(2026, 10, 17, 10, 0));
  await openTool(page, '#interviewDate=2026-11-16&region=none');
  await expect(steps(page).filter({ hasText: 'Today' })).toHaveCount(2);
  await expect(steps(page).first()).toContainText('Today');
  await expect(steps(page).filter({ hasText: 'Check in about the decision' }).first()).not.toContainText('Today');
});
