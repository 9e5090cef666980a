// The note coach: reviewNote() checks one note against the content rules (C1–C10) and the thank-you deadline (T1), alone and against the other interviewers' notes.
import { daysBetween, isIsoDate } from './dates';
import { RULES } from './rules';
import { THANK_YOU_SCENARIOS, usesField } from './templates/ids';
import { NEAR_COPY_SIMILARITY, noteSimilarity, wordsOf } from './templates/similarity';
import { sentenceCount } from './templates/text';
import { cleanInput, type CleanInput } from './templates/validate';
import type { Note, NoteInput, ScenarioId } from './templates/types';

export interface Finding {
  rule: string;
  level: 'pass' | 'warn' | 'fail';
  message: string;
  /** The input field to change, where there is one. */
  field?: string;
  /** Where in the reviewed text the finding points (character offsets into `text`, end exclusive), for a sentence to change. */
  at?: { start: number; end: number };
}

export interface ReviewOptions {
  /** The moment of review, 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD': turns on the T1 timing check. */
  now?: string;
}

/** The note as the coach reads it: every part a string or a list of strings, whatever was passed. */
interface NoteText {
  subject: string;
  greeting: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
  text: string;
  raw: { greeting: string; paragraphs: string[] };
}

const C2 = RULES.C2.numbers;
const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;
const THANK_YOU_GRACE_DAYS = Math.ceil(RULES.T1.numbers.hours / 24);

/** Scenarios whose note answers T1 (a thank-you for the interview itself). */
const T1_SCENARIOS: readonly ScenarioId[] = ['thank-you', 'thank-you-offer', 'thank-you-not-a-fit'];

const THANKS = /\b(thank|thanks|grateful|appreciate)/i;
const OFFER_TO_HELP = /\b(let me know|please tell me|anything (else|further|more)|happy to|glad to|can send|take care of)\b/i;
const STATUS: Partial<Record<ScenarioId, RegExp>> = {
  'thank-you': /\b(interest|interested|excited|enthusiastic|eager|keen|love to)\b/i,
  'thank-you-offer': /\b(accept|accepting|say yes)\b/i,
  'thank-you-not-a-fit': /\b(right (fit|match)|understand|respect)\b/i,
  withdraw: /\bwithdraw/i,
};
const STATUS_WORDS: Partial<Record<ScenarioId, string>> = {
  'thank-you': 'that you are still keen on the job',
  'thank-you-offer': 'that you accept the offer',
  'thank-you-not-a-fit': 'that you understand it is not a fit',
  withdraw: 'that you are withdrawing',
};
const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{0,40}\]/, /\{[^}\n]{0,40}\}/, /<\s*insert/i, /\bX{3,}\b/, /\bTODO\b/, /\blorem\b/i, /\bipsum\b/i, /_{3,}/,
];
const INPUT_TEXT_FIELDS = ['detail', 'fit', 'promised', 'news', 'company', 'role'] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The strings of a list: the list itself when it holds only strings (so caches keyed on it hit), else a filtered copy. */
function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.every((item) => typeof item === 'string') ? (value as string[]) : value.filter((item): item is string => typeof item === 'string');
}

function readNote(value: unknown): NoteText {
  const note = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const paragraphs = texts(note.paragraphs);
  return {
    subject: text(note.subject),
    greeting: text(note.greeting),
    paragraphs,
    closing: text(note.closing),
    signature: texts(note.signature),
    text: text(note.text),
    raw: { greeting: text(note.greeting), paragraphs },
  };
}

/** Recent plain() results: a panel's review reads each other note's body many times. */
const plainSeen = new Map<string, string>();

/** Lower-case words joined by single spaces, for "does the note contain this" checks that ignore case and punctuation. */
function plain(value: string): string {
  const seen = plainSeen.get(value);
  if (seen !== undefined) return seen;
  const words = ` ${wordsOf(value).join(' ')} `;
  if (plainSeen.size >= 64) plainSeen.clear();
  plainSeen.set(value, words);
  return words;
}

