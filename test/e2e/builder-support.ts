// Shared steps for the template builder's browser tests: a saved draft as the builder writes it, seeded before the page runs, and opening the builder until it has read it.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The localStorage entry that holds the builder's draft. */
export const STORAGE_KEY = 'after-the-interview:template-draft';

/** A saved draft as the builder writes it, for seeding localStorage. */
export function savedDraft(people: { name: string; detail: string; email?: string }[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    draft: {
      scenario: 'thank-you', channel: 'email', tone: 'formal',
      you: { name: 'Noor Haddad', email: 'noor.haddad@example.org', phone: '555-0134', address: '' },
      company: 'Acme Tools', role: 'Support Lead', interviewDate: '2026-11-16', fit: 'my four years running a help desk',
      promised: 'the link to my onboarding guide', news: '', offerDeadline: '', startDate: '', others: '',
      interviewers: people.map(({ name, detail, email = '' }) => ({ name, honorific: '', title: '', email, detail })),
      ...extra,
    },
  });
}

/** Puts a saved draft in localStorage before the page's own scripts run, once per test (a reload keeps what the page saved). */
export async function seedStorage(page: Page, saved: string): Promise<void> {
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem(key, value);
  }, [STORAGE_KEY, saved] as const);
}

/** Opens the builder and waits until it is hydrated and has read any saved draft and link. */
export async function openBuilder(page: Page, path = 'templates/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('.tb')).toHaveAttribute('data-ready', '');
}
