// A coach's finding and the small helpers that make one: a rule, a level, a plain message, and where to change it (a field, or a place in the text).

export interface Finding {
  rule: string;
  level: 'pass' | 'warn' | 'fail';
  message: string;
  /** The input field to change, where there is one. */
  field?: string;
  /** Where in the reviewed text the finding points (character offsets into `text`, end exclusive), for a sentence to change. */
  at?: { start: number; end: number };
}

/** Where a finding sends the person: an input field, a place in the text, or both. */
export interface Place {
  field?: string | undefined;
  at?: { start: number; end: number } | undefined;
}

function finding(rule: string, level: Finding['level'], message: string, place: Place = {}): Finding {
  return {
    rule, level, message,
    ...(place.field ? { field: place.field } : {}),
    ...(place.at ? { at: { start: place.at.start, end: place.at.end } } : {}),
  };
}

/**
 * A check that passed (shown folded).
 * @example pass('C5', 'Your subject line names the role.').level // 'pass'
 */
export function pass(rule: string, message: string): Finding {
  return finding(rule, 'pass', message);
}

/**
 * Something to look at.
 * @example warn('C8', '“recieve” is misspelt.', { at: { start: 4, end: 11 } }).at // { start: 4, end: 11 }
 */
export function warn(rule: string, message: string, place?: Place): Finding {
  return finding(rule, 'warn', message, place);
}

/**
 * Something that must change before sending.
 * @example fail('C5', 'Add a subject line.', { field: 'role' }).field // 'role'
 */
export function fail(rule: string, message: string, place?: Place): Finding {
  return finding(rule, 'fail', message, place);
}
