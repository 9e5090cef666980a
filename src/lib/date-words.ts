// Dates and times in words for people: the one function every printed date of the timeline goes through, so a site locale can be passed in.

/** Which words to print: the day ('Wednesday, December 2'), the day with its year, the weekday alone, or the clock time ('4:30 PM'). */
export type DateWords = 'day' | 'day-year' | 'weekday' | 'time';

const OPTIONS: Readonly<Record<DateWords, Intl.DateTimeFormatOptions>> = {
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  'day-year': { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  weekday: { weekday: 'long' },
  time: { hour: 'numeric', minute: '2-digit' },
};

/**
 * A 'YYYY-MM-DD' date or 'YYYY-MM-DDTHH:MM' date and time in words, in the given locale (the reader's own when
 * undefined). The value is read as a wall-clock date and time, so no time zone ever shifts it.
 * @example formatDate('2026-12-02T16:30', 'time', 'en-US') // '4:30 PM'
 * @example formatDate('2026-12-02', 'day', 'en-US') // 'Wednesday, December 2'
 */
export function formatDate(value: string, words: DateWords = 'day-year', locale?: string): string {
  const [year = 1970, month = 1, day = 1] = value.slice(0, 10).split('-').map(Number);
  const hours = Number(value.slice(11, 13)) || 0;
  const minutes = Number(value.slice(14, 16)) || 0;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  // Years 0–99 would be read as 1900–1999.
  date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(locale, { ...OPTIONS[words], timeZone: 'UTC' }).format(date);
}
