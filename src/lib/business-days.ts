// Business days (docs/rules.md, Words the rules use): weekdays that are not public holidays of the chosen region. Apart from dates.ts, so code that only reads dates never loads the holiday table.
import { addDays, isWeekend } from './dates';
import { isHoliday, type Region } from './holidays';

/**
 * Monday to Friday and not a public holiday of the region (docs/rules.md, Words the rules use).
 * @example isBusinessDay('2026-07-03', 'US') // false (Independence Day observed)
 */
export function isBusinessDay(date: string, region: Region): boolean {
  return !isWeekend(date) && !isHoliday(date, region);
}

/**
 * The date itself when it is a business day, else the first business day after it.
 * @example nextBusinessDay('2026-07-03', 'US') // '2026-07-06'
 */
export function nextBusinessDay(date: string, region: Region): string {
  let day = date;
  while (!isBusinessDay(day, region)) day = addDays(day, 1);
  return day;
}

/**
 * The date reached by stepping over n business days (the date itself does not count); a negative n steps back.
 * @example addBusinessDays('2026-07-02', 2, 'US') // '2026-07-07'
 */
export function addBusinessDays(date: string, n: number, region: Region): string {
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(Math.trunc(n)); left > 0; ) {
    day = addDays(day, step);
    if (isBusinessDay(day, region)) left -= 1;
  }
  return day;
}
