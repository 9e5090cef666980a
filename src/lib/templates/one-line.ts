// Cleaning what people type into one line of text: for the note engine's inputs and for values a link brings into the builder.

const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any value as one clean line of text: '' for non-strings, no control characters or broken surrogates, single spaces, trimmed.
 * @example oneLine('  Acme\r\n Corp ') // 'Acme Corp'
 */
export function oneLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}
