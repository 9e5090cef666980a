// What one review reads, worked out once per note: the input cleaned once, the note's parts and words, and how each other note of the panel compares with it (names and details masked).
import { isIsoDate } from '../dates';
import { isRegion, type Region } from '../holidays';
import { oneLine } from '../templates/one-line';
import { NEAR_COPY_SIMILARITY, jaccard, maskOf, maskedShingles, similarityTo, wordsOf } from '../templates/similarity';
import { cleanInput, type CleanInput } from '../templates/validate';
import type { NoteInput } from '../templates/types';
import { readText, type ReadText } from './read-text';
import { contentStems } from './words';

const GREETING_LINE = /^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^\n]*/i;

export interface ReviewOptions {
  /** The moment of review, 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD': turns on the timing checks (T1, T4, T5, T8). */
  now?: string;
  /** Whose public holidays the check-in timing skips; default 'none' (weekends only). */
  region?: Region;
  /** The day the employer said they would decide by, 'YYYY-MM-DD': a check-in is timed by T4 instead of T5. */
  decisionDate?: string;
}

/** Free text as the coach is given it. */
export interface EditedText {
  subject?: string;
  text: string;
}

/** A note's text read once with its input: what the checks of it read, and what the other notes compare against. */
export interface ReadNote {
  input: CleanInput;
  /** How this interviewer's talk connects to you (NoteInput.connection), trimmed; '' when none. */
  connection: string;
  subject: string;
  read: ReadText;
  /** The body's paragraphs joined by blank lines. */
  body: string;
  /** The body in lower case, for "does the note name this" checks. */
  bodyLower: string;
  /** Stems every note of the panel shares (company, role, names): they never count as naming a detail. */
  shared: Set<string>;
  /** The words masked before comparing notes (see maskedWords). */
  mask: Set<number>;
  /** The whole text's lower-case words (wordsOf), for checks that look for a word before they look for its place. */
  words: string[];
  /** The same words joined by single spaces, padded with a space each side. */
  plain: string;
}

/** Another note of the panel, as a review of this one sees it. */
export interface OtherNote {
  /** Its text as ReadNote.plain. */
  plain: string;
  /** How alike it reads to this note, 0 to 1, names and details masked (see similarity.ts). */
  similarity: number;
}

