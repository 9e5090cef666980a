// The holiday regions and their labels, apart from the holiday table (holidays.ts) so a form can list them without loading it.

/** Whose public holidays are skipped when counting business days; 'none' skips weekends only. */
export type Region = 'none' | 'US' | 'GB' | 'CA' | 'AU' | 'IE' | 'NZ';

/** Every region with the plain-English label the tools show, in the order they are offered. */
export const REGIONS: readonly { readonly id: Region; readonly label: string }[] = [
  { id: 'none', label: 'None (skip weekends only)' },
  { id: 'US', label: 'United States (federal holidays)' },
  { id: 'GB', label: 'England and Wales (bank holidays)' },
  { id: 'CA', label: 'Canada (national statutory holidays)' },
  { id: 'AU', label: 'Australia (national public holidays)' },
  { id: 'IE', label: 'Ireland (public holidays)' },
  { id: 'NZ', label: 'New Zealand (public holidays)' },
];

/**
 * True for one of the Region ids (for values from forms, URLs or untyped callers).
 * @example isRegion('GB') // true
 */
export function isRegion(value: unknown): value is Region {
  return REGIONS.some((region) => region.id === value);
}

/**
 * The label the tools show for a region.
 * @example regionLabel('GB') // 'England and Wales (bank holidays)'
 */
export function regionLabel(region: Region): string {
  return REGIONS.find((entry) => entry.id === region)?.label ?? region;
}