/** What mentions() looks for: the phrase's first four words as plain() writes them; '' for a phrase with no words. */
function mentionOf(phrase: string): string {
  const words = wordsOf(phrase);
  return words.length === 0 ? '' : ` ${words.slice(0, 4).join(' ')} `;
}

/** True when the note holds the phrase, or at least its first four words (a LinkedIn note may shorten it). */
function mentions(haystack: string, phrase: string): boolean {
  const mention = mentionOf(phrase);
  return mention === '' || plain(haystack).includes(mention);
}

function bodyOf(note: NoteText): string {
  return note.paragraphs.join('\n\n');
}

/** plain() of each paragraphs list met, with the strings it held (compared one by one, so a list changed in place is read again). */
const plainBodies = new WeakMap<readonly string[], { parts: readonly string[]; words: string }>();

/** True when another note's body mentions the phrase (see mentions()). */
function mentionedByAnother(phrase: string, others: readonly NoteText[]): boolean {
  const mention = mentionOf(phrase);
  return others.some((other) => mention === '' || plainBody(other).includes(mention));
}

/** plain(bodyOf(note)), remembered per paragraphs list: a panel's review reads each other note's body once per note. */
function plainBody(note: NoteText): string {
  const { paragraphs } = note;
  const known = plainBodies.get(paragraphs);
  if (known && known.parts.length === paragraphs.length && known.parts.every((part, index) => part === paragraphs[index])) return known.words;
  const words = plain(bodyOf(note));
  plainBodies.set(paragraphs, { parts: [...paragraphs], words });
  return words;
}

/** The input field whose text holds the snippet, so a finding can point at it. */
function fieldHolding(input: CleanInput, snippet: string): string | undefined {
  const needle = snippet.toLowerCase();
  return INPUT_TEXT_FIELDS.find((field) => input[field].toLowerCase().includes(needle));
}

function pass(rule: string, message: string): Finding {
  return { rule, level: 'pass', message };
}

function warn(rule: string, message: string, field?: string): Finding {
  return field ? { rule, level: 'warn', message, field } : { rule, level: 'warn', message };
}

function fail(rule: string, message: string, field?: string): Finding {
  return field ? { rule, level: 'fail', message, field } : { rule, level: 'fail', message };
}

/** C1: thanks, a specific detail, where you stand, an offer to help (thank-you scenarios, on email, letter and card). */
function fourParts(input: CleanInput, note: NoteText): Finding[] {
  const scenario = input.scenario;
  if (!scenario || !THANK_YOU_SCENARIOS.includes(scenario) || input.channel === 'linkedin') return [];
  const body = bodyOf(note);
  const findings: Finding[] = [];
  if (!THANKS.test(body)) findings.push(warn('C1', 'Start by thanking them for their time.'));
  if (!input.detail) {
    findings.push(warn('C1', 'Add one specific thing you talked about, so they remember you.', 'detail'));
  } else if (!mentions(body, input.detail)) {
    findings.push(warn('C1', 'The specific thing you talked about is missing from the note. Put it back in.', 'detail'));
  }
  const status = STATUS[scenario];
  if (status && !status.test(body)) findings.push(warn('C1', `Say where you stand: ${STATUS_WORDS[scenario] ?? 'your status'}.`));
  if (!OFFER_TO_HELP.test(body)) findings.push(warn('C1', 'Offer to send anything else they need.'));
  return findings.length > 0 ? findings
    : [pass('C1', 'Your note has all four parts: thanks, a specific detail, where you stand, and an offer to help.')];
}

