// Pre-filling the builder from the page address: each known parameter is checked, unknown ones are ignored, and the link wins over a saved draft only for the fields it names.
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/lib/builder/draft';
import { changedByLink, refusedNotice } from '../../src/lib/builder/link-notice';
import { applyPrefill, readPrefill, type PrefillKey, type PrefillValues } from '../../src/lib/builder/prefill';

describe('readPrefill', () => {
  const cases: [string, PrefillValues, PrefillKey[]][] = [
    ['', {}, []],
    ['?scenario=check-in&interviewDate=2026-11-16', { scenario: 'check-in', interviewDate: '2026-11-16' }, []],
    ['scenario=timeline-update&offerDeadline=2026-12-04', { scenario: 'timeline-update', offerDeadline: '2026-12-04' }, []],
    ['?channel=linkedin&tone=warm', { channel: 'linkedin', tone: 'warm' }, []],
    ['?company=Acme%20Tools&role=Support+Lead', { company: 'Acme Tools', role: 'Support Lead' }, []],
    ['?startDate=2027-01-04', { startDate: '2027-01-04' }, []],
    // Unknown values are left out and reported; unknown parameters are ignored.
    ['?scenario=bribe&channel=fax&tone=loud', {}, ['scenario', 'channel', 'tone']],
    ['?interviewDate=2026-02-30&offerDeadline=soon', {}, ['interviewDate', 'offerDeadline']],
    ['?utm_source=mail&ref=x', {}, []],
    ['?Scenario=check-in', {}, []],
    // Text is made one clean line; empty or over-long text is left out.
    ['?company=%20Acme%0D%0ABcc:%20x%20', { company: 'Acme Bcc: x' }, []],
    ['?company=%20%20', {}, ['company']],
    [`?role=${'x'.repeat(121)}`, {}, ['role']],
    ['?company=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { company: '<script>alert(1)</script>' }, []],
    // Broken percent-encoding does not throw.
    ['?company=%ZZ%E0&role=%', { company: '%ZZ\uFFFD', role: '%' }, []],
    // The first of repeated parameters counts.
    ['?scenario=withdraw&scenario=check-in', { scenario: 'withdraw' }, []],
  ];
  it.each(cases)('%s', (query, values, rejected) => {
    expect(readPrefill(query)).toEqual({ values, rejected });
  });

  it('accepts URLSearchParams too', () => {
    expect(readPrefill(new URLSearchParams({ tone: 'warm' })).values).toEqual({ tone: 'warm' });
  });
});

describe('applyPrefill', () => {
  it('lets the link win for the fields it names and keeps everything else from the saved draft', () => {
    const saved = emptyDraft();
    saved.scenario = 'thank-you';
    saved.company = 'Old Company';
    saved.role = 'Support Lead';
    saved.interviewers[0]!.name = 'Jane Roe';
    const merged = applyPrefill(saved, { scenario: 'check-in', company: 'Acme Tools' });
    expect(merged.scenario).toBe('check-in');
    expect(merged.company).toBe('Acme Tools');
    expect(merged.role).toBe('Support Lead');
    expect(merged.interviewers[0]!.name).toBe('Jane Roe');
    expect(saved.company).toBe('Old Company');
  });

  it('changes nothing for an empty prefill', () => {
    expect(applyPrefill(emptyDraft(), {})).toEqual(emptyDraft());
  });
});

describe('what the page says about a link', () => {
  it.each<[string, PrefillKey[], string]>([
    ['nothing refused', [], ''],
    ['a bad date', ['interviewDate'], 'Part of the link could not be used, so it was left out: the interview date (not a real date).'],
    ['an unknown scenario and a too-long company', ['scenario', 'company'],
      'Part of the link could not be used, so it was left out: the situation (not one this page knows); the company (empty or longer than 120 characters).'],
  ])('%s', (_label, rejected, notice) => {
    expect(refusedNotice(rejected)).toBe(notice);
  });

  it('names the saved answers a link would change, and only those', () => {
    const draft = { ...emptyDraft(), scenario: 'thank-you' as const, company: 'Acme Tools', interviewDate: '2026-11-16' };
    expect(changedByLink(draft, { scenario: 'check-in', company: 'Acme Tools', interviewDate: '2026-11-20' })).toEqual(['the situation', 'the interview date']);
    expect(changedByLink(draft, { company: 'Acme Tools' })).toEqual([]);
  });

  it('reads a refused value of each kind from an address (bad date, unknown scenario, too long)', () => {
    const { values, rejected } = readPrefill(`?interviewDate=2026-02-30&scenario=bribe&role=${'r'.repeat(121)}&company=Acme`);
    expect(values).toEqual({ company: 'Acme' });
    expect(rejected).toEqual(['scenario', 'interviewDate', 'role']);
  });
});
