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

/** The parts of a note read back from its text (the layout puts blank lines between them; a LinkedIn note, single line breaks): greeting first, closing and signature last. */
function noteFromText({ subject, text }: NoteText): Note {
  const blocks = text.split(/\n[ \t]*\n/).map((block) => block.trim()).filter(Boolean);
  const parts = blocks.length > 1 ? blocks : text.split('\n').map((line) => line.trim()).filter(Boolean);
  // A letter starts with the sender, the date and the recipient: the greeting is the first line that reads as one.
  const at = parts.findIndex((part) => !part.includes('\n') && SIGN_LINE.test(part));
  // The closing is the last part (after a paragraph) whose first line reads as one; what follows it is the signature.
  let end = parts.length - 1;
  while (end > at + 1 && !SIGN_LINE.test((parts[end] ?? '').split('\n')[0] ?? '')) end -= 1;
  const closed = end > at + 1;
  const [closing = '', ...signature] = closed ? [...(parts[end] ?? '').split('\n'), ...parts.slice(end + 1)] : [];
  const paragraphs = parts.slice(at + 1, closed ? end : undefined);
  const note = { greeting: parts[at] ?? '', paragraphs, closing, signature, text };
  return subject === undefined ? note : { subject, ...note };
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
