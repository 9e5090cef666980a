// How alike two notes read (C3): Jaccard similarity of their word 3-shingles, names taken out, so near-copies between interviewers show.
//
// The measure: take the body paragraphs (the greeting and signature hold the names), lower-case them, split into
// words, drop the words of the note's own greeting (the name), and form every run of SHINGLE_WORDS consecutive words. The
// similarity is |A ∩ B| / |A ∪ B| of the two sets of runs: 1 for the same body, 0 for bodies sharing no run.
// The coach measures free text the same way with maskedShingles(): each person's name and detail, the company, the role
// and the sender's name are masked first, so shared names never count. Nothing is remembered between calls.
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

/** True for a letter or digit (any script), read at `index` of the text; a pair of surrogates is read as one character. */
function isLetterOrDigit(text: string, index: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /^[\p{L}\p{N}]/u.test(code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text[index]!);
}

/**
 * Lower-case words of a text, apostrophes kept inside words: the runs of letters, digits and apostrophes ('’' and '‘'
 * read as "'"), a run of apostrophes alone left out. One pass over the text.
 * @example wordsOf('I’m glad, Dana!') // ["i'm", 'glad', 'dana']
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let letters = false;
  let curly = false;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    const apostrophe = code === 39 || code === 0x2019 || code === 0x2018;
    const letter = !apostrophe && isLetterOrDigit(lower, index, code);
    if (apostrophe || letter) {
      if (start < 0) start = index;
      letters ||= letter;
      curly ||= apostrophe && code !== 39;
      if (letter && code >= 0xd800 && code <= 0xdbff) index += 1;
      continue;
    }
    if (start >= 0 && letters) words.push(curly ? lower.slice(start, index).replace(/[’‘]/g, "'") : lower.slice(start, index));
    start = -1;
    letters = false;
    curly = false;
  }
  return words;
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
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function bodyShingles(note: NoteBody): Set<string> {
  const names = new Set(nameWords(note));
  return shingles(wordsOf(paragraphsText(note)).filter((word) => !names.has(word)));
}

/**
 * Similarity of two notes' bodies, 0 to 1, names left out (see the top of this file). Measured afresh on every call.
 * @example noteSimilarity(note, note) // 1
 */
export function noteSimilarity(a: NoteBody, b: NoteBody): number {
  return jaccard(bodyShingles(a), bodyShingles(b));
}

/** How the shingle reader reads each ASCII character: 0 between words, 1 a letter or digit, 2 an apostrophe. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code === 39) return 2;
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
});
const FNV_START = 0x811c9dc5;
/** The number a masked word leaves: shingles across it still line up, whatever word stood there. */
const MASK = 0x2022;

/** What readShingles() does with each number it reads (see there). */
const Read = { Words: 0, Shingles: 1, Shared: 2 } as const;
type Read = (typeof Read)[keyof typeof Read];

/**
 * Reads a text in one pass that makes no strings: its words (as wordsOf() splits them, each a 32-bit FNV-1a of its
 * lower-case letters, '’' read as "'"), the words in `mask` replaced by one mark (a run of them by a single mark), and
 * every 3-shingle of them as a number (a text of one or two words is one shingle). `Read.Words` adds each word's number
 * to `into`; `Read.Shingles` adds each shingle to `into`; `Read.Shared` counts the shingles, and those `into` holds,
 * giving up (shared 0) once more than `maxMisses` of them are not in `into`.
 */
function readShingles(text: string, mode: Read, mask: ReadonlySet<number>, into: Set<number>, maxMisses = Infinity): { count: number; shared: number } {
  let count = 0;
  let shared = 0;
  let first = 0;
  let second = 0;
  let words = 0;
  let hash = FNV_START;
  let letters = false;
  let inWord = false;
  for (let index = 0; index <= text.length; index += 1) {
    let code = index < text.length ? text.charCodeAt(index) : 32;
    const kind = code < 128 ? ASCII_KIND[code]! : code === 0x2019 || code === 0x2018 ? 2 : /[\p{L}\p{N}]/u.test(text[index]!) ? 1 : 0;
    if (kind !== 0) {
      if (kind === 2) code = 39;
      else {
        letters = true;
        if (code >= 65 && code <= 90) code += 32;
        else if (code > 127) code = text[index]!.toLowerCase().charCodeAt(0);
      }
      inWord = true;
      hash = Math.imul(hash ^ code, 0x01000193);
      continue;
    }
    if (inWord && letters) {
      const number = hash >>> 0;
      if (mode === Read.Words) into.add(number);
      else {
        const word = mask.has(number) ? MASK : number;
        if (!(word === MASK && words > 0 && (words === 1 ? first : second) === MASK)) {
          if (words >= 2) {
            const shingle = (Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca77) ^ word) >>> 0;
            count += 1;
            if (mode === Read.Shingles) into.add(shingle);
            else if (into.has(shingle)) shared += 1;
            else if (count - shared > maxMisses) return { count, shared: 0 };
          }
          if (words === 0) first = word;
          else if (words === 1) second = word;
          else {
            first = second;
            second = word;
          }
          words += 1;
        }
      }
    }
    inWord = false;
    letters = false;
    hash = FNV_START;
  }
  if (mode !== Read.Words && (words === 1 || words === 2)) {
    const shingle = words === 1 ? first : (Math.imul(first, 0x9e3779b1) ^ second) >>> 0;
    count += 1;
    if (mode === Read.Shingles) into.add(shingle);
    else if (into.has(shingle)) shared += 1;
  }
  return { count, shared };
}

const NO_MASK: ReadonlySet<number> = new Set();

/**
 * The numbers of the words to mask (see maskedShingles), from any phrases.
 * @example maskOf(['Acme Tools']).size // 2
 */
export function maskOf(phrases: readonly string[]): Set<number> {
  const mask = new Set<number>();
  for (const phrase of phrases) readShingles(phrase, Read.Words, NO_MASK, mask);
  return mask;
}

/**
 * The word 3-shingles of a text, as numbers, with every word in `mask` replaced by one mark, so names, the company, the
 * role and each person's detail never make two notes read alike. One pass over the text, no strings made.
 * @example jaccard(maskedShingles('Thank you, Jane.', maskOf(['Jane'])), maskedShingles('Thank you, Omar.', maskOf(['Omar']))) // 1
 */
export function maskedShingles(text: string, mask: ReadonlySet<number>): Set<number> {
  const runs = new Set<number>();
  readShingles(text, Read.Shingles, mask, runs);
  return runs;
}

/**
 * How alike another text reads to a note whose maskedShingles() are `mine`: Jaccard similarity, 0 to 1, the other text
 * read in one pass with no set made (a shingle it repeats counts each time; capped at 1). A panel's review reads every
 * other note on each call, so this is the measure it runs most. With `atLeast`, a text that can no longer reach it gives
 * 0 as soon as that is sure: with m shingles not in `mine`, the similarity is at most |mine| / (|mine| + m).
 * @example similarityTo(maskedShingles(text, mask), text, mask) // 1
 */
export function similarityTo(mine: Set<number>, text: string, mask: ReadonlySet<number>, atLeast = 0): number {
  const maxMisses = atLeast > 0 ? mine.size * (1 / atLeast - 1) : Infinity;
  const { count, shared } = readShingles(text, Read.Shared, mask, mine, maxMisses);
  const union = mine.size + count - shared;
  return union <= 0 ? 0 : Math.min(1, shared / union);
}
