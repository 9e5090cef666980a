// The host's locale: dates in words for each locale (by hand, and against Intl for every day of three years), the default holiday region, and a note, a plan step and a calendar event written in each locale.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, defaultRegion, formatDate, isLocale, type DateStyle, type Locale } from '../../src/lib/locale';
import { renderNote, sampleInput } from '../../src/lib/templates/index';
import { planFollowUps } from '../../src/lib/timeline';
import { stepsToIcs } from '../../src/lib/export/ics';
import { addDays } from '../../src/lib/dates';

describe('formatDate', () => {
  // 2026-03-10 is a Tuesday (2026-01-01 is a Thursday; 31 + 28 + 9 = 68 days later, 68 = 9 × 7 + 5: Thursday + 5 = Tuesday).
  it.each<[Locale, DateStyle, string]>([
    ['en-US', 'long', 'March 10, 2026'],
    ['en-US', 'day-month', 'March 10'],
    ['en-US', 'weekday-day-month', 'Tuesday, March 10'],
    ['en-US', 'full', 'Tuesday, March 10, 2026'],
    ['en-CA', 'long', 'March 10, 2026'],
    ['en-CA', 'full', 'Tuesday, March 10, 2026'],
    ['en-GB', 'long', '10 March 2026'],
    ['en-GB', 'day-month', '10 March'],
    ['en-GB', 'weekday-day-month', 'Tuesday 10 March'],
    ['en-GB', 'full', 'Tuesday 10 March 2026'],
    ['en-AU', 'long', '10 March 2026'],
    ['en-IE', 'long', '10 March 2026'],
    ['en-NZ', 'full', 'Tuesday 10 March 2026'],
  ])('%s, %s: %s', (locale, style, expected) => {
    expect(formatDate('2026-03-10', locale, style)).toBe(expected);
  });

  it('writes en-US long dates when no locale is given', () => expect(formatDate('2026-11-17')).toBe('November 17, 2026'));

  it.each(['', '2026-3-10', '10/03/2026', '2026-13-01', 'tomorrow'])('gives back %j unchanged, never throwing', (value) => {
    expect(formatDate(value, 'en-GB')).toBe(value);
  });

  it('falls back to en-US for a locale it does not know', () => {
    expect(formatDate('2026-03-10', 'fr-FR' as Locale)).toBe('March 10, 2026');
  });

  // Intl is the reference for how each locale orders a date; formatted in UTC, so the day cannot move.
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  };
  const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));
  const everyDay = [...days('2025-01-01', 365), ...days('2028-01-01', 366), ...days('2030-12-01', 31)];

  it.each(LOCALES)('%s: every day of 2025 and 2028 matches Intl, with and without the year', (locale) => {
    const long = intl(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dayMonth = intl(locale, { day: 'numeric', month: 'long' });
    expect(everyDay.filter((iso) => formatDate(iso, locale, 'long') !== long(iso))).toEqual([]);
    expect(everyDay.filter((iso) => formatDate(iso, locale, 'day-month') !== dayMonth(iso))).toEqual([]);
  });

  it('en-US: every day matches Intl with the weekday too', () => {
    const full = intl('en-US', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const weekdayDayMonth = intl('en-US', { weekday: 'long', day: 'numeric', month: 'long' });
    expect(everyDay.filter((iso) => formatDate(iso, 'en-US', 'full') !== full(iso))).toEqual([]);
    expect(everyDay.filter((iso) => formatDate(iso, 'en-US', 'weekday-day-month') !== weekdayDayMonth(iso))).toEqual([]);
  });
});

describe('the locale list', () => {
  it.each<[Locale, string]>([
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en-CA', 'CA'],
    ['en-AU', 'AU'],
    ['en-IE', 'IE'],
    ['en-NZ', 'NZ'],
  ])('%s skips the holidays of %s by default', (locale, region) => expect(defaultRegion(locale)).toBe(region));

  it('defaults to en-US and knows no other languages', () => {
    expect(DEFAULT_LOCALE).toBe('en-US');
    expect(LOCALES).toHaveLength(6);
    expect(isLocale('en-GB')).toBe(true);
    expect(isLocale('en')).toBe(false);
    expect(isLocale('fr-FR')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

// The same interview in each locale. A thank-you letter written on Tuesday 2026-03-10 is dated that day. An interview on
// Monday 2026-03-02 with no decision date: the first check-in (T5) is open from the next business day on or after
// 2 March + 8 days = Tuesday 10 March; in none of these regions is 10 March a holiday.
describe.each<[Locale, string, string]>([
  ['en-US', 'March 10, 2026', 'Tuesday, March 10, 2026'],
  ['en-GB', '10 March 2026', 'Tuesday 10 March 2026'],
  ['en-CA', 'March 10, 2026', 'Tuesday, March 10, 2026'],
  ['en-AU', '10 March 2026', 'Tuesday 10 March 2026'],
  ['en-IE', '10 March 2026', 'Tuesday 10 March 2026'],
  ['en-NZ', '10 March 2026', 'Tuesday 10 March 2026'],
])('%s', (locale, letterDate, stepDate) => {
  it(`dates a letter ${letterDate}`, () => {
    const rendered = renderNote(sampleInput('thank-you', 'letter', 'formal', 0), { today: '2026-03-10', locale });
    expect(rendered.ok && rendered.note.text.split('\n')).toContain(letterDate);
  });

  it(`words the first check-in's day as ${stepDate}`, () => {
    const plan = planFollowUps({ interviewDate: '2026-03-02', region: defaultRegion(locale) });
    const checkIn = plan.ok ? plan.steps.find((step) => step.kind === 'check-in') : undefined;
    expect(checkIn?.from).toBe('2026-03-10');
    expect(formatDate(checkIn?.from ?? '', locale, 'full')).toBe(stepDate);
  });

  it(`writes the first check-in's last day (Monday 16 March 2026, 2 March + 14 days) in the calendar event as ${letterDate} does`, () => {
    const plan = planFollowUps({ interviewDate: '2026-03-02', region: defaultRegion(locale) });
    const ics = stepsToIcs(plan.ok ? plan.steps : [], { now: new Date('2026-03-02T12:00:00Z'), locale });
    // Unfolded, with iCalendar's escaped commas read back (RFC 5545 § 3.3.11).
    const unfolded = ics.replace(/\r\n /g, '').replace(/\\,/g, ',');
    expect(unfolded).toContain(letterDate.startsWith('March') ? 'By Monday, March 16, 2026.' : '16 March 2026.');
    expect(unfolded).not.toMatch(/DESCRIPTION:[^\r\n]*2026-03-16/);
  });
});
