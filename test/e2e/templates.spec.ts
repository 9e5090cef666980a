// The template builder in a browser, used as a person would: keyboard-only notes for two interviewers, copy, mailto, .eml and .txt, alike notes, hostile text, drafts, the link from the timeline, errors, reordering, axe, narrow screens, no JavaScript, the embed and a note engine that cannot be downloaded (keystroke.spec.ts times the typing).
import AxeBuilder from '@axe-core/playwright';
import PostalMime from 'postal-mime';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ruleGuidePath } from '../../src/lib/rules';
import { STORAGE_KEY, openBuilder, savedDraft, seedStorage } from './builder-support';
import { test, expect } from './fixtures';

test.use({ locale: 'en-US' });
// An axe sweep of the filled builder takes tens of seconds on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const HOSTILE = '<script>alert(1)</script>';

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the element with this id has focus (keyboard only, as a reader would). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

const TWO_PEOPLE = [
  { name: 'Jane Roe', detail: 'the plan to move support tickets into one shared inbox', email: 'jane.roe@example.com' },
  { name: 'Omar Price', detail: 'how the night shift hands over open cases', email: 'omar.price@example.com' },
];

/** A note's text box (the note can be changed in place). */
const noteText = (page: Page, card: string) => page.locator(`#tb-${card}-text`);
/** Matches a value that holds the text anywhere, in any case (typed text that opens a sentence gets a capital). */
const has = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

/** Opens the folded choices (situation, channel, tone) with their “Change” button. */
async function openChoices(page: Page): Promise<void> {
  await page.locator('#tb-choices-change').click();
  await expect(page.locator('#tb-choices-done')).toBeVisible();
}

/** Opens “More ways to send” under a card's note. */
async function openMore(page: Page, card: string): Promise<void> {
  await page.locator(`#tb-card-${card} .tb-more > summary`).click();
}

test('two interviewers filled in with the keyboard only: each preview holds every detail', async ({ page, watch }) => {
  test.setTimeout(120_000); // some 400 keystrokes, each re-writing and re-checking both notes, on a shared machine
  await openBuilder(page);
  expect(await axeViolations(page)).toEqual([]); // the empty state

  await tabTo(page, 'tb-choices-change');
  await page.keyboard.press('Enter'); // the folded choices open, the situation chosen takes the focus
  await expect(page.locator('#tb-scenario-thank-you')).toBeFocused();
  await expect(page.locator('#tb-scenario-thank-you')).toBeChecked();
  await tabTo(page, 'tb-tone-formal');
  await page.keyboard.press('ArrowDown'); // warm
  await expect(page.locator('#tb-tone-warm')).toBeChecked();
  await typeInto(page, 'tb-you-name', 'Noor Haddad');
  await typeInto(page, 'tb-company', 'Acme Tools');
  await typeInto(page, 'tb-role', 'Support Lead');
  await typeInto(page, 'tb-p1-name', TWO_PEOPLE[0]!.name);
  await typeInto(page, 'tb-p1-email', TWO_PEOPLE[0]!.email);
  await typeInto(page, 'tb-p1-detail', TWO_PEOPLE[0]!.detail);
  await tabTo(page, 'tb-add');
  await page.keyboard.press('Enter');
  await expect(page.locator('#tb-p2-name')).toBeFocused(); // a new card takes the focus at its first field
  await page.keyboard.type(TWO_PEOPLE[1]!.name);
  await typeInto(page, 'tb-p2-email', TWO_PEOPLE[1]!.email);
  await typeInto(page, 'tb-p2-detail', TWO_PEOPLE[1]!.detail);
  // The optional answers every note shares come after the people.
  await typeInto(page, 'tb-you-email', 'noor.haddad@example.org');
  await typeInto(page, 'tb-you-phone', '555-0134');
  await typeInto(page, 'tb-interview-date', '11162026');
  await expect(page.locator('#tb-interview-date')).toHaveValue('2026-11-16');
  await typeInto(page, 'tb-fit', 'my four years running a help desk');
  await typeInto(page, 'tb-promised', 'the link to my onboarding guide');

  for (const [index, person] of TWO_PEOPLE.entries()) {
    const text = noteText(page, `p${index + 1}`);
    const first = person.name.split(' ')[0]!;
    await expect(text).toHaveValue(has(`Hi ${first},`)); // warm tone greets by first name (C4)
    for (const part of [person.detail, 'Noor Haddad', 'noor.haddad@example.org', '555-0134', 'the link to my onboarding guide']) {
      await expect(text).toHaveValue(has(part));
    }
    // The shared fit goes into every third note of a panel, from the first (not pasted into every note).
    if (index === 0) await expect(text).toHaveValue(has('my four years running a help desk'));
    await expect(page.locator(`#tb-p${index + 1}-subject`)).toHaveValue('Thank you – Support Lead interview');
  }
  // Each note carries only its own person's detail.
  await expect(noteText(page, 'p1')).not.toHaveValue(has(TWO_PEOPLE[1]!.detail));
  await expect(noteText(page, 'p2')).not.toHaveValue(has(TWO_PEOPLE[0]!.detail));
  await expect(page.locator('.tb-alike')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]); // the filled state
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts the exact note on the clipboard and says so', async ({ page }) => {
    await seedStorage(page, savedDraft(TWO_PEOPLE));
    await openBuilder(page);
    const text = noteText(page, 'p2');
    await expect(text).toHaveValue(has(TWO_PEOPLE[1]!.detail));
    const shown = await text.inputValue();
    await page.getByRole('button', { name: 'Copy note to Omar Price' }).press('Enter');
    const status = page.locator('#tb-card-p2 .tb-status');
    await expect(status).toHaveText(/Copied the note to Omar Price/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toMatch(/^Dear Omar Price,\n\n/);

    await openMore(page, 'p2');
    await page.getByRole('button', { name: 'Copy subject of the note to Omar Price' }).click();
    await expect(status).toHaveText(/Copied the subject line/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Thank you – Support Lead interview');
  });
});

