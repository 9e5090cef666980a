// Small text helpers for the note engine: test for words, tidy sentences, join names, hash for stable variety (one-line.ts cleans what people type).

/**
 * True when the text holds at least one letter or digit (not only spaces, marks or symbols).
 * @example hasWords('\u202E') // false
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** What tidy() changes in spacing and stops: a space other than U+0020, two in a row, one at either end, one before a
 * mark, a stop doubled. A sentence without any is left as it is. */
const UNTIDY = /[^\S ]| {2}|^ | $| [,.!?;:]|[.!?…][.!]/;

/**
 * A sentence with single spaces, no space before punctuation, no doubled stop after a name that ends in one ("Acme Inc.",
 * "Yahoo!"), and a capital first letter when typed text opens it (a first word with capitals inside, like "eBay", stays).
 * @example tidy('thank you  for meeting with me at Acme Inc. .') // 'Thank you for meeting with me at Acme Inc.'
 */
export function tidy(sentence: string): string {
  const spaced = UNTIDY.test(sentence)
    ? sentence.replace(/\s+/g, ' ').replace(/ ([,.!?;:])/g, '$1').replace(/([.!?…])[.!]/g, '$1').trim()
    : sentence;
  if (!/^\p{Ll}/u.test(spaced)) return spaced;
  return spaced.replace(/^(\p{Ll})(\p{Ll}*)(?=[\s,;:.!?’']|$)/u, (_match, first: string, rest: string) => first.toLocaleUpperCase('en') + rest);
}

/**
 * A typed phrase with a capital first letter, to open a sentence; a first word with capitals inside ("eBay") stays as typed.
 * @example capitalized('your roadmap') // 'Your roadmap'
 */
export function capitalized(text: string): string {
  return text.replace(/^(\p{Ll})(?=\p{Ll}*(?:[^\p{L}]|$))/u, (letter) => letter.toLocaleUpperCase('en'));
}

/**
 * Names joined the US way, with a serial comma.
 * @example joinNames(['Ana', 'Ben', 'Cy']) // 'Ana, Ben, and Cy'
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/**
 * A stable 32-bit FNV-1a hash: the same text always gives the same number.
 * @example stableHash('Dana') === stableHash('Dana') // true
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Text cut at a word boundary to at most `max` UTF-16 units, with an ellipsis when it was cut.
 * @example shorten('the plan for the spring launch', 16) // 'the plan for…'
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  cut = cut.replace(/[\uD800-\uDBFF]$/, '').replace(/[\s.,;:!?–—-]+$/u, '');
  return `${cut}…`;
}

/**
 * Sentences in a paragraph; "Dr." and the like do not end one.
 * @example sentenceCount('Dr. Roe was kind. Thank you!') // 2
 */
export function sentenceCount(paragraph: string): number {
  const withoutAbbreviations = paragraph.replace(/\b(Mr|Ms|Mrs|Mx|Dr|Prof|Sr|Jr|St|vs|etc|e\.g|i\.e)\./gi, '$1');
  return withoutAbbreviations.split(/[.!?…]+(?=\s|$)/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}
