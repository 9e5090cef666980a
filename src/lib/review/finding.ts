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

/** A check that passed (shown folded). */
export function pass(rule: string, message: string): Finding {
  return finding(rule, 'pass', message);
}

/** Something to look at. */
export function warn(rule: string, message: string, place?: Place): Finding {
  return finding(rule, 'warn', message, place);
}

/** Something that must change before sending. */
export function fail(rule: string, message: string, place?: Place): Finding {
  return finding(rule, 'fail', message, place);
}
