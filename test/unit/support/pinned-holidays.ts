// Test support: the holiday table for the fixed years 2025–2030, built by the real generator, so hand-worked cases stay true whatever year the tests run in.
import { buildHolidayData } from '../../../scripts/generate-holidays';

/** The years the hand-worked cases are written for. */
export const PINNED_YEARS = { firstYear: 2025, lastYear: 2030 } as const;

/** A stand-in for src/lib/holidays.data.ts covering PINNED_YEARS; use as `vi.mock('…/holidays.data', pinnedHolidayModule)`. */
export async function pinnedHolidayModule(): Promise<{ HOLIDAY_DATA: ReturnType<typeof buildHolidayData> }> {
  return { HOLIDAY_DATA: buildHolidayData(PINNED_YEARS.firstYear, PINNED_YEARS.lastYear) };
}