test('“Open in email app” is a mailto link that decodes to the same address, subject and body', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  await expect(noteText(page, 'p1')).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  const body = (await noteText(page, 'p1').inputValue()) ?? '';
  await openMore(page, 'p1');
  const href = (await page.getByRole('link', { name: 'Open in email app: note to Jane Roe' }).getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:jane.roe@example.com?')).toBe(true);
  const fields = Object.fromEntries(href.slice(href.indexOf('?') + 1).split('&').map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, decodeURIComponent(value)];
  }));
  expect(fields).toEqual({ subject: 'Thank you – Support Lead interview', body: body.replaceAll('\n', '\r\n') });
});

test('the .eml download parses with the right headers and the note as its body; .txt holds subject and note', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  await expect(noteText(page, 'p1')).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  const body = (await noteText(page, 'p1').inputValue()) ?? '';
  await openMore(page, 'p1');

  const [eml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml of the note to Jane Roe' }).click()]);
  expect(eml.suggestedFilename()).toBe('thank-you-jane-roe-acme-tools.eml');
  const raw = await readFile((await eml.path())!, 'utf8');
  const email = await PostalMime.parse(raw);
  expect(email.from).toMatchObject({ name: 'Noor Haddad', address: 'noor.haddad@example.org' });
  expect(email.to).toEqual([expect.objectContaining({ name: 'Jane Roe', address: 'jane.roe@example.com' })]);
  expect(email.subject).toBe('Thank you – Support Lead interview');
  expect(email.headers.find((header) => header.key === 'x-unsent')?.value).toBe('1');
  expect((email.text ?? '').replace(/\r\n/g, '\n').trim()).toBe(body);
  await expect(page.locator('#tb-card-p1 .tb-status')).toHaveText(/Downloaded the note to Jane Roe as an email draft/);

  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .txt of the note to Jane Roe' }).click()]);
  expect(txt.suggestedFilename()).toBe('thank-you-jane-roe-acme-tools.txt');
  expect(await readFile((await txt.path())!, 'utf8')).toBe(`Subject: Thank you – Support Lead interview\n\n${body}\n`);
});

test('the same detail for two people raises the warning, and it goes when one changes', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  await expect(noteText(page, 'p2')).toHaveValue(has(TWO_PEOPLE[1]!.detail));
  await expect(page.locator('.tb-alike')).toHaveCount(0);
  await page.locator('#tb-p2-detail').fill(TWO_PEOPLE[0]!.detail);
  const alike = page.locator('.tb-alike');
  await expect(alike).toContainText('The notes to Jane Roe and Omar Price read alike.');
  await expect(alike.locator('xpath=..')).toHaveAttribute('role', 'status');
  for (const card of ['p1', 'p2']) {
    await expect(page.locator(`#tb-card-${card} .tb-finding--warn`).filter({ hasText: /Another note uses the same detail|reads \d+% the same/ })).toHaveCount(1);
  }
  expect(await axeViolations(page)).toEqual([]); // the warning state
  await page.locator('#tb-p2-detail').fill('the rota for weekend cover');
  await expect(alike).toHaveCount(0);
});

