// The reader's local date and time as ISO strings: read from the local calendar, so no time zone moves the day.
import { describe, expect, it } from 'vitest';
import { localNow, localToday } from '../../src/utils/local-date';

describe('localToday and localNow', () => {
  it.each([
    // Built from local fields, so 23:30 on 17 Nov stays 17 Nov in every zone (UTC and UTC+14 alike).
    [new Date(2026, 10, 17, 23, 30), '2026-11-17', '2026-11-17T23:30'],
    // Just after midnight on New Year's Day, month and day padded.
    [new Date(2027, 0, 1, 0, 5), '2027-01-01', '2027-01-01T00:05'],
    // A leap day.
    [new Date(2028, 1, 29, 9, 0), '2028-02-29', '2028-02-29T09:00'],
  ])('%s → %s, %s', (date, day, time) => {
    expect(localToday(date)).toBe(day);
    expect(localNow(date)).toBe(time);
  });
});
