// Build-time generator: turns date-holidays' data into the small table src/lib/holidays.data.ts, so the browser never bundles date-holidays.
// Run with `node scripts/generate-holidays.ts` (Node 24 strips the types; only erasable TypeScript syntax here).
import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import dateHolidaysPackage from 'date-holidays/package.json' with { type: 'json' };

/** The table's shape, as written to src/lib/holidays.data.ts. */
export interface HolidayData {
  /** First calendar year the table covers. */
  firstYear: number;
  /** Last calendar year the table covers. */
  lastYear: number;
  /** Per region, one entry per year from firstYear: that year's holidays as comma-separated 'MMDD' codes. */
  codes: Record<string, string[]>;
  /** Per region and year as in `codes`: each holiday's name, '|'-separated in the same order as its codes. */
  names: Record<string, string[]>;
}

/**
 * Which date-holidays calendar stands for each holiday region (region 'none' has no holidays).
 * - US: federal holidays, with the Friday/Monday observed days.
 * - GB: England and Wales (state ENG), bank holidays with substitute days; date-holidays types them 'public'.
 * - CA: the national set: the statutory holidays common to the whole country (New Year, Good Friday, Canada Day,
 *   Labour Day, Christmas). Provincial holidays and the federal-only Truth and Reconciliation day (an 'observance'
 *   nationally) are left out.
 * - AU: national public holidays only (state holidays and state substitute rules are left out).
 * - IE, NZ: national public holidays.
 */
export const DATE_HOLIDAYS_CALENDARS: Record<string, [country: string, state?: string]> = {
  US: ['US'],
  GB: ['GB', 'ENG'],
  CA: ['CA'],
  AU: ['AU'],
  IE: ['IE'],
  NZ: ['NZ'],
};

/**
 * Which date-holidays entries count as days offices are closed:
 * - every type 'public' holiday, including its weekend date (already a non-business day) and its substitute day;
 * - a substitute day typed 'bank': date-holidays types the weekday that replaces a public holiday 'bank' in two
 *   places, the US Veterans Day observed on a Friday/Monday (a federal holiday under 5 U.S.C. 6103) and Ireland's
 *   Monday after St Patrick's or St Stephen's Day on a weekend (the day employers give off). The rules count
 *   observed and substitute days as holidays.
 * Left out: 'observance' (Mother's Day, Halloween…), 'optional' (US Christmas Eve), 'school', and plain 'bank'
 * days such as Good Friday in Ireland, which is not a public holiday there.
 */
export function countsAsHoliday(holiday: HolidaysTypes.Holiday): boolean {
  return holiday.type === 'public' || (holiday.substitute === true && holiday.type === 'bank');
}

/** The 'YYYY-MM-DD' dates of one region's holidays in the years first…last, sorted, each once. */
export function holidayDates(region: string, firstYear: number, lastYear: number): string[] {
  return [...namedHolidays(region, firstYear, lastYear).keys()].sort();
}

/** A holiday's name as the site prints it: typographic apostrophes, and no '|' (the table's separator). */
function cleanName(name: string): string {
  return name.replace(/'/g, '’').replace(/\|/g, '/').trim();
}

/** One region's holidays in the years first…last: date → name (the first name date-holidays gives for that date). */
export function namedHolidays(region: string, firstYear: number, lastYear: number): Map<string, string> {
  const calendar = DATE_HOLIDAYS_CALENDARS[region];
  if (!calendar) throw new Error(`No date-holidays calendar for region ${region}`);
  const [country, state] = calendar;
  const holidays = state ? new Holidays(country, state) : new Holidays(country);
  const dates = new Map<string, string>();
  // A substitute can fall in the year before its holiday (US: New Year's Day 2028 is observed on 2027-12-31).
  for (let year = firstYear - 1; year <= lastYear + 1; year += 1) {
    for (const holiday of holidays.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      const dateYear = Number(date.slice(0, 4));
      if (countsAsHoliday(holiday) && dateYear >= firstYear && dateYear <= lastYear && !dates.has(date)) dates.set(date, cleanName(holiday.name));
    }
  }
  return dates;
}

/** The whole table for the years first…last. */
export function buildHolidayData(firstYear: number, lastYear: number): HolidayData {
  const codes: Record<string, string[]> = {};
  const names: Record<string, string[]> = {};
  for (const region of Object.keys(DATE_HOLIDAYS_CALENDARS)) {
    const named = namedHolidays(region, firstYear, lastYear);
    const dates = [...named.keys()].sort();
    const years: string[] = [];
    const yearNames: string[] = [];
    for (let year = firstYear; year <= lastYear; year += 1) {
      const prefix = `${year}-`;
      const ofYear = dates.filter((date) => date.startsWith(prefix));
      years.push(ofYear.map((date) => date.slice(5, 7) + date.slice(8, 10)).join(','));
      yearNames.push(ofYear.map((date) => named.get(date) ?? '').join('|'));
    }
    codes[region] = years;
    names[region] = yearNames;
  }
  return { firstYear, lastYear, codes, names };
}

/** The years the site ships: from last year to four years ahead of the current one, so a plan made today always has its holidays. */
export function coveredYears(now: Date): { firstYear: number; lastYear: number } {
  const year = now.getUTCFullYear();
  return { firstYear: year - 1, lastYear: year + 4 };
}

/** The source text of src/lib/holidays.data.ts. */
export function holidayDataModule(data: HolidayData, version: string): string {
  const regions = Object.entries(data.codes)
    .map(([region, years]) => `    ${region}: ${JSON.stringify(years)},`)
    .join('\n');
  const names = Object.entries(data.names)
    .map(([region, years]) => `    ${region}: ${JSON.stringify(years)},`)
    .join('\n');
  return `// Generated by scripts/generate-holidays.ts from date-holidays ${version}; do not edit (regenerated before every build and test).
/** Public holidays per region and year: comma-separated 'MMDD' codes, one string per year from firstYear; their names, '|'-separated in the same order. */
export const HOLIDAY_DATA: {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly codes: Readonly<Record<string, readonly string[]>>;
  readonly names: Readonly<Record<string, readonly string[]>>;
} = {
  firstYear: ${data.firstYear},
  lastYear: ${data.lastYear},
  codes: {
${regions}
  },
  names: {
${names}
  },
};
`;
}

/** Node's file writer, typed here because the project does not depend on @types/node. */
type WriteFileSync = (path: URL, data: string) => void;

/** True when Node runs this file directly (not when a test imports it). */
const runAsScript = (import.meta as ImportMeta & { main?: boolean }).main === true;

if (runAsScript) {
  const nodeFs = 'node:fs';
  const { writeFileSync } = (await import(nodeFs)) as { writeFileSync: WriteFileSync };
  const { firstYear, lastYear } = coveredYears(new Date());
  const target = new URL('../src/lib/holidays.data.ts', import.meta.url);
  writeFileSync(target, holidayDataModule(buildHolidayData(firstYear, lastYear), dateHolidaysPackage.version));
  console.log(`holidays ${firstYear}–${lastYear} written to ${target.pathname}`);
}
