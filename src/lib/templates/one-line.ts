// Cleaning what people type into one line of text: for the note engine's inputs and for values a link brings into the builder.

const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** What oneLine() changes: a control character, a surrogate, a space other than U+0020 (as \s reads them), two spaces, a space at either end. */
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\uD800-\uDFFF]| {2}|^ | $/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any value as one clean line of text: '' for non-strings, no control characters or broken surrogates, single spaces, trimmed.
 * @example oneLine('  Acme\r\n Corp ') // 'Acme Corp'
 */
export function oneLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}