/** C2: a thank-you runs 3 sentences to 4 short paragraphs; other notes 3 paragraphs; a card 2 to 4 sentences. */
function length(input: CleanInput, note: NoteText): Finding[] {
  if (input.channel === 'linkedin') return [];
  const counts = note.paragraphs.map(sentenceCount);
  const sentences = counts.reduce((sum, count) => sum + count, 0);
  const findings: Finding[] = [];
  const isThankYou = input.scenario !== undefined && THANK_YOU_SCENARIOS.includes(input.scenario);
  if (input.channel === 'card') {
    if (sentences > C2.cardMaxSentences) findings.push(warn('C2', `Your card has ${sentences} sentences. Keep a card to ${C2.cardMaxSentences} sentences or fewer.`));
    if (sentences < C2.cardMinSentences) findings.push(warn('C2', `Your card has only ${sentences} sentence${sentences === 1 ? '' : 's'}. Write at least ${C2.cardMinSentences}.`));
  } else {
    const maxParagraphs = isThankYou ? C2.thankYouMaxParagraphs : C2.checkInMaxParagraphs;
    if (note.paragraphs.length > maxParagraphs) {
      findings.push(warn('C2', `Your note has ${note.paragraphs.length} paragraphs. Keep it to ${maxParagraphs} short paragraphs at most.`));
    }
    if (isThankYou && sentences < C2.thankYouMinSentences) {
      findings.push(warn('C2', `Your note has only ${sentences} sentence${sentences === 1 ? '' : 's'}. A thank-you needs at least ${C2.thankYouMinSentences}.`));
    }
    if (counts.some((count) => count > C2.paragraphMaxSentences)) {
      findings.push(warn('C2', `One paragraph has more than ${C2.paragraphMaxSentences} sentences. Split it or cut a sentence.`));
    }
  }
  return findings.length > 0 ? findings : [pass('C2', 'Your note is a good length: short and easy to read.')];
}

/** C3: a specific detail, and no near-copy of another interviewer's note. */
function personal(input: CleanInput, note: NoteText, others: readonly NoteText[]): Finding[] {
  const findings: Finding[] = [];
  const coveredByC1 = input.scenario !== undefined && THANK_YOU_SCENARIOS.includes(input.scenario) && input.channel !== 'linkedin';
  const own = input.scenario === 'stay-in-touch' ? input.detail || input.news : input.detail;
  const ownField = input.detail || input.scenario !== 'stay-in-touch' ? 'detail' : 'news';
  if (!coveredByC1 && input.scenario !== 'timeline-update') {
    if (!own) findings.push(warn('C3', 'Add something specific from your conversation, so the note does not read like a form letter.', 'detail'));
    else if (!mentions(bodyOf(note), own)) {
      findings.push(warn('C3', input.channel === 'linkedin'
        ? 'Your detail did not fit in a LinkedIn note. Shorten it to a few words.'
        : 'The specific detail you typed is missing from the note. Put it back in.', ownField));
    }
  }
  let closest = 0;
  for (const other of others) closest = Math.max(closest, noteSimilarity(note.raw, other.raw));
  if (closest >= NEAR_COPY_SIMILARITY) {
    findings.push(warn('C3', `This note reads ${Math.round(closest * 100)}% the same as another interviewer’s note. Give each person their own detail and change a sentence or two.`, 'detail'));
  } else if (input.detail && mentionedByAnother(input.detail, others)) {
    findings.push(warn('C3', 'Another note uses the same detail. Pick something you talked about with this person.', 'detail'));
  }
  return findings.length > 0 ? findings : [pass('C3', 'Your note is personal: it names something specific and reads like no other.')];
}

