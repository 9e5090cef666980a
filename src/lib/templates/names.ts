// People's names: split a typed name into honorific, first name and surname, and build the greeting each tone calls for (C4).
//
// The heuristic, in order:
// 1. Spaces are squeezed and commas after words dropped ("Jane Roe, PhD" → "Jane Roe PhD").
// 2. Known honorifics at the front of the name (Dr, Dr., Mr, Ms, Mrs, Mx, Miss, Prof, Professor, Rev, in any case,
//    with or without the dot) are taken out; the first one becomes the honorific unless the honorific field gives one.
// 3. Known suffixes at the end (Jr., Sr., II, III, IV, PhD, MD, Esq.) are left out of the surname.
// 4. The first word is the first name ("Anne-Marie" stays whole; "María José" gives "María").
// 5. The surname is the last word plus any surname particles just before it (de, del, della, de la, van, von, der,
//    den, da, di, du, dos, das, le, la, bin, ibn, al, ter, ten), never taking the first word:
//    "Ludwig van Beethoven" → "van Beethoven", "María José de la Cruz" → "de la Cruz".
// 6. A one-word name ("Cher") is both first name and surname.
// 7. A word typed all in lower case or all in capitals is given a name's capitals: "rebecca" → "Rebecca",
//    "O'NEIL" → "O'Neil", "mcadams" → "McAdams", "garcía-lópez" → "García-López"; particles after the first word
//    stay lower case ("VAN DER BERG" → "van der Berg"). A word typed in mixed case ("DeShawn") is kept as typed.

export { HONORIFICS } from './ids';

const HONORIFIC_BY_KEY: Readonly<Record<string, string>> = {
  dr: 'Dr.', doctor: 'Dr.', mr: 'Mr.', ms: 'Ms.', mrs: 'Mrs.', mx: 'Mx.', miss: 'Miss',
  prof: 'Professor', professor: 'Professor', rev: 'Rev.',
};
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
const PARTICLES = new Set(['de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'ter', 'ten']);

/** A name split for greetings. `full` is the name without honorific, as typed (suffix kept). */
export interface PersonName {
  honorific?: string;
  first: string;
  last: string;
  /** First name to surname, without honorific or suffix. */
  plain: string;
  full: string;
  /** Only one word was typed besides the honorific ("Dr. Okafor"): we know a surname, not a first name. */
  oneWord?: true;
}

function keyOf(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

/** The printed honorific for a typed word, if it is one ("__proto__" and the like are not). */
function honorificOf(word: string): string | undefined {
  const key = keyOf(word);
  return Object.hasOwn(HONORIFIC_BY_KEY, key) ? HONORIFIC_BY_KEY[key] : undefined;
}

/**
 * The printed form of an honorific typed any way; a title we do not know is kept as typed when it looks like one word or two.
 * @example normalizeHonorific('dr') // 'Dr.'
 */
export function normalizeHonorific(typed: string): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  const known = honorificOf(text);
  if (known) return known;
  return /^\p{L}[\p{L}.'’-]*( \p{L}[\p{L}.'’-]*)?$/u.test(text) && text.length <= 20 ? text : undefined;
}

/** A word given a name's capitals: first letter, and the letter after an apostrophe, a hyphen or a leading "Mc". */
function nameCase(word: string): string {
  const lower = word.toLocaleLowerCase('en');
  return lower
    .replace(/(^|[-'’])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('en'))
    .replace(/^Mc(\p{Ll})/u, (_match, letter: string) => `Mc${letter.toLocaleUpperCase('en')}`);
}

/**
 * A typed name with capitals where the person typed it all lower or all upper case (rule 7 above); mixed case is kept.
 * @example properName('mary o\'NEIL') // "Mary O'Neil"
 * @example properName('VAN DER BERG') // 'Van der Berg'
 */
export function properName(typed: string): string {
  return typed.split(' ').map((word, index) => {
    const hasLower = /\p{Ll}/u.test(word);
    const hasUpper = /\p{Lu}/u.test(word);
    if (hasLower && hasUpper) return word;
    if (!hasLower && !hasUpper) return word;
    if (word.replace(/\./g, '').length <= 1) return word.toLocaleUpperCase('en');
    if (index > 0 && PARTICLES.has(word.toLocaleLowerCase('en'))) return word.toLocaleLowerCase('en');
    return nameCase(word);
  }).join(' ');
}

/**
 * Splits a typed name (see the heuristic at the top of this file); `first` is '' when the name holds only an honorific.
 * @example splitName('Dr Jane Roe') // { honorific: 'Dr.', first: 'Jane', last: 'Roe', plain: 'Jane Roe', full: 'Jane Roe' }
 */
export function splitName(typed: string, honorificField = ''): PersonName {
  const words = properName(typed.replace(/\s+/g, ' ').trim()).split(' ').map((word) => word.replace(/,+$/, '')).filter(Boolean);
  let honorific = normalizeHonorific(honorificField);
  while (words.length > 0 && honorificOf(words[0] ?? '')) {
    const word = words.shift() ?? '';
    honorific ??= honorificOf(word);
  }
  const full = words.join(' ');
  const core = [...words];
  while (core.length > 1 && SUFFIXES.has(keyOf(core[core.length - 1] ?? ''))) core.pop();
  const first = core[0] ?? '';
  let start = core.length - 1;
  while (start > 1 && PARTICLES.has((core[start - 1] ?? '').toLowerCase())) start -= 1;
  const last = core.length > 1 ? core.slice(start).join(' ') : first;
  return { ...(honorific ? { honorific } : {}), first, last, plain: core.join(' '), full, ...(core.length === 1 ? { oneWord: true } : {}) };
}

/**
 * How a formal note names the person: "Dr. Roe", or the whole name when no honorific is known.
 * @example formalName(splitName('Ludwig van Beethoven', 'Mr')) // 'Mr. van Beethoven'
 */
export function formalName(name: PersonName): string {
  return name.honorific ? `${name.honorific} ${name.last}` : name.plain;
}

/**
 * The name as an address block prints it: honorific and whole name.
 * @example addressName(splitName('Jane Roe', 'Dr')) // 'Dr. Jane Roe'
 */
export function addressName(name: PersonName): string {
  return name.honorific ? `${name.honorific} ${name.full}` : name.full;
}

/**
 * How a warm note names the person: the first name, or "Dr. Okafor" when only an honorific and a surname are known.
 * @example warmName(splitName('Dr. Okafor')) // 'Dr. Okafor'
 */
export function warmName(name: PersonName): string {
  return name.oneWord && name.honorific ? formalName(name) : name.first;
}

/**
 * The greeting line (C4): formal "Dear Dr. Roe,"; warm "Hi Jane," in email and LinkedIn, "Dear Jane," on paper.
 * @example greetingFor(splitName('Jane Roe', 'Ms.'), 'warm', 'email') // 'Hi Jane,'
 */
export function greetingFor(name: PersonName, tone: 'formal' | 'warm', channel: 'email' | 'letter' | 'card' | 'linkedin'): string {
  if (tone === 'formal') return `Dear ${formalName(name)},`;
  return `${channel === 'email' || channel === 'linkedin' ? 'Hi' : 'Dear'} ${warmName(name)},`;
}
