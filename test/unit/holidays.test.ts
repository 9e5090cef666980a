// holidays.ts and its generated table: the same days as date-holidays for every region and covered year, hand-checked observed days, unknown years.
import Holidays from 'date-holidays';
import { describe, expect, it, vi } from 'vitest';
import { buildHolidayData, coveredYears } from '../../scripts/generate-holidays';
import type * as HolidayDataModule from '../../src/lib/holidays.data';
import { holidaysKnown, holidayYears, isHoliday, isRegion, REGIONS, regionLabel, type Region } from '../../src/lib/holidays';
import { PINNED_YEARS } from './support/pinned-holidays';

// The holiday table for 2025–2030 exactly as the generator builds it, whatever year the tests run in.
vi.mock('../../src/lib/holidays.data', async () => (await import('./support/pinned-holidays')).pinnedHolidayModule());

/** The date-holidays calendar behind each region, as scripts/generate-holidays.ts documents them. */
const CALENDARS: Record<Exclude<Region, 'none'>, [string, string?]> = {
  US: ['US'],
  GB: ['GB', 'ENG'],
  CA: ['CA'],
  AU: ['AU'],
  IE: ['IE'],
  NZ: ['NZ'],
};
const HOLIDAY_REGIONS = Object.keys(CALENDARS) as Exclude<Region, 'none'>[];

/** Reference: date-holidays' public days of one year, plus substitute days it types 'bank' (US Veterans Day, IE). */
function referenceHolidays(region: Exclude<Region, 'none'>, year: number): string[] {
  const [country, state] = CALENDARS[region];
  const calendar = state ? new Holidays(country, state) : new Holidays(country);
  const dates = [year - 1, year, year + 1]
    .flatMap((y) => calendar.getHolidays(y))
    .filter((holiday) => holiday.type === 'public' || (holiday.substitute === true && holiday.type === 'bank'))
    .map((holiday) => holiday.date.slice(0, 10))
    .filter((date) => date.startsWith(`${year}-`));
  return [...new Set(dates)].sort();
}

/** Every day of a year on which isHoliday says yes, by walking the calendar (UTC only). */
function holidaysByLookup(region: Region, year: number): string[] {
  const found: string[] = [];
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    if (isHoliday(date, region)) found.push(date);
  }
  return found;
}

const YEARS = Array.from({ length: PINNED_YEARS.lastYear - PINNED_YEARS.firstYear + 1 }, (_, index) => PINNED_YEARS.firstYear + index);

describe('the table equals date-holidays', () => {
  it.each(HOLIDAY_REGIONS.flatMap((region) => YEARS.map((year) => [region, year] as const)))('%s %i', (region, year) => {
    const expected = referenceHolidays(region, year);
    expect(expected.length).toBeGreaterThan(3);
    expect(holidaysByLookup(region, year)).toEqual(expected);
  });

  it.each(YEARS)('region none has no holidays in %i', (year) => {
    expect(holidaysByLookup('none', year)).toEqual([]);
  });
});

describe('observed and substitute days, checked by hand', () => {
  it.each([
    ['2026-07-03', 'US', true, 'Independence Day observed on Friday (07-04 is a Saturday)'],
    ['2026-07-04', 'US', true, 'Independence Day itself, a Saturday'],
    ['2027-07-05', 'US', true, 'Independence Day observed on Monday (07-04 is a Sunday)'],
    ['2027-12-24', 'US', true, 'Christmas observed on Friday'],
    ['2027-12-31', 'US', true, 'New Year’s Day 2028 observed in 2027'],
    ['2028-11-10', 'US', true, 'Veterans Day observed on Friday (date-holidays types it bank)'],
    ['2026-12-24', 'US', false, 'Christmas Eve is optional, not federal'],
    ['2026-11-27', 'US', false, 'the day after Thanksgiving is no federal holiday'],
    ['2026-12-28', 'GB', true, 'Boxing Day substitute'],
    ['2027-12-27', 'GB', true, 'Christmas substitute'],
    ['2028-01-03', 'GB', true, 'New Year’s Day substitute'],
    ['2026-03-15', 'GB', false, 'Mother’s Day is an observance'],
    ['2026-07-01', 'CA', true, 'Canada Day'],
    ['2026-09-30', 'CA', false, 'Truth and Reconciliation is federal-only (an observance nationally)'],
    ['2026-12-28', 'AU', true, 'Boxing Day substitute'],
    ['2025-01-27', 'AU', true, 'Australia Day moved to Monday (01-26 is a Sunday)'],
    ['2026-12-28', 'IE', true, 'St Stephen’s Day substitute (date-holidays types it bank)'],
    ['2029-03-19', 'IE', true, 'St Patrick’s Day substitute'],
    ['2026-04-03', 'IE', false, 'Good Friday is a bank day, not a public holiday'],
    ['2026-04-27', 'NZ', true, 'ANZAC Day substitute'],
    ['2026-07-10', 'NZ', true, 'Matariki'],
    ['2026-07-03', 'none', false, 'no holidays without a region'],
  ] as const)('%s in %s: %s (%s)', (date, region, expected, _why) => {
    expect(isHoliday(date, region)).toBe(expected);
  });
});

