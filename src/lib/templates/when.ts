// Dates in words for notes: "on Tuesday", "Friday, December 4", "November 17, 2026". Input dates are valid 'YYYY-MM-DD' strings.
import { daysBetween, weekday } from '../dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function monthDay(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${Number(date.slice(8, 10))}`;
}

function weekdayName(date: string): string {
  return WEEKDAYS[weekday(date)] ?? '';
}

function sameYear(a: string, b: string | undefined): boolean {
  return b === undefined || a.slice(0, 4) === b.slice(0, 4);
}

/**
 * The date a letter is dated with.
 * @example letterDate('2026-11-17') // 'November 17, 2026'
 */
export function letterDate(date: string): string {
  return `${monthDay(date)}, ${Number(date.slice(0, 4))}`;
}

/**
 * A day named in full, with the year only when it differs from the reference date's.
 * @example dayInWords('2026-12-04') // 'Friday, December 4'
 */
export function dayInWords(date: string, reference?: string): string {
  const words = `${weekdayName(date)}, ${monthDay(date)}`;
  return sameYear(date, reference) ? words : `${words}, ${Number(date.slice(0, 4))}`;
}

/**
 * When something happened, as a note says it: relative to today when today is known ("today", "yesterday",
 * "on Tuesday" within the week, else "on November 17"); without today, "on Tuesday" for a note written within
 * a day of the interview (`recent`), else "on November 17".
 * @example pastDay('2026-11-17', '2026-11-19') // 'on Tuesday'
 */
export function pastDay(date: string, today: string | undefined, recent: boolean): string {
  if (today === undefined) return recent ? `on ${weekdayName(date)}` : `on ${monthDay(date)}`;
  const daysAgo = daysBetween(date, today);
  if (daysAgo === 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo > 1 && daysAgo < 7) return `on ${weekdayName(date)}`;
  return sameYear(date, today) ? `on ${monthDay(date)}` : `on ${letterDate(date)}`;
}
