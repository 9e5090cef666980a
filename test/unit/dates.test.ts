// dates.ts and business-days.ts: strict ISO parsing, drift-free day arithmetic, weekdays and business days (docs/rules.md, Words the rules use).
import { describe, expect, it, vi } from 'vitest';
import { addBusinessDays, isBusinessDay, nextBusinessDay } from '../../src/lib/business-days';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  earlierDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isTime24,
  isWeekend,
  laterDate,
  minutesOfDay,
  toDayNumber,
  weekday,
  yearOf,
} from '../../src/lib/dates';

// The holiday table for 2025–2030 exactly as the generator builds it, whatever year the tests run in.
vi.mock('../../src/lib/holidays.data', async () => (await import('./support/pinned-holidays')).pinnedHolidayModule());

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30', '0001-01-01', '9999-12-31'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'no 30 February (not 2 March)'],
    ['2027-02-29', 'no leap day in a common year'],
    ['1900-02-29', 'a century is not a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['0000-01-01', 'year 0'],
    ['2026-4-1', 'no leading zeros'],
    ['20260401', 'no separators'],
    [' 2026-04-01', 'leading space'],
    ['2026-04-01\n', 'trailing newline'],
    ['2026-04-01T00:00', 'a date-time'],
    ['２０２６-04-01', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it.each([null, undefined, 20260401, new Date(0), {}, ['2026-04-01']])('rejects the non-string %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('isTime24 and minutesOfDay', () => {
  it.each([
    ['00:00', 0],
    ['09:05', 545],
    ['12:30', 750],
    ['23:59', 1439],
  ])('accepts %s (%i minutes)', (time, minutes) => {
    expect(isTime24(time)).toBe(true);
    expect(minutesOfDay(time)).toBe(minutes);
  });

  it.each(['24:00', '9:30', '12:60', '12:5', '1230', '12:30:00', '12.30', '2:30 PM', '', ' 12:30'])('rejects %j', (time) => {
    expect(isTime24(time)).toBe(false);
  });

  it.each([1230, null, undefined])('rejects the non-string %j', (value) => {
    expect(isTime24(value)).toBe(false);
  });
});

describe('calendar facts', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2026, 4, 30],
    [2026, 9, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('reads the year', () => {
    expect(yearOf('2031-03-03')).toBe(2031);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 30 years of 365 days plus 7 leap days (1972 … 1996) = 10957.
    ['2000-01-01', 10957],
    // 2000-01-01 + 31 (January) + 29 (leap February) = 2000-03-01.
    ['2000-03-01', 11017],
  ])('%s is day %i', (date, dayNumber) => {
    expect(toDayNumber(date)).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(date);
  });

  it('agrees with Date.UTC for every day from 1900 to 2100', () => {
    // Date.UTC and toISOString are an independent reference that never touches local time.
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
      const reference = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(dayNumber) !== reference || toDayNumber(reference) !== dayNumber) {
        expect.fail(`day ${dayNumber}: ${fromDayNumber(dayNumber)} ≠ ${reference}`);
      }
    }
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    // Daylight-saving changes do not exist for dates: Europe 2026-03-29, US 2026-03-08 and 2026-11-01.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-03-02', 0, '2026-03-02'],
  ])('addDays(%s, %i) is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });
});

describe('weekday, weekends and comparisons', () => {
  it.each([
    // Checked against a printed calendar.
    ['2026-03-01', 0],
    ['2026-03-02', 1],
    ['2026-07-03', 5],
    ['2026-07-04', 6],
    ['2028-02-29', 2],
    ['2026-12-31', 4],
    ['1970-01-01', 4],
    ['1969-12-28', 0],
  ])('%s is weekday %i', (date, day) => {
    expect(weekday(date)).toBe(day);
    expect(isWeekend(date)).toBe(day === 0 || day === 6);
  });

  it.each([
    ['2026-01-02', '2026-01-10', -1],
    ['2026-01-10', '2026-01-02', 1],
    ['2026-01-10', '2026-01-10', 0],
    ['2026-12-31', '2027-01-01', -1],
  ] as const)('compareDates(%s, %s) is %i', (a, b, order) => {
    expect(compareDates(a, b)).toBe(order);
    expect(laterDate(a, b)).toBe(order >= 0 ? a : b);
    expect(earlierDate(a, b)).toBe(order <= 0 ? a : b);
  });
});