/** C4: the greeting matches the tone. */
function greeting(input: CleanInput, note: NoteText): Finding[] {
  const line = note.greeting.trim();
  const { first, last, honorific } = input.interviewer.name;
  if (!line) return [warn('C4', 'Start with a greeting that names them, like “Dear Ms. Roe,”.', 'tone')];
  if (/^(hey|yo|sup)\b/i.test(line)) return [warn('C4', '“Hey” is too casual for an interviewer. Start with “Dear” or “Hi”.', 'tone')];
  const has = (name: string): boolean => !name || mentions(line, name);
  if (input.tone === 'formal') {
    const formal = /^dear\b/i.test(line) && has(last) && (!honorific || has(honorific));
    return formal ? [pass('C4', 'Your greeting is formal, to match a formal interview.')]
      : [warn('C4', `A formal note greets them as “Dear ${honorific ? `${honorific} ${last}` : `${first} ${last}`.trim()},”.`, 'tone')];
  }
  if (input.tone === 'warm') {
    const warm = has(first) && !(honorific && mentions(line, `${honorific} ${last}`));
    return warm ? [pass('C4', 'Your greeting uses their first name, to match a relaxed interview.')]
      : [warn('C4', `A warm note greets them by first name, like “Hi ${first},”.`, 'tone')];
  }
  return [];
}

/** C5: an email's subject names the role and what the email is. */
function subjectLine(input: CleanInput, note: NoteText): Finding[] {
  if (input.channel !== 'email') return [];
  const subject = note.subject.trim();
  if (!subject) return [fail('C5', 'Add a subject line with the job title and what the email is, like “Thank you – Designer interview”.', 'role')];
  if (input.role && !mentions(subject, input.role)) return [warn('C5', 'Put the job title in the subject line, so they know at once what it is about.', 'role')];
  if (wordsOf(subject).length - wordsOf(input.role).length < 1) return [warn('C5', 'Say what the email is in the subject line, like “Thank you” or “Following up”.', 'role')];
  return [pass('C5', 'Your subject line names the role and what the email is.')];
}

/** C6: email and letter sign off with the full name and contact details. */
function signature(input: CleanInput, note: NoteText): Finding[] {
  if (input.channel !== 'email' && input.channel !== 'letter') return [];
  const where = input.channel === 'letter' ? note.text : note.signature.join('\n');
  const findings: Finding[] = [];
  if (!input.you.name || !mentions(note.signature.join(' '), input.you.name)) {
    findings.push(warn('C6', 'Sign with your full name.', 'you.name'));
  }
  const email = input.you.email && where.includes(input.you.email);
  const phone = input.you.phone && where.includes(input.you.phone);
  if (!email && !phone) {
    findings.push(warn('C6', 'Add your email address and phone number, so they can reach you easily.', input.you.email ? 'you.phone' : 'you.email'));
  } else if (!email || !phone) {
    findings.push(pass('C6', `Your contact details are there. You could add your ${email ? 'phone number' : 'email address'} as well.`));
  }
  return findings.length > 0 ? findings : [pass('C6', 'You sign with your full name and your contact details.')];
}

/** C7: what was promised is in the note. */
function promised(input: CleanInput, note: NoteText): Finding[] {
  if (!input.promised || !usesField(input.scenario, 'promised')) return [];
  if (input.channel === 'card' || input.channel === 'linkedin') {
    return [pass('C7', 'Send what you promised with your email: a card or LinkedIn note cannot carry it.')];
  }
  return mentions(bodyOf(note), input.promised) ? [pass('C7', 'You include what you promised to send.')]
    : [warn('C7', 'You promised to send something, but the note does not mention it.', 'promised')];
}

/** The first word written twice in a row ("for for"), or undefined. */
function doubledWord(value: string): string | undefined {
  const words = value.split(/\s+/);
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const before = words[index - 1] ?? '';
    if (word.toLowerCase() === before.toLowerCase() && /^\p{L}+$/u.test(word)) return `${before} ${word}`;
  }
  return undefined;
}

