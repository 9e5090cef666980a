// What one review reads, worked out once per call: the input cleaned once, the note's parts and words, the other notes' shingles with names and details masked.
import { isIsoDate } from '../dates';
import { isRegion, type Region } from '../holidays';
import { oneLine } from '../templates/one-line';
import { NEAR_COPY_SIMILARITY, maskOf, maskedShingles, similarityTo, wordsOf } from '../templates/similarity';
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

/** Everything the checks read, made once per review. */
export interface Review {
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
  /** The other notes' texts. */
  others: readonly string[];
  /** How alike each other note reads to this one, 0 to 1, names and details masked (see similarity.ts); 0 for one that
   * cannot reach the near-copy similarity. */
  similarities: number[];
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
 * The review's reading of its arguments; never throws, whatever it is given.
 * @example makeReview(input, { text: 'Hi Jane,\n\nThanks!' }, [], {}).read.greeting?.text // 'Hi Jane,'
 */
export function makeReview(input: NoteInput, edited: EditedText, others: readonly EditedText[], options: ReviewOptions): Review {
  const clean = cleanInput(input);
  const read = readText(text(edited.text));
  const body = bodyOf(read);
  const connection = oneLine(typeof input === 'object' && input !== null ? (input as { connection?: unknown }).connection : '');
  const masked = maskedWords(clean, connection, read);
  const otherTexts = others.map((other) => text(other.text));
  const mine = maskedShingles(withoutGreeting(read.text), masked);
  const similarities = otherTexts.map((other) => similarityTo(mine, withoutGreeting(other), masked, NEAR_COPY_SIMILARITY));
  const today = text(options.now).slice(0, 10);
  const decisionDate = text(options.decisionDate);
  const shared = contentStems([clean.company, clean.role, clean.you.name, clean.interviewer.typedName, ...clean.others].join(' '));
  return {
    input: clean,
    connection,
    subject: text(edited.subject),
    read,
    body,
    bodyLower: body.toLowerCase(),
    shared,
    others: otherTexts,
    similarities,
    ...(isIsoDate(today) ? { today } : {}),
    region: isRegion(options.region) ? options.region : 'none',
    ...(isIsoDate(decisionDate) ? { decisionDate } : {}),
  };
}