describe('business days', () => {
  it.each([
    ['2026-07-03', 'US', false, 'observed Independence Day (Friday)'],
    ['2026-07-03', 'none', true, 'an ordinary Friday without holidays'],
    ['2026-07-04', 'US', false, 'Saturday, and the holiday itself'],
    ['2026-07-06', 'US', true, 'the Monday after'],
    ['2026-12-28', 'GB', false, 'Boxing Day substitute (Monday)'],
    ['2026-12-28', 'none', true, 'an ordinary Monday without holidays'],
    ['2026-12-24', 'GB', true, 'Christmas Eve is no bank holiday'],
    ['2026-07-01', 'CA', false, 'Canada Day (Wednesday)'],
    ['2026-01-26', 'AU', false, 'Australia Day (Monday)'],
    ['2026-04-27', 'AU', true, 'no national Anzac Day substitute in Australia'],
    ['2026-04-27', 'NZ', false, 'ANZAC Day substitute in New Zealand'],
    ['2026-02-02', 'IE', false, 'St Brigid’s Day (Monday)'],
    ['2026-04-03', 'IE', true, 'Good Friday is not a public holiday in Ireland'],
    ['2026-03-08', 'none', false, 'Sunday'],
  ] as const)('%s in %s is a business day: %s (%s)', (date, region, expected, _why) => {
    expect(isBusinessDay(date, region)).toBe(expected);
  });

  it.each([
    ['2026-07-03', 'US', '2026-07-06'],
    ['2026-07-03', 'none', '2026-07-03'],
    ['2026-07-04', 'none', '2026-07-06'],
    // Fri 12-25 Christmas, Sat, Sun, Mon 12-28 substitute → Tue 12-29.
    ['2026-12-25', 'GB', '2026-12-29'],
    // Fri 2027-12-31 observed New Year's Day, Sat, Sun → Mon 2028-01-03.
    ['2027-12-31', 'US', '2028-01-03'],
  ] as const)('nextBusinessDay(%s, %s) is %s', (date, region, expected) => {
    expect(nextBusinessDay(date, region)).toBe(expected);
  });

  it.each([
    // Thu 07-02 +2: Fri 07-03 holiday; Mon 07-06 (1), Tue 07-07 (2).
    ['2026-07-02', 2, 'US', '2026-07-07'],
    // Thu 07-02 +2 without holidays: Fri 07-03 (1), Mon 07-06 (2).
    ['2026-07-02', 2, 'none', '2026-07-06'],
    // Zero steps: the date itself, even on a weekend.
    ['2026-07-04', 0, 'US', '2026-07-04'],
    // From a Saturday, the first step is Monday.
    ['2026-03-07', 1, 'none', '2026-03-09'],
    // Back one from Tue 12-29: Mon 12-28 substitute, Sun, Sat, Fri 12-25 Christmas → Thu 12-24.
    ['2026-12-29', -1, 'GB', '2026-12-24'],
    // Back one from Mon 03-09: Sun, Sat → Fri 03-06.
    ['2026-03-09', -1, 'none', '2026-03-06'],
    // Ten steps from Mon 2026-03-02: two full weeks → Mon 2026-03-16.
    ['2026-03-02', 10, 'none', '2026-03-16'],
  ] as const)('addBusinessDays(%s, %i, %s) is %s', (date, n, region, expected) => {
    expect(addBusinessDays(date, n, region)).toBe(expected);
  });
});

describe('no time-zone drift', () => {
  it('gives the same answers whatever the process time zone (this file runs in UTC and Pacific/Kiritimati)', () => {
    expect(['UTC', 'Etc/UTC', 'Pacific/Kiritimati']).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(weekday('2026-03-29')).toBe(0);
  });
});
