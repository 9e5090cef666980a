// Small text helpers for the note engine: test for words, tidy sentences, join names, hash for stable variety (one-line.ts cleans what people type).

const LEADING_ARTICLE = /^(The|A|An|Your|Our|My|Their|His|Her|How|What|Why|When|Where|This|That|These|Those)\b/;

/**
 * True when the text holds at least one letter or digit (not only spaces, marks or symbols).
 * @example hasWords('\u202E') // false
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * User text made ready to sit inside one of our sentences: no closing punctuation, a leading article in lower case.
 * @example fragment('The new dashboard.') // 'the new dashboard'
 */
export function fragment(text: string): string {
  const trimmed = text.replace(/[\s.!?,;:…]+$/u, '');
  return trimmed.replace(LEADING_ARTICLE, (word) => word.toLowerCase());
}

/**
 * A sentence with single spaces, no space before punctuation, and no full stop after a shortened detail's ellipsis.
 * @example tidy('Thank you  for meeting with me .') // 'Thank you for meeting with me.'
 */
export function tidy(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').replace(/ ([,.!?;:])/g, '$1').replace(/…[.!]/g, '…').trim();
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
