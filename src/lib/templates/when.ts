// Dates in words for notes: "on Tuesday", "Friday, December 4", "November 17, 2026" (or "17 November 2026" in the host's locale). Input dates are valid 'YYYY-MM-DD' strings.
import { daysBetween, weekday } from '../dates';
import { DEFAULT_LOCALE, formatDate, type Locale } from '../locale';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function monthDay(date: string, locale: Locale): string {
  return formatDate(date, locale, 'day-month');
}

function weekdayName(date: string): string {
  return WEEKDAYS[weekday(date)] ?? '';
}

function sameYear(a: string, b: string | undefined): boolean {
  return b === undefined || a.slice(0, 4) === b.slice(0, 4);
}

/**
 * The date a letter is dated with.
 * @example letterDate('2026-11-17') // 'November 17, 2026'; letterDate('2026-11-17', 'en-GB') // '17 November 2026'
 */
export function letterDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatDate(date, locale, 'long');
}

/**
 * A day named in full, with the year only when it differs from the reference date's.
 * @example dayInWords('2026-12-04') // 'Friday, December 4'
 */
export function dayInWords(date: string, reference?: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatDate(date, locale, sameYear(date, reference) ? 'weekday-day-month' : 'full');
}

/**
 * When something happened, as a note says it: relative to today when today is known ("today", "yesterday",
 * "on Tuesday" within the week, else "on November 17"); without today, "on Tuesday" for a note written within
 * a day of the interview (`recent`), else "on November 17".
 * @example pastDay('2026-11-17', '2026-11-19') // 'on Tuesday'
 */
export function pastDay(date: string, today: string | undefined, recent: boolean, locale: Locale = DEFAULT_LOCALE): string {
  if (today === undefined) return recent ? `on ${weekdayName(date)}` : `on ${monthDay(date, locale)}`;
  const daysAgo = daysBetween(date, today);
  if (daysAgo === 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo > 1 && daysAgo < 7) return `on ${weekdayName(date)}`;
  return onTheDate(date, today, locale);
}

/**
 * When something happened, as a posted letter or card says it: read days after it is written, it names the date
 * ("on November 17"), never "today" or "on Tuesday"; the year only when it differs from today's.
 * @example postedDay('2026-11-17', '2026-11-17') // 'on November 17'
 */
export function postedDay(date: string, today: string | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return onTheDate(date, today, locale);
}

function onTheDate(date: string, today: string | undefined, locale: Locale): string {
  return sameYear(date, today) ? `on ${monthDay(date, locale)}` : `on ${letterDate(date, locale)}`;
}
