// How alike two notes read (C3): Jaccard similarity of their word 3-shingles, names taken out, so near-copies between interviewers show.
//
// The measure: take the body paragraphs (the greeting and signature hold the names), lower-case them, split into
// words, drop the words of the note's own greeting (the name), and form every run of SHINGLE_WORDS consecutive words. The
// similarity is |A ∩ B| / |A ∪ B| of the two sets of runs: 1 for the same body, 0 for bodies sharing no run.
// Measured on this engine's own notes: two interviewers' notes that differ only in the name score 1; the same
// sentences with another detail score 0.63–0.81 (email, card); notes from renderNotes() (own phrasing and
// detail) score at most 0.22 (email, card) and 0.56 (LinkedIn, where the short frame is shared).

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Two notes at or above this similarity read as copies of each other. */
export const NEAR_COPY_SIMILARITY = 0.6;

/** The parts of a note the measure reads. */
export interface NoteBody {
  greeting?: unknown;
  paragraphs?: unknown;
}

const GREETING_WORDS = new Set(['dear', 'hi', 'hello', 'dr', 'mr', 'ms', 'mrs', 'mx', 'miss', 'professor']);

/**
 * Lower-case words of a text, apostrophes kept inside words.
 * @example wordsOf('I’m glad, Dana!') // ["i'm", 'glad', 'dana']
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter((word) => word.replace(/'/g, '') !== '');
}

function paragraphsText(note: NoteBody): string {
  return Array.isArray(note.paragraphs) ? note.paragraphs.filter((p) => typeof p === 'string').join(' ') : '';
}

function nameWords(note: NoteBody): string[] {
  return typeof note.greeting === 'string' ? wordsOf(note.greeting).filter((word) => !GREETING_WORDS.has(word)) : [];
}

/**
 * The set of runs of `size` consecutive words.
 * @example shingles(['a', 'b', 'c', 'd']) // Set { 'a b c', 'b c d' }
 */
export function shingles(words: readonly string[], size = SHINGLE_WORDS): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start + size <= words.length; start += 1) runs.add(words.slice(start, start + size).join(' '));
  if (runs.size === 0 && words.length > 0) runs.add(words.join(' '));
  return runs;
}

/**
 * |A ∩ B| / |A ∪ B|; 0 when both are empty.
 * @example jaccard(new Set(['a', 'b']), new Set(['b', 'c'])) // 0.333…
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Recently measured notes' shingles by greeting and body, so a panel reviewed note by note measures each note once. */
const shinglesSeen = new Map<string, Set<string>>();
const SHINGLES_REMEMBERED = 64;

/** The last measure of each paragraphs array, with the strings it held: a note met again (same array, same strings) costs
 * no join and no hashing of its whole text. The strings are compared one by one, so an array changed in place is measured again. */
const shinglesByArray = new WeakMap<object, { greeting: string; parts: readonly unknown[]; runs: Set<string> }>();

function bodyShingles(note: NoteBody): Set<string> {
  const greeting = typeof note.greeting === 'string' ? note.greeting : '';
  const paragraphs = Array.isArray(note.paragraphs) ? note.paragraphs : undefined;
  const known = paragraphs && shinglesByArray.get(paragraphs);
  if (known && known.greeting === greeting && known.parts.length === paragraphs.length
    && known.parts.every((part, index) => part === paragraphs[index])) return known.runs;
  const body = paragraphsText(note);
  const key = `${greeting}\u0000${body}`;
  let runs = shinglesSeen.get(key);
  if (!runs) {
    const names = new Set(nameWords(note));
    runs = shingles(wordsOf(body).filter((word) => !names.has(word)));
    if (shinglesSeen.size >= SHINGLES_REMEMBERED) shinglesSeen.clear();
    shinglesSeen.set(key, runs);
  }
  if (paragraphs) shinglesByArray.set(paragraphs, { greeting, parts: [...paragraphs], runs });
  return runs;
}

/** Similarities already measured, by the two notes' sets of runs (never changed once made): a panel where one note
 * changed measures only the pairs that note is in. */
const pairsMeasured = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, number>>();

function rememberPair(a: ReadonlySet<string>, b: ReadonlySet<string>, similarity: number): void {
  let row = pairsMeasured.get(a);
  if (!row) {
    row = new WeakMap();
    pairsMeasured.set(a, row);
  }
  row.set(b, similarity);
}

/**
 * Similarity of two notes' bodies, 0 to 1, names left out (see the top of this file).
 * @example noteSimilarity(note, note) // 1
 */
export function noteSimilarity(a: NoteBody, b: NoteBody): number {
  const [first, second] = [bodyShingles(a), bodyShingles(b)];
  const known = pairsMeasured.get(first)?.get(second);
  if (known !== undefined) return known;
  const similarity = jaccard(first, second);
  rememberPair(first, second, similarity);
  rememberPair(second, first, similarity);
  return similarity;
}
