// Pre-filling the builder from the page address: each known parameter is checked, unknown ones are ignored, and the link wins over a saved draft only for the fields it names.
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/lib/builder/draft';
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