/** Everything the checks read, made once per review. */
export interface Review extends Omit<ReadNote, 'mask' | 'plain'> {
  /** The panel's other notes. */
  others: readonly OtherNote[];
  /** Today, 'YYYY-MM-DD', when a valid moment was given. */
  today?: string;
  region: Region;
  decisionDate?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const GREETING_WORDS = new Set(['dear', 'hi', 'hello', 'hey', 'good', 'morning', 'afternoon', 'evening', 'dr', 'mr', 'ms', 'mrs', 'mx', 'miss', 'prof', 'professor']);

/**
 * The words a greeting line names (its salutation and honorifics left out).
 * @example greetingNames('Dear Dr. Jane Roe,') // ['jane', 'roe']
 */
export function greetingNames(line: string): string[] {
  return wordsOf(line).filter((word) => !GREETING_WORDS.has(word));
}

/** The words to mask before comparing notes: names, the company, the role, the shared answers, this person's detail. */
function maskedWords(input: CleanInput, connection: string, read: ReadText): Set<number> {
  return maskOf([input.company, input.role, input.you.name, input.you.email, input.you.phone, ...input.you.address,
    input.interviewer.typedName, input.interviewer.title, input.detail, input.fit, input.promised, input.news, ...input.others,
    connection, read.greeting?.text ?? '']);
}

/** The text after its first line when that line is a greeting: the greeting names the person, and names never count. */
function withoutGreeting(value: string): string {
  return GREETING_LINE.test(value) ? value.slice(value.indexOf('\n') + 1) : value;
}

function bodyOf(read: ReadText): string {
  return read.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/**
 * Lower-case words joined by single spaces, padded, for "does the text hold these words in a row" checks.
 * @example plainWords('We spoke: the Inbox!') // ' we spoke the inbox '
 */
export function plainWords(value: string): string {
  return joinedWords(wordsOf(value));
}

/** Words joined by single spaces, padded with a space each side (see plainWords). */
function joinedWords(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/**
 * A note's text read once with its input; never throws, whatever it is given.
 * @example readNote(input, { text: 'Hi Jane,\n\nThanks!' }).read.greeting?.text // 'Hi Jane,'
 */
export function readNote(input: NoteInput, edited: EditedText): ReadNote {
  const clean = cleanInput(input);
  const read = readText(text(edited.text));
  const body = bodyOf(read);
  const connection = oneLine(typeof input === 'object' && input !== null ? (input as { connection?: unknown }).connection : '');
  const words = wordsOf(read.text);
  return {
    input: clean,
    connection,
    subject: text(edited.subject),
    read,
    body,
    bodyLower: body.toLowerCase(),
    shared: contentStems([clean.company, clean.role, clean.you.name, clean.interviewer.typedName, ...clean.others].join(' ')),
    mask: maskedWords(clean, connection, read),
    words,
    plain: joinedWords(words),
  };
}

/** The review of a note read once, given how the other notes compare with it. */
function reviewOf(note: ReadNote, others: readonly OtherNote[], options: ReviewOptions): Review {
  const { mask: _mask, plain: _plain, ...rest } = note;
  const today = text(options.now).slice(0, 10);
  const decisionDate = text(options.decisionDate);
  return {
    ...rest,
    others,
    ...(isIsoDate(today) ? { today } : {}),
    region: isRegion(options.region) ? options.region : 'none',
    ...(isIsoDate(decisionDate) ? { decisionDate } : {}),
  };
}

/**
 * The review of one note against other texts whose inputs are not known: each other text is read with this note's
 * mask (see similarityTo). Never throws, whatever it is given.
 * @example makeReview(input, { text: 'Hi Jane,\n\nThanks!' }, [], {}).read.greeting?.text // 'Hi Jane,'
 */
export function makeReview(input: NoteInput, edited: EditedText, others: readonly EditedText[], options: ReviewOptions): Review {
  const note = readNote(input, edited);
  const mine = maskedShingles(withoutGreeting(note.read.text), note.mask);
  return reviewOf(note, others.map((other) => {
    const value = text(other.text);
    return { plain: plainWords(value), similarity: similarityTo(mine, withoutGreeting(value), note.mask, NEAR_COPY_SIMILARITY) };
  }), options);
}

/**
 * The reviews of a panel's notes, each note read once: its shingles masked with the names and details of every note's
 * input, and each pair compared once. Never throws, whatever it is given.
 * @example panelReviews([{ input, text: { text: 'Hi Jane,…' } }, { input: other, text: { text: 'Hi Omar,…' } }], {})[0]?.others[0]?.similarity // how alike the two read
 */
export function panelReviews(notes: readonly { input: NoteInput; text: EditedText }[], options: ReviewOptions): Review[] {
  const read = notes.map((note) => readNote(note.input, note.text));
  // One mask for the panel: every note's names and details, so a note copied from another and given a new greeting
  // reads as the copy it is, whichever of the two is reviewed.
  const mask = new Set<number>();
  for (const note of read) for (const word of note.mask) mask.add(word);
  const shingles = read.map((note) => maskedShingles(withoutGreeting(note.read.text), mask));
  const alike = read.map(() => new Array<number>(read.length).fill(0));
  for (let first = 0; first < read.length; first += 1) {
    for (let second = first + 1; second < read.length; second += 1) {
      const similarity = jaccard(shingles[first]!, shingles[second]!);
      alike[first]![second] = similarity;
      alike[second]![first] = similarity;
    }
  }
  return read.map((note, index) => reviewOf(note, read.flatMap((other, position) => (
    position === index ? [] : [{ plain: other.plain, similarity: alike[index]![position]! }])), options));
}