describe('years outside the table', () => {
  it('covers exactly the pinned years here', () => {
    expect(holidayYears()).toEqual(PINNED_YEARS);
  });

  it.each([
    [2024, false],
    [2025, true],
    [2030, true],
    [2031, false],
    [2026.5, false],
  ])('holidaysKnown(%d) is %s', (year, known) => {
    expect(holidaysKnown(year)).toBe(known);
    expect(holidaysKnown(year, 'GB')).toBe(known);
  });

  it('always knows region none', () => {
    expect(holidaysKnown(2040, 'none')).toBe(true);
  });

  it('answers no holiday (not an error) in an unknown year', () => {
    expect(isHoliday('2031-12-25', 'US')).toBe(false);
    expect(isHoliday('2024-12-25', 'GB')).toBe(false);
  });
});

describe('regions', () => {
  it('lists every region once with a label', () => {
    expect(REGIONS.map((region) => region.id)).toEqual(['none', 'US', 'GB', 'CA', 'AU', 'IE', 'NZ']);
    expect(new Set(REGIONS.map((region) => region.label)).size).toBe(REGIONS.length);
    expect(regionLabel('US')).toBe('United States (federal holidays)');
    expect(regionLabel('GB')).toMatch(/^England and Wales/);
  });

  it.each([
    ['GB', true],
    ['none', true],
    ['gb', false],
    ['UK', false],
    ['', false],
    [null, false],
    [1, false],
  ])('isRegion(%j) is %s', (value, expected) => {
    expect(isRegion(value)).toBe(expected);
  });
});

describe('the generated file', () => {
  it('covers last year to four years ahead, as the generator builds it', async () => {
    const { HOLIDAY_DATA } = await vi.importActual<typeof HolidayDataModule>('../../src/lib/holidays.data');
    const { firstYear, lastYear } = coveredYears(new Date());
    expect([HOLIDAY_DATA.firstYear, HOLIDAY_DATA.lastYear]).toEqual([firstYear, lastYear]);
    expect(HOLIDAY_DATA.codes).toEqual(buildHolidayData(firstYear, lastYear).codes);
    expect(Object.keys(HOLIDAY_DATA.codes).sort()).toEqual([...HOLIDAY_REGIONS].sort());
  });

  it.each([
    [new Date(Date.UTC(2026, 0, 1)), 2025, 2030],
    [new Date(Date.UTC(2026, 11, 31, 23, 59)), 2025, 2030],
    [new Date(Date.UTC(2030, 5, 1)), 2029, 2034],
  ])('coveredYears(%s) is %i–%i', (now, firstYear, lastYear) => {
    expect(coveredYears(now)).toEqual({ firstYear, lastYear });
  });

  it('stores MMDD codes only', () => {
    const data = buildHolidayData(2026, 2026);
    for (const [region, years] of Object.entries(data.codes)) {
      expect(years, region).toHaveLength(1);
      expect(years[0], region).toMatch(/^\d{4}(,\d{4})*$/);
    }
  });
});