test('hostile text typed in every field shows as text and runs nothing', async ({ page, watch }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await openBuilder(page);
  const scriptsBefore = await page.locator('script').count();
  await openChoices(page);
  await page.locator('#tb-channel-letter').check(); // a letter shows every text field, the postal address too
  const fields = ['tb-you-name', 'tb-you-phone', 'tb-you-address', 'tb-company', 'tb-role', 'tb-fit', 'tb-promised', 'tb-others', 'tb-p1-name', 'tb-p1-title', 'tb-p1-detail'];
  for (const id of fields) await page.locator(`#${id}`).fill(`${id} ${HOSTILE}`);
  const text = noteText(page, 'p1');
  await expect(text).toHaveValue(has(`tb-p1-detail ${HOSTILE}`));
  for (const id of ['tb-you-name', 'tb-you-address', 'tb-p1-title']) await expect(text).toHaveValue(has(`${id} ${HOSTILE}`));
  expect(await text.evaluate((element) => element.childElementCount)).toBe(0); // the note is one text node, no markup
  expect(await page.locator('script').count()).toBe(scriptsBefore);
  await expect(page.locator('#tb-p1-heading')).toContainText(HOSTILE);
  // The email fields take the same text as a wrong address, shown as an error in words.
  await page.locator('#tb-you-email').fill(HOSTILE);
  await page.getByRole('button', { name: 'Check my notes' }).click();
  await expect(page.getByRole('alert')).toContainText('Your email address does not look right.');
  expect(dialogs).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a reload keeps the draft; Clear everything empties it after asking', async ({ page }) => {
  await openBuilder(page);
  await page.locator('#tb-you-name').fill('Noor Haddad');
  await page.locator('#tb-company').fill('Acme Tools');
  await page.locator('#tb-role').fill('Support Lead');
  await page.locator('#tb-p1-name').fill('Jane Roe');
  await page.locator('#tb-p1-detail').fill('the shared inbox');
  await openChoices(page);
  await page.locator('#tb-tone-warm').check();
  await expect(noteText(page, 'p1')).toHaveValue(has('the shared inbox'));
  await page.reload();
  await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
  await expect(page.locator('#tb-you-name')).toHaveValue('Noor Haddad');
  await expect(page.locator('#tb-p1-detail')).toHaveValue('the shared inbox');
  await expect(page.locator('#tb-chosen-text')).toHaveText('Thank-you after an interviewEmail, warm tone');
  await openChoices(page);
  await expect(page.locator('#tb-tone-warm')).toBeChecked();
  await expect(noteText(page, 'p1')).toHaveValue(has('Hi Jane,'));

  const clear = page.getByRole('button', { name: 'Clear everything' });
  await clear.click();
  const dialog = page.getByRole('dialog', { name: 'Clear everything?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'No, keep my notes' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(clear).toBeFocused();
  await expect(page.locator('#tb-you-name')).toHaveValue('Noor Haddad');

  await clear.click();
  await dialog.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#tb-you-name')).toHaveValue('');
  await expect(page.locator('#tb-p1-detail')).toHaveValue('');
  await expect(page.locator('#tb-tone-formal')).toBeChecked();
  await expect(page.getByText('Everything is cleared. The form is empty again.')).toBeAttached();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
  await expect(page.locator('#tb-you-name')).toHaveValue('');
});

for (const [label, saved, notice] of [
  ['a corrupt saved draft', '{"version":1,"draft":{"scenario":', 'We could not read the notes saved in this browser'],
  ['a saved draft from an older version', JSON.stringify({ version: 0, draft: {} }), 'came from an older version of this page'],
  ['a saved draft with a damaged part', savedDraft(TWO_PEOPLE, { tone: 'shouty' }), 'Part of the notes saved in this browser was damaged'],
] as const) {
  test(`${label} is dropped with a notice, not a crash`, async ({ page, watch }) => {
    await seedStorage(page, saved);
    await openBuilder(page);
    await expect(page.locator('.tb-notice')).toContainText(notice);
    await expect(page.locator('.tb-notice').locator('xpath=..')).toHaveAttribute('role', 'status');
    await expect(page.locator('#tb-you-name')).toHaveValue('');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    // The builder still works.
    await page.locator('#tb-you-name').fill('Noor Haddad');
    await expect(page.locator('#tb-p1-preview')).not.toContainText('Type your name');
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('a link fills in the scenario, dates and job; unknown values are ignored; the rest of a saved draft stays', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page, 'templates/?scenario=timeline-update&interviewDate=2026-11-20&offerDeadline=2026-12-04&company=Harborline%20Foods&tone=shouty&channel=pigeon&ref=mail');
  // The refused values are named, and the saved answers the link changed stay one click away.
  const notices = page.locator('.tb-notice-region');
  await expect(notices).toContainText('Part of the link could not be used, so it was left out: how you send it (not a way this page knows); the tone (not formal or warm).');
  await expect(notices).toContainText('The link you followed filled in the situation, the interview date, the other offer’s deadline, the company.');
  await openChoices(page);
  await expect(page.locator('#tb-scenario-timeline-update')).toBeChecked();
  await expect(page.locator('#tb-interview-date')).toHaveValue('2026-11-20');
  await expect(page.locator('#tb-offer-deadline')).toHaveValue('2026-12-04');
  await expect(page.locator('#tb-company')).toHaveValue('Harborline Foods');
  await expect(page.locator('#tb-tone-formal')).toBeChecked(); // “shouty” is not a tone: the saved one stays
  await expect(page.locator('#tb-channel-email')).toBeChecked();
  await expect(page.locator('#tb-role')).toHaveValue('Support Lead'); // from the saved draft
  await expect(page.locator('#tb-p2-name')).toHaveValue('Omar Price');
  await expect(noteText(page, 'p1')).toHaveValue(has('by Friday, December 4.')); // the deadline from the link
  // The builder's own parameters leave the address, so a reload keeps what is typed next; others stay.
  await expect(page).toHaveURL(/templates\/\?ref=mail$/);
});

test('checking an incomplete form moves focus to the error summary, whose links lead to each field', async ({ page }) => {
  await openBuilder(page);
  await page.locator('#tb-add').click();
  await page.getByRole('button', { name: 'Check my notes' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveText([
    'Type your name as you want to sign the note.',
    'Type the name of the company.',
    'Type the job title you interviewed for.',
    'Interviewer 1: Type the name of the person who interviewed you.',
    'Interviewer 2: Type the name of the person who interviewed you.',
  ]);
  await expect(page.locator('#tb-you-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#tb-you-name')).toHaveAttribute('aria-describedby', /tb-you-name-error/);
  expect(await axeViolations(page)).toEqual([]); // the error state
  await links.nth(3).press('Enter');
  await expect(page.locator('#tb-p1-name')).toBeFocused();
  await page.keyboard.type('Jane Roe');
  await expect(links).toHaveCount(4); // a fixed problem leaves the list
});

test('when every note is ready, checking says so and moves to the first note', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  await expect(noteText(page, 'p1')).toBeVisible();
  await page.getByRole('button', { name: 'Check my notes' }).click();
  await expect(page.getByRole('heading', { name: 'Your note to Jane Roe' })).toBeFocused();
  await expect(page.getByText('All 2 notes are ready.')).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('cards move with buttons that keep the focus, and can be removed', async ({ page }) => {
  await seedStorage(page, savedDraft([
    { name: 'Ana Ruiz', detail: 'the new rota' }, { name: 'Ben Okafor', detail: 'the training plan' }, { name: 'Cho Park', detail: 'the survey' },
  ]));
  await openBuilder(page);
  const headings = page.locator('.tb-card__title');
  await expect(headings).toHaveText(['Interviewer 1: Ana Ruiz', 'Interviewer 2: Ben Okafor', 'Interviewer 3: Cho Park']);
  await expect(page.getByRole('button', { name: 'Move up: Ana Ruiz' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Move down: Ana Ruiz' }).press('Enter');
  await expect(headings).toHaveText(['Interviewer 1: Ben Okafor', 'Interviewer 2: Ana Ruiz', 'Interviewer 3: Cho Park']);
  await expect(page.getByRole('button', { name: 'Move down: Ana Ruiz' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText(['Interviewer 1: Ben Okafor', 'Interviewer 2: Cho Park', 'Interviewer 3: Ana Ruiz']);
  // At the bottom “Move down” is gone, so its neighbour “Move up” takes the focus.
  await expect(page.getByRole('button', { name: 'Move up: Ana Ruiz' })).toBeFocused();
  await expect(page.getByText('Moved Ana Ruiz down. Now interviewer 3 of 3.')).toBeAttached();
  await expect(noteText(page, 'p1')).toHaveValue(has('the new rota')); // the note follows its person

  await page.getByRole('button', { name: 'Remove: Cho Park' }).click();
  await expect(headings).toHaveText(['Interviewer 1: Ben Okafor', 'Interviewer 2: Ana Ruiz']);
  await expect(page.locator('.tb-card__title').nth(1)).toBeFocused();
  await expect(page.getByText('Removed Cho Park. 2 interviewers left.')).toBeAttached();
});

test('up to 10 interviewers, then the add button gives way to a note', async ({ page }) => {
  await openBuilder(page);
  const add = page.getByRole('button', { name: 'Add another interviewer' });
  for (let count = 2; count <= 10; count += 1) {
    await add.click();
    await expect(page.locator('.tb-card')).toHaveCount(count);
  }
  await expect(add).toHaveCount(0);
  await expect(page.getByText('You have added 10 people, the most this page takes.')).toBeVisible();
});

test('a LinkedIn note shows its character count against the limit', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  await openChoices(page);
  await page.locator('#tb-channel-linkedin').check();
  const text = noteText(page, 'p1');
  await expect(text).toHaveValue(has('Jane'));
  await expect(page.locator('#tb-p1-count')).toBeVisible();
  const length = ((await text.inputValue()) ?? '').length;
  expect(length).toBeGreaterThan(50);
  expect(length).toBeLessThanOrEqual(200);
  await expect(page.locator('#tb-p1-count')).toHaveText(`${length} of 200 characters (LinkedIn’s limit for a free account)`);
  await expect(page.locator('#tb-p1-subject')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in email app/ })).toHaveCount(0);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the filled builder with a warning and with errors keeps its contrast (axe)', async ({ page }) => {
    await seedStorage(page, savedDraft([TWO_PEOPLE[0]!, { ...TWO_PEOPLE[1]!, detail: TWO_PEOPLE[0]!.detail }]));
    await openBuilder(page);
    await expect(page.locator('.tb-alike')).toBeVisible();
    await expect(page.locator('.tb-finding--warn').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#tb-you-name').fill('');
    await page.getByRole('button', { name: 'Check my notes' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.locator('.tb-error').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the filled builder, with a warning and the dialog, does not scroll sideways', async ({ page }) => {
    await seedStorage(page, savedDraft([TWO_PEOPLE[0]!, { ...TWO_PEOPLE[1]!, detail: TWO_PEOPLE[0]!.detail }]));
    await openBuilder(page);
    await expect(page.locator('.tb-alike')).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows a sample note for every situation instead of the form', async ({ page }) => {
    await page.goto('templates/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Sample notes for each situation' })).toBeVisible();
    await expect(page.locator('.sample-note')).toHaveCount(10);
    await expect(page.locator('.sample-note').first()).toContainText('Whitfield'); // the engine's sample interviewer
    await expect(page.locator('.tb')).toBeHidden();
  });
});

test('with JavaScript the samples stay out of the page, which has one h1', async ({ page }) => {
  await openBuilder(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Sample notes for each situation' })).toHaveCount(0);
  await expect(page.locator('.tb')).toBeVisible();
});

test('the embed shows the tool without the site chrome; guide links open in a new tab', async ({ page, watch }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page, 'embed/templates/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write your notes');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(noteText(page, 'p1')).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  const guide = page.locator('#tb-card-p1 .tb-finding a[href*="guides/"]').first();
  await expect(guide).toHaveAttribute('target', '_blank');
  await expect(guide).toContainText('(opens in a new tab)');
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('each finding links to the field to change and to the guide section', async ({ page, baseURL }) => {
  await seedStorage(page, savedDraft([{ name: 'Jane Roe', detail: '' }]));
  await openBuilder(page);
  const finding = page.locator('#tb-card-p1 .tb-finding--warn').filter({ hasText: 'Add one specific thing you talked about' });
  await expect(finding).toHaveCount(1);
  const guide = finding.getByRole('link', { name: /^Why:/ });
  const base = new URL(baseURL ?? '').pathname;
  await expect(guide).toHaveAttribute('href', `${base}${ruleGuidePath('C1')}`);
  await finding.getByRole('link', { name: 'Change this: One thing you talked about' }).click();
  await expect(page.locator('#tb-p1-detail')).toBeFocused();
});

test('a note engine that cannot be downloaded says so, keeps the answers, and writes the note on “Try again”', async ({ page, watch }) => {
  await openBuilder(page);
  await page.route('**/_astro/**', (route) => route.abort()); // the connection drops once the page has opened
  await page.getByLabel('Your full name').fill('Noor Haddad');
  const notice = page.locator('.tb-engine-region .tb-notice');
  await expect(notice).toContainText('Your notes cannot be written yet');
  await page.getByLabel('Company name').fill('Acme Tools');
  await page.getByLabel('Job title you interviewed for').fill('Support Lead');
  await page.getByLabel('Their full name').fill('Jane Roe');
  await expect(page.locator('#tb-p1-preview')).toContainText('Your note appears here');
  expect(await axeViolations(page)).toEqual([]);

  await page.unroute('**/_astro/**');
  await notice.getByRole('button', { name: 'Try again' }).press('Enter');
  await expect(noteText(page, 'p1')).toHaveValue(has('Dear Jane Roe,'));
  await expect(noteText(page, 'p1')).toHaveValue(has('Noor Haddad'));
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#tb-p1-note-heading')).toBeFocused();
  // The browser reported the blocked downloads, and nothing else.
  expect(watch.consoleErrors.length).toBeGreaterThan(0);
  expect(watch.consoleErrors.filter((text) => !text.includes('net::ERR_FAILED'))).toEqual([]);
  watch.consoleErrors.splice(0);
});

test('saved answers that cannot be read back for want of a download are kept: the page says so, takes no typing, and saves nothing over them', async ({ page, watch }) => {
  const saved = savedDraft(TWO_PEOPLE);
  await seedStorage(page, saved);
  await page.route(/\/_astro\/start\.[^/]*\.js$/, (route) => route.abort());
  await page.goto('templates/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('.tb-notice-region .tb-notice')).toContainText('Your saved answers cannot be shown yet');
  await expect(page.locator('.tb-form')).toHaveAttribute('inert', '');
  await expect(page.locator('.tb-form')).toHaveAttribute('aria-busy', 'true');
  await page.locator('#tb-you-name').click({ force: true });
  await page.keyboard.type('Someone Else');
  await expect(page.locator('#tb-you-name')).toHaveValue('');
  await page.waitForTimeout(600); // longer than the pause before a save
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.consoleErrors.filter((text) => !text.includes('net::ERR_FAILED') && !/dynamically imported module/i.test(text))).toEqual([]);
  watch.consoleErrors.splice(0);
});

test.describe('a note changed in place', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the edit stays after a reload, and Copy, the email app and .eml carry the edited text', async ({ page }) => {
    await seedStorage(page, savedDraft(TWO_PEOPLE));
    await openBuilder(page);
    const text = noteText(page, 'p1');
    await expect(text).toHaveValue(has(TWO_PEOPLE[0]!.detail));
    await text.press('Control+End');
    await page.keyboard.type('\nP.S. I enjoyed the tour of the support floor.');
    await page.locator('#tb-p1-subject').fill('Thank you – Support Lead interview on Monday');
    await page.waitForTimeout(500); // the draft is saved once typing pauses
    await page.reload();
    await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
    await expect(text).toHaveValue(/P\.S\. I enjoyed the tour of the support floor\.$/);
    await expect(page.locator('#tb-p1-subject')).toHaveValue('Thank you – Support Lead interview on Monday');
    const edited = await text.inputValue();
    expect(edited).toMatch(/^Dear Jane Roe,\n\n/);

    await page.getByRole('button', { name: 'Copy note to Jane Roe' }).click();
    await expect(page.locator('#tb-card-p1 .tb-status')).toHaveText(/Copied the note to Jane Roe/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);

    await openMore(page, 'p1');
    const href = (await page.getByRole('link', { name: 'Open in email app: note to Jane Roe' }).getAttribute('href')) ?? '';
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replaceAll('+', '%2B'));
    expect(query.get('subject')).toBe('Thank you – Support Lead interview on Monday');
    expect(query.get('body')).toBe(edited.replaceAll('\n', '\r\n'));

    const [eml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml of the note to Jane Roe' }).click()]);
    const email = await PostalMime.parse(await readFile((await eml.path())!, 'utf8'));
    expect(email.subject).toBe('Thank you – Support Lead interview on Monday');
    expect((email.text ?? '').replace(/\r\n/g, '\n').trim()).toBe(edited);
  });
});

test('changed answers never overwrite an edited note silently: the person chooses, and rewriting asks first', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  const text = noteText(page, 'p1');
  await expect(text).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  await text.fill('Dear Jane Roe,\n\nMy own words about the shared inbox.\n\nBest regards,\nNoor Haddad');
  await page.locator('#tb-company').fill('Acme Tools Ltd');
  const question = page.getByRole('group', { name: /Your answers changed: rewrite this note\?/ });
  await expect(question).toBeVisible();
  await expect(text).toHaveValue(/My own words/); // kept until the person chooses
  await expect(page.locator('#tb-card-p2').getByText('Your answers changed: rewrite this note?')).toHaveCount(0); // a note not edited follows the answers
  expect(await axeViolations(page)).toEqual([]);
  await question.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(question).toHaveCount(0);
  await expect(text).toHaveValue(/My own words/);

  // “Rewrite from my answers” asks before the edit goes; “No” keeps it and gives the focus back.
  const rewrite = page.getByRole('button', { name: 'Rewrite from my answers (the note to Jane Roe)' });
  await rewrite.click();
  const confirm = page.getByRole('group', { name: /Rewrite this note from your answers\?/ });
  await expect(confirm.getByRole('button', { name: 'No, keep my changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rewrite).toBeFocused();
  await expect(text).toHaveValue(/My own words/);
  await rewrite.click();
  await confirm.getByRole('button', { name: 'Yes, rewrite it' }).click();
  await expect(text).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  await expect(text).not.toHaveValue(/My own words/);
  await expect(rewrite).toHaveCount(0);
});

test('a note that names another company is flagged', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  const text = noteText(page, 'p1');
  await expect(text).toHaveValue(has(TWO_PEOPLE[0]!.detail));
  // A sentence pasted from another application, right under the greeting.
  await text.fill((await text.inputValue()).replace(',\n\n', ',\n\nI would be proud to join Harborline Foods. '));
  await expect(page.locator('#tb-card-p1 .tb-finding--warn, #tb-card-p1 .tb-finding--fail').filter({ hasText: 'Harborline Foods' })).toHaveCount(1);
});

test('four interviewers with their own details get no “reads alike” warning', async ({ page }) => {
  await seedStorage(page, savedDraft([...TWO_PEOPLE, { name: 'Lena Fischer', detail: 'the customer survey results' }, { name: 'Ravi Menon', detail: 'training plans for new agents' }]));
  await openBuilder(page);
  await expect(noteText(page, 'p4')).toHaveValue(has('training plans for new agents'));
  await page.waitForTimeout(600); // the checks run once typing pauses
  await expect(page.locator('.tb-alike')).toHaveCount(0);
  await expect(page.locator('.tb-finding--warn').filter({ hasText: /reads \d+% the same|same detail/ })).toHaveCount(0);
});

test('2,001 characters pasted into the detail are limited as typed, with a counter, and the draft is all there after a reload', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  const detail = page.locator('#tb-p1-detail');
  await detail.fill('');
  await detail.focus();
  await page.keyboard.insertText('d'.repeat(2001)); // as a paste arrives: one insertion
  await expect(detail).toHaveValue('d'.repeat(2000));
  await expect(page.locator('#tb-p1-detail-count')).toHaveText('2,000 of 2,000 characters: this box is full.');
  await expect(detail).toHaveAttribute('aria-describedby', /tb-p1-detail-count/);
  await page.locator('#tb-company').focus();
  await page.keyboard.insertText(' Ltd'.repeat(600));
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
  await expect(page.locator('.tb-notice')).toHaveCount(0); // nothing was dropped
  await expect(detail).toHaveValue('d'.repeat(2000));
  await expect(page.locator('#tb-company')).toHaveValue(`Acme Tools${' Ltd'.repeat(600)}`.slice(0, 2000));
  await expect(page.locator('#tb-you-name')).toHaveValue('Noor Haddad');
  await expect(page.locator('#tb-p2-detail')).toHaveValue(TWO_PEOPLE[1]!.detail);
});

test('direction control characters are taken out of one-line fields', async ({ page }) => {
  await openBuilder(page);
  await page.locator('#tb-p1-name').fill('Jane\u202E Roe\u2066');
  await expect(page.locator('#tb-p1-name')).toHaveValue('Jane Roe');
  await page.locator('#tb-company').fill('\u202AAcme\u202C Tools');
  await expect(page.locator('#tb-company')).toHaveValue('Acme Tools');
});

test('two tabs: a change saved in the other tab is noticed, and nothing is overwritten until the person chooses', async ({ page, context }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  const second = await context.newPage();
  await openBuilder(second);
  await expect(second.locator('#tb-p1-name')).toHaveValue('Jane Roe');
  await second.locator('#tb-company').fill('Harborline Foods');
  await second.waitForTimeout(500); // saved once typing pauses

  const notice = page.locator('#tb-other-tab');
  await expect(notice).toContainText('You changed your answers in another tab or window of this page.');
  await expect(page.locator('.tb-notice-region')).toHaveAttribute('role', 'status');
  // Typing here meanwhile does not save over the other tab's answers.
  await page.locator('#tb-role').fill('Support Team Lead');
  await page.waitForTimeout(500);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').draft.company, STORAGE_KEY)).toBe('Harborline Foods');
  expect(await axeViolations(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Use the other tab’s answers' }).click();
  await expect(page.locator('#tb-company')).toHaveValue('Harborline Foods');
  await expect(notice).toHaveCount(0);
  await second.close();
});

test('a check-in writes one note, to the main contact the person picks', async ({ page }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE, { scenario: 'check-in' }));
  await openBuilder(page);
  await expect(page.locator('.tb-preview__text')).toHaveCount(1);
  await expect(noteText(page, 'p1')).toHaveValue(/^Dear Jane Roe,/);
  const who = page.getByRole('group', { name: 'Who gets this note?' });
  await expect(who).toContainText('goes to your main contact only');
  await expect(page.locator('#tb-p2-none')).toHaveText('This note goes to one person only, your main contact: Jane Roe.');
  await who.getByLabel('Omar Price').check();
  await expect(noteText(page, 'p2')).toHaveValue(/^Dear Omar Price,/);
  await expect(page.locator('.tb-preview__text')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('Gmail and Outlook links decode to the note’s recipient, subject and body, open in a new tab, and request nothing until clicked', async ({ page, watch }) => {
  await seedStorage(page, savedDraft(TWO_PEOPLE));
  await openBuilder(page);
  const body = await noteText(page, 'p1').inputValue();
  expect(body).toContain(TWO_PEOPLE[0]!.detail);
  await openMore(page, 'p1');
  const cases = [
    ['Open in Gmail: note to Jane Roe (opens in a new tab)', 'https://mail.google.com/mail/', 'su', { view: 'cm', fs: '1' }],
    ['Open in Outlook: note to Jane Roe (opens in a new tab)', 'https://outlook.office.com/mail/deeplink/compose', 'subject', {}],
  ] as const;
  for (const [name, address, subjectKey, fixed] of cases) {
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const url = new URL((await link.getAttribute('href')) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(address);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ...fixed, to: 'jane.roe@example.com', [subjectKey]: 'Thank you – Support Lead interview', body,
    });
  }
  await expect(page.locator('#tb-card-p1 .tb-more')).toContainText('the note then goes to that service');
  expect(await axeViolations(page)).toEqual([]); // the opened “More ways to send”
  expect(watch.offsiteRequests).toEqual([]);
});

test('checks are quiet: only what needs a look is listed, the passes fold into one line, and the summary is announced', async ({ page }) => {
  await seedStorage(page, savedDraft([{ name: 'Jane Roe', detail: '' }, TWO_PEOPLE[1]!], { interviewDate: '', promised: '' })); // no date: no timing check; nothing promised: no link to paste
  await openBuilder(page);
  await expect(noteText(page, 'p1')).toBeVisible();
  const checks = page.locator('#tb-card-p1 .tb-findings');
  await expect(checks.locator('.tb-finding--pass').first()).toBeHidden();
  await expect(checks).toMatchAriaSnapshot(`
    - heading "Checks" [level=5]
    - status: /1 thing to look at\\. \\d+ checks passed\\./
    - list "Checks":
      - listitem:
        - text: "Check: Add one specific thing you talked about, so they remember you."
        - 'link "Change this: One thing you talked about"'
        - link /Why/
    - group: /\\d+ checks passed/
  `);
  await checks.locator('.tb-passes > summary').click();
  await expect(checks.locator('.tb-finding--pass').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('announced', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the copy confirmation and the error summary are in the accessibility tree as a status and an alert', async ({ page }) => {
    await seedStorage(page, savedDraft(TWO_PEOPLE));
    await openBuilder(page);
    await page.getByRole('button', { name: 'Copy note to Jane Roe' }).click();
    await expect(page.locator('#tb-card-p1 .tb-actions')).toMatchAriaSnapshot(`
      - button "Copy note to Jane Roe"
      - group: More ways to send the note to Jane Roe
      - status: Copied the note to Jane Roe. Paste it where you write your message.
    `);
    await page.locator('#tb-you-name').fill('');
    await page.getByRole('button', { name: 'Check my notes' }).click();
    await expect(page.locator('.tb-summary')).toMatchAriaSnapshot(`
      - alert "There is a problem":
        - heading "There is a problem" [level=2]
        - list:
          - listitem:
            - link "Type your name as you want to sign the note."
    `);
  });
});

test.describe('at 375 px, phone first', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test('the first interviewer field is within the first two screens', async ({ page }) => {
    await openBuilder(page);
    const bottom = await page.locator('#tb-p1-name').evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    test.info().annotations.push({ type: 'first interviewer field', description: `${Math.round(bottom)} px down (bottom edge) at 375 × 667` });
    console.log(`first interviewer field bottom at 375 px: ${Math.round(bottom)} px`);
    expect(bottom).toBeLessThanOrEqual(2 * 667);
  });
});
