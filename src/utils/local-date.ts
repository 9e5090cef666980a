// Browser-side: the reader's own date and time, as the engine's ISO strings (no time-zone shift: read from local fields).

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Today in the reader's own calendar, 'YYYY-MM-DD'.
 * @example localToday(new Date(2026, 10, 17, 23, 30)) // '2026-11-17'
 */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The reader's local date and time, 'YYYY-MM-DDTHH:MM'.
 * @example localNow(new Date(2026, 10, 17, 9, 5)) // '2026-11-17T09:05'
 */
export function localNow(now = new Date()): string {
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
