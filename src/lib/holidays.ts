// Public holidays by region, looked up in the build-time table (holidays.data.ts, generated from date-holidays) so the browser never loads date-holidays.
import { HOLIDAY_DATA } from './holidays.data';
import type { Region } from './regions';

export { REGIONS, isRegion, regionLabel, type Region } from './regions';

/**
 * The first and last year the holiday table covers.
 * @example holidayYears() // { firstYear: 2025, lastYear: 2030 } when built in 2026
 */
export function holidayYears(): { firstYear: number; lastYear: number } {
  return { firstYear: HOLIDAY_DATA.firstYear, lastYear: HOLIDAY_DATA.lastYear };
}

/**
 * True when the table covers the year (always true for region 'none', which has no holidays to know).
 * @example holidaysKnown(2026) // true when built in 2026; holidaysKnown(2040, 'US') // false
 */
export function holidaysKnown(year: number, region?: Region): boolean {
  return region === 'none' || (Number.isInteger(year) && year >= HOLIDAY_DATA.firstYear && year <= HOLIDAY_DATA.lastYear);
}

const holidaySets = new Map<string, ReadonlySet<string>>();

/** The region's holidays of one covered year as a set of 'MMDD' codes, built once. */
function holidayCodes(region: Region, year: number): ReadonlySet<string> {
  const key = `${region}${year}`;
  let codes = holidaySets.get(key);
  if (!codes) {
    const joined = HOLIDAY_DATA.codes[region]?.[year - HOLIDAY_DATA.firstYear] ?? '';
    codes = new Set(joined ? joined.split(',') : []);
    holidaySets.set(key, codes);
  }
  return codes;
}

/**
 * True when the 'YYYY-MM-DD' date is a public holiday (or its observed/substitute day) in the region; false when unknown.
 * @example isHoliday('2026-12-28', 'GB') // true (Boxing Day substitute)
 */
export function isHoliday(date: string, region: Region): boolean {
  const year = Number(date.slice(0, 4));
  if (!holidaysKnown(year, region) || region === 'none') return false;
  return holidayCodes(region, year).has(date.slice(5, 7) + date.slice(8, 10));
}

/**
 * The name of the public holiday on that date in the region ('Independence Day (substitute day)' for an observed
 * day), or undefined when the date is no holiday there or the year is not in the table.
 * @example holidayName('2026-11-26', 'US') // 'Thanksgiving Day'
 */
export function holidayName(date: string, region: Region): string | undefined {
  if (!isHoliday(date, region)) return undefined;
  const index = Number(date.slice(0, 4)) - HOLIDAY_DATA.firstYear;
  const codes = (HOLIDAY_DATA.codes[region]?.[index] ?? '').split(',');
  const names = (HOLIDAY_DATA.names?.[region]?.[index] ?? '').split('|');
  return names[codes.indexOf(date.slice(5, 7) + date.slice(8, 10))] || 'a public holiday';
}
