// The coach's check of a note as it stands (edited or not), in one place: reviewText's contract, served by reviewNote over the note read back from its text until the coach exports reviewText itself (then this file becomes `export { reviewText } from '../coach';`).
import { reviewNote, type Finding, type ReviewOptions } from '../coach';
import type { Note, NoteInput } from '../templates/types';

/** A note as the person will send it: free text, and a subject for an email. */
export interface NoteText {
  subject?: string;
  text: string;
}

/** A line that reads as a greeting or a closing: short, ending in a comma. */
const SIGN_LINE = /^.{1,80},$/u;

/** The parts of a note read back from its text: greeting, paragraphs, closing and signature (the layout writes them with blank lines between). */
function noteFromText({ subject, text }: NoteText): Note {
  const blocks = text.split(/\n[ \t]*\n/).map((block) => block.trim()).filter(Boolean);
  const parts = blocks.length > 1 ? blocks : text.split('\n').map((line) => line.trim()).filter(Boolean);
  const greetingAt = parts.findIndex((part) => !part.includes('\n') && SIGN_LINE.test(part));
  let closingAt = parts.length;
  let closing = '';
  let signature: string[] = [];
  for (let index = parts.length - 1; index > greetingAt; index -= 1) {
    const [first = '', ...rest] = (parts[index] ?? '').split('\n');
    if (SIGN_LINE.test(first.trim()) && index > greetingAt + 1) {
      closingAt = index;
      closing = first.trim();
      signature = [...rest, ...parts.slice(index + 1)].map((line) => line.trim()).filter(Boolean);
      break;
    }
  }
  const greeting = greetingAt >= 0 ? parts[greetingAt] ?? '' : '';
  const paragraphs = parts.slice(greetingAt + 1, closingAt);
  return subject === undefined ? { greeting, paragraphs, closing, signature, text } : { subject, greeting, paragraphs, closing, signature, text };
}

/**
 * The coach's findings for a note as it stands, compared with the panel's other notes as they stand. Never throws.
 * @example reviewText(input, { subject: 'Thank you – Support Lead interview', text }).filter((finding) => finding.level !== 'pass')
 */
export function reviewText(input: NoteInput, edited: NoteText, others?: readonly NoteText[], options?: ReviewOptions): Finding[] {
  try {
    return reviewNote(input, noteFromText(edited), (others ?? []).map(noteFromText), options);
  } catch {
    return [];
  }
}
