// The host's locale (site.config.ts): how dates are written ('10 March 2026' or 'March 10, 2026') and which holidays the timeline skips by default.
import type { Region } from './holidays';

/** The English locales a host can choose; each matches one of the timeline's holiday regions. */
export type Locale = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'en-IE' | 'en-NZ';

/** Every locale, the default first. */
export const LOCALES: readonly Locale[] = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-NZ'];

/** The locale when a host sets none. */
export const DEFAULT_LOCALE: Locale = 'en-US';

/** @example isLocale('en-GB') // true; isLocale('fr-FR') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * How much of a date to write:
 * - 'long': 'March 10, 2026' / '10 March 2026' (a letter's date);
 * - 'day-month': 'March 10' / '10 March';
 * - 'weekday-day-month': 'Tuesday, March 10' / 'Tuesday 10 March';
 * - 'full': 'Tuesday, March 10, 2026' / 'Tuesday 10 March 2026'.
 */
export type DateStyle = 'long' | 'day-month' | 'weekday-day-month' | 'full';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The locales that write the month first ('March 10, 2026'), as Intl.DateTimeFormat does for them; the others write the day first. */
const MONTH_FIRST: readonly Locale[] = ['en-US', 'en-CA'];

/**
 * A 'YYYY-MM-DD' date in words, as the locale writes it: without a weekday, the same words and order as
 * `Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })` (the unit tests
 * check every day of three years against it); with one, Intl's own form for 'en-US' and 'en-CA', and 'Tuesday 10 March
 * 2026' with no comma for the day-first locales, where Intl itself varies. Worked out from the date's own digits, never
 * through a clock, so the day cannot shift with a time zone; a value that is not such a date comes back unchanged.
 * Written by hand rather than through Intl because making a formatter costs about as much as writing a whole note,
 * and a note writes several dates on every keystroke.
 * @example formatDate('2026-03-10', 'en-GB') // '10 March 2026'
 * @example formatDate('2026-03-10', 'en-US', 'weekday-day-month') // 'Tuesday, March 10'
 */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE, style: DateStyle = 'long'): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthName = MONTHS[month - 1];
  if (monthName === undefined || day < 1 || day > 31) return iso;
  const monthFirst = MONTH_FIRST.includes(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const dayMonth = monthFirst ? `${monthName} ${day}` : `${day} ${monthName}`;
  const weekdayName = WEEKDAYS[weekdayOf(year, month, day)] ?? '';
  switch (style) {
    case 'day-month':
      return dayMonth;
    case 'weekday-day-month':
      return monthFirst ? `${weekdayName}, ${dayMonth}` : `${weekdayName} ${dayMonth}`;
    case 'full':
      return monthFirst ? `${weekdayName}, ${dayMonth}, ${year}` : `${weekdayName} ${dayMonth} ${year}`;
    default:
      return monthFirst ? `${dayMonth}, ${year}` : `${dayMonth} ${year}`;
  }
}

/** 0 = Sunday … 6 = Saturday, for a date in the Gregorian calendar (Sakamoto's method: integer arithmetic only). */
function weekdayOf(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] ?? 0) + day) % 7;
}

/**
 * The holiday region a host's readers most likely live in: the locale's country.
 * @example defaultRegion('en-IE') // 'IE'
 */
export function defaultRegion(locale: Locale): Region {
  return (isLocale(locale) ? locale : DEFAULT_LOCALE).slice(3) as Region;
}