/** C8: no placeholder left, and the simple slips a proofread catches. */
function proofread(input: CleanInput, note: NoteText): Finding[] {
  // The parts and the whole text, kept apart by a mark no word check reads across.
  const whole = [note.subject, note.greeting, ...note.paragraphs, note.closing, ...note.signature, note.text].join('\n|\n');
  const findings: Finding[] = [];
  for (const pattern of PLACEHOLDERS) {
    const found = pattern.exec(whole)?.[0];
    if (found) findings.push(fail('C8', `“${found}” looks like a placeholder. Replace it with real words.`, fieldHolding(input, found)));
  }
  const doubled = doubledWord(whole);
  if (doubled) findings.push(warn('C8', `“${doubled}” repeats a word. Check it.`, fieldHolding(input, doubled)));
  const lowerI = /(?<![\p{L}\p{N}.'’])i(?=\s|[’']\p{L}|,)/u.exec(whole);
  if (lowerI) findings.push(warn('C8', 'Write “I” as a capital letter.', fieldHolding(input, whole.slice(lowerI.index, lowerI.index + 12).trim())));
  if (note.paragraphs.some((paragraph) => !/[.!?…)"”’]$/u.test(paragraph.trim()))) {
    findings.push(warn('C8', 'A sentence is missing its full stop at the end.'));
  }
  if (/ {2,}/.test(whole)) findings.push(warn('C8', 'There are two spaces in a row. Take one out.'));
  return findings.length > 0 ? findings
    : [pass('C8', 'Read it aloud once before you send it: a typo reads as a sample of your work.')];
}

/** C9: the others to thank are named. */
function othersThanked(input: CleanInput, note: NoteText): Finding[] {
  if (input.others.length === 0 || !usesField(input.scenario, 'others') || (input.channel !== 'email' && input.channel !== 'letter')) return [];
  const missing = input.others.filter((name) => !mentions(bodyOf(note), name));
  return missing.length === 0 ? [pass('C9', 'You ask them to pass your thanks to the others by name.')]
    : [warn('C9', `Ask them to pass your thanks to ${missing.join(', ')} as well.`, 'others')];
}

/** C10: a LinkedIn note fits the free account's limit. */
function linkedinLength(input: CleanInput, note: NoteText): Finding[] {
  if (input.channel !== 'linkedin') return [];
  const count = note.text.length;
  return count > LINKEDIN_LIMIT
    ? [fail('C10', `Your LinkedIn note has ${count} characters. LinkedIn allows ${LINKEDIN_LIMIT} on a free account, so shorten it.`, 'detail')]
    : [pass('C10', `Your LinkedIn note has ${count} of ${LINKEDIN_LIMIT} characters.`)];
}

/** T1: a thank-you goes out within a day of the interview (no end time known: by the end of the next day). */
function timing(input: CleanInput, now: string | undefined): Finding[] {
  if (!now || !input.scenario || !T1_SCENARIOS.includes(input.scenario) || !isIsoDate(input.interviewDate)) return [];
  const today = now.slice(0, 10);
  if (!isIsoDate(today)) return [];
  const daysSince = daysBetween(input.interviewDate, today);
  if (daysSince < 0) return [warn('T1', 'The interview date is after today. Check the date.', 'interviewDate')];
  if (daysSince > THANK_YOU_GRACE_DAYS) {
    return [warn('T1', `Your interview was ${daysSince} days ago, past the ${RULES.T1.numbers.hours}-hour mark. Send the note today anyway: late thanks are far better than none.`)];
  }
  return [pass('T1', `You are on time: send it today, within ${RULES.T1.numbers.hours} hours of the interview.`)];
}

/**
 * Findings for one note against C1–C10 (and T1 when `options.now` and the interview date are known), compared with
 * the other interviewers' notes for near-copies. Never throws; returns [] if the note cannot be read at all.
 * @example reviewNote(input, note).filter((finding) => finding.level !== 'pass') // what to fix
 */
export function reviewNote(input: NoteInput, note: Note, otherNotes?: Note[], options?: ReviewOptions): Finding[] {
  try {
    const typed = inputText(input);
    const clean = cleanFor(input, typed);
    const mine = readNote(note);
    const others = Array.isArray(otherNotes) ? otherNotes.filter((other) => other !== note).map(readNote) : [];
    const now = typeof options === 'object' && options !== null ? text(options.now) : '';
    const alone = aloneFindings(typed, clean, note, mine, now);
    return [...alone.before, ...personal(clean, mine, others), ...alone.after].map((finding) => ({ ...finding }));
  } catch {
    return [];
  }
}

/** The findings that read one note on its own: all but C3, which compares it with the other notes. */
interface AloneFindings {
  before: Finding[];
  after: Finding[];
}

/** The input as JSON, to tell one input from another; undefined for one JSON cannot hold (a cycle), never remembered. */
function inputText(input: NoteInput): string | undefined {
  try {
    return JSON.stringify(input);
  } catch {
    return undefined;
  }
}

/** cleanInput() of the inputs met, with their JSON: a panel's unchanged inputs are not cleaned again. */
const cleanedInputs = new WeakMap<object, { typed: string; clean: CleanInput }>();

function cleanFor(input: NoteInput, typed: string | undefined): CleanInput {
  const isObject = typeof input === 'object' && input !== null;
  const known = isObject ? cleanedInputs.get(input) : undefined;
  if (known && typed !== undefined && known.typed === typed) return known.clean;
  const clean = cleanInput(input);
  if (isObject && typed !== undefined) cleanedInputs.set(input, { typed, clean });
  return clean;
}

/** Everything a note's single-note findings depend on, part by part. */
interface AloneKey {
  now: string;
  typed: string;
  parts: readonly string[];
}

function partsOf(mine: NoteText): string[] {
  return [mine.subject, mine.greeting, mine.closing, mine.text, ...mine.paragraphs, '\u0001', ...mine.signature];
}

/** Recent single-note findings by input, time and the note's whole content: when one interviewer's note changes, the
 * panel's other notes are not proofread again, only compared again. A note object met again is checked part by part
 * (no long key to build); a new object with the same content is found by the joined key. */
const aloneByNote = new WeakMap<object, { key: AloneKey; findings: AloneFindings }>();
const aloneSeen = new Map<string, AloneFindings>();
const ALONE_REMEMBERED = 64;

function sameKey(a: AloneKey, b: AloneKey): boolean {
  return a.now === b.now && a.typed === b.typed && a.parts.length === b.parts.length && a.parts.every((part, index) => part === b.parts[index]);
}

function aloneFindings(typed: string | undefined, clean: CleanInput, note: unknown, mine: NoteText, now: string): AloneFindings {
  const noteObject = typeof note === 'object' && note !== null ? note : undefined;
  const key: AloneKey | undefined = typed === undefined ? undefined : { now, typed, parts: partsOf(mine) };
  if (!key) return checkAlone(clean, mine, now); // an input JSON cannot hold: review it without remembering
  const known = noteObject ? aloneByNote.get(noteObject) : undefined;
  if (known && sameKey(known.key, key)) return known.findings;
  const joined = [now, typed, ...key.parts].join('\u0001');
  const findings = aloneSeen.get(joined) ?? checkAlone(clean, mine, now);
  if (aloneSeen.size >= ALONE_REMEMBERED) aloneSeen.clear();
  aloneSeen.set(joined, findings);
  if (noteObject) aloneByNote.set(noteObject, { key, findings });
  return findings;
}

/** The single-note findings, worked out afresh. */
function checkAlone(clean: CleanInput, mine: NoteText, now: string): AloneFindings {
  return {
    before: [...fourParts(clean, mine), ...length(clean, mine)],
    after: [
      ...greeting(clean, mine),
      ...subjectLine(clean, mine),
      ...signature(clean, mine),
      ...promised(clean, mine),
      ...proofread(clean, mine),
      ...othersThanked(clean, mine),
      ...linkedinLength(clean, mine),
      ...timing(clean, now || undefined),
    ],
  };
}
