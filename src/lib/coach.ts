// The note coach: reviewText() checks a note's text as the person wrote or edited it against the content rules (C1–C10) and the timing rules (T1, T4, T5, T8), alone and against the other interviewers' notes; reviewNote() is the same checks on a written note.
import { makeReview, panelReviews, type EditedText, type Review, type ReviewOptions } from './review/context';
import { fourParts, length, othersThanked, personal, promised } from './review/content';
import type { Finding } from './review/finding';
import { emoji, greeting, linkedinLength, signature, subjectLine } from './review/form';
import { proofread } from './review/proofread';
import { checkIn, thankYouTiming } from './review/timing';
import type { Note, NoteInput } from './templates/types';

export type { Finding } from './review/finding';
export type { EditedText, ReviewOptions } from './review/context';

/** Every check, in the order findings are listed. */
const CHECKS: readonly ((review: Review) => Finding[])[] = [
  fourParts, length, personal, greeting, emoji, subjectLine, signature, promised, proofread, othersThanked, linkedinLength,
  thankYouTiming, checkIn,
];

function findingsOf(review: Review): Finding[] {
  return CHECKS.flatMap((check) => check(review));
}

function options(value: unknown): ReviewOptions {
  return typeof value === 'object' && value !== null ? (value as ReviewOptions) : {};
}

function edited(value: unknown): EditedText {
  const note = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    text: typeof note.text === 'string' ? note.text : '',
    ...(typeof note.subject === 'string' ? { subject: note.subject } : {}),
  };
}

/**
 * Findings for a note's text as the person wrote or edited it: C1–C10, and the timing rules when `options.now` and the
 * interview date are known, compared with the panel's other notes for near-copies. Each finding says what to change and
 * where: `field` for an answer to change, `at` for a place in `text`. The input is cleaned once per call; nothing is
 * remembered between calls. Never throws; returns [] if nothing can be read.
 * @example reviewText(input, { subject: 'Thank you – Support Lead interview', text: 'Dear Dr. Roe,\n\n…' }).filter((finding) => finding.level !== 'pass') // what to fix
 */
export function reviewText(input: NoteInput, text: { subject?: string; text: string }, others?: readonly { subject?: string; text: string }[], given?: ReviewOptions): Finding[] {
  try {
    const mine = edited(text);
    const rest = Array.isArray(others) ? others.filter((other) => other !== text).map(edited) : [];
    return findingsOf(makeReview(input, mine, rest, options(given)));
  } catch {
    return [];
  }
}

/**
 * reviewText for every note of a panel at once, each against all the others: a note is read once, and each pair is
 * compared once, with every note's names and details masked. What the builder runs after a pause in typing.
 * Never throws; a note that cannot be read gets [].
 * @example reviewTexts(panel.map((entry) => ({ input: entry.input, text: { subject: entry.subject, text: entry.text } })), { now: '2026-11-17T18:00' })[0] // the first note's findings
 */
export function reviewTexts(notes: readonly { input: NoteInput; text: { subject?: string; text: string } }[], given?: ReviewOptions): Finding[][] {
  try {
    const list = Array.isArray(notes) ? notes : [];
    return panelReviews(list.map((note) => ({ input: note.input, text: edited(note.text) })), options(given)).map(findingsOf);
  } catch {
    return Array.isArray(notes) ? notes.map(() => []) : [];
  }
}

/**
 * reviewText on a written note: the same checks, on its text and subject (the note's parts are read from its text).
 * @example reviewNote(input, note, otherNotes, { now: '2026-11-17T18:00' }).filter((finding) => finding.level !== 'pass') // what to fix
 */
export function reviewNote(input: NoteInput, note: Note, otherNotes?: Note[], options?: ReviewOptions): Finding[] {
  const others = Array.isArray(otherNotes) ? otherNotes.filter((other) => other !== note).map(edited) : [];
  return reviewText(input, edited(note), others, options);
}
