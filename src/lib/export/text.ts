// A note as one plain-text file (subject first for email), and a safe ASCII file name for any export of it.
import type { Note, NoteInput } from '../templates/types';

const FILENAME_MAX = 80;
const LETTER_SPELLINGS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The whole note as plain text: "Subject: …" and a blank line when it has a subject, then the note, ending in a newline.
 * @example noteAsText({ subject: 'Thank you – Designer interview', text: 'Dear Ms. Roe, …' }) // 'Subject: Thank you – …\n\nDear Ms. Roe, …\n'
 */
export function noteAsText(note: Note): string {
  const subject = textOf(field(note, 'subject')).replace(/[\r\n]+/g, ' ').trim();
  const body = textOf(field(note, 'text'));
  return `${subject ? `Subject: ${subject}\n\n` : ''}${body}\n`;
}

/**
 * Words turned into lower-case ASCII joined by hyphens: accents dropped, other characters removed.
 * @example asciiSlug('María José de la Cruz') // 'maria-jose-de-la-cruz'
 */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_SPELLINGS[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A safe ASCII file name for a note: scenario, interviewer and company, e.g. 'thank-you-dana-whitfield-harborline-foods.txt'.
 * The extension keeps only letters and digits ('txt' when none is usable); never empty, never a path.
 * @example noteFilename(input, 'eml') // 'thank-you-dana-whitfield-harborline-foods.eml'
 */
export function noteFilename(input: NoteInput, ext = 'txt'): string {
  const parts = [field(input, 'scenario'), field(field(input, 'interviewer'), 'name'), field(input, 'company')];
  let base = asciiSlug(parts.map(textOf).join(' '));
  if (base.length > FILENAME_MAX) base = base.slice(0, FILENAME_MAX).replace(/-[^-]*$/, '') || base.slice(0, FILENAME_MAX);
  const extension = textOf(ext).toLowerCase().replace(/^\.+/, '');
  return `${base || 'note'}.${/^[a-z0-9]{1,10}$/.test(extension) ? extension : 'txt'}`;
}
