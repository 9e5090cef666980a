// A value that follows another once the page has painted: what is typed shows at once, and the slower work that follows from it (writing ten notes again) comes just after.
import { useEffect, useState } from 'preact/hooks';

/**
 * `value` as the page last showed it: a change reaches the caller after the page has painted it (Preact runs effects
 * after the next paint), unless `now(before, value)` says it cannot wait. A keystroke then costs only the field's own
 * update; what it changes elsewhere is drawn in the next frame, as React's `useDeferredValue` does.
 */
export function useAfterPaint<T>(value: T, now: (before: T, value: T) => boolean): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => setPainted(() => value), [value]);
  return painted === value || now(painted, value) ? value : painted;
}
