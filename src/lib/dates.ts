// Calendar dates as 'YYYY-MM-DD' strings: strict parsing, day arithmetic on integer day numbers (no time zones, no DST) and weekdays; business days are in business-days.ts.

/** A day number: whole days since 1970-01-01 (negative before it). */
type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_24H = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * True when the year is a Gregorian leap year.
 * @example isLeapYear(2028) // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year.
 * @example daysInMonth(2026, 2) // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a real calendar date written 'YYYY-MM-DD' (year 0001–9999); '2026-02-30' is false.
 * @example isIsoDate('2028-02-29') // true
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * True for a 24-hour clock time 'HH:MM' from 00:00 to 23:59.
 * @example isTime24('14:30') // true
 */
export function isTime24(value: unknown): value is string {
  return typeof value === 'string' && TIME_24H.test(value);
}

/**
 * Minutes since midnight of a valid 'HH:MM' time.
 * @example minutesOfDay('01:30') // 90
 */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The year of a valid ISO date.
 * @example yearOf('2026-07-03') // 2026
 */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** ISO date of a day number (H. Hinnant's civil_from_days). */
function dateFromDayNumber(dayNumber: DayNumber): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole days since 1970-01-01 of a valid ISO date.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: string): DayNumber {
  return dayNumberFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The ISO date of a day number.
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(dayNumber: DayNumber): string {
  return dateFromDayNumber(dayNumber);
}

/**
 * The date n calendar days later (n may be negative).
 * @example addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * Calendar days from a to b (negative when b is earlier).
 * @example daysBetween('2026-12-31', '2027-01-01') // 1
 */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (as in JavaScript's getUTCDay).
 * @example weekday('2026-07-03') // 5 (Friday)
 */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * -1, 0 or 1 as date a is before, the same as or after date b.
 * @example compareDates('2026-01-02', '2026-01-10') // -1
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * The later of two dates.
 * @example laterDate('2026-01-02', '2026-01-10') // '2026-01-10'
 */
export function laterDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The earlier of two dates.
 * @example earlierDate('2026-01-02', '2026-01-10') // '2026-01-02'
 */
export function earlierDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/**
 * True on Saturday and Sunday.
 * @example isWeekend('2026-07-04') // true
 */
export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}
