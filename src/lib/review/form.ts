// The coach's checks on a note's form: the greeting names this person in the tone chosen (C4), no emoji in a formal note, the subject line (C5), the signature (C6), the LinkedIn limit (C10).
import { RULES } from '../rules';
import { addressesIn } from '../templates/promised';
import { wordsOf } from '../templates/similarity';
import { greetingNames, type Review } from './context';
import { mentions } from './content';
import { fail, pass, warn, type Finding } from './finding';
import { hasPlaceholder } from './proofread';

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;
const GENERIC_GREETING = new Set(['hiring', 'manager', 'managers', 'team', 'all', 'everyone', 'there', 'folks', 'committee',
  'recruiter', 'recruiting', 'whom', 'it', 'may', 'concern', 'sir', 'madam', 'or', 'and', 'the', 'search', 'panel', 'to']);
const HONORIFIC_WORDS: Readonly<Record<string, string>> = { doctor: 'dr', professor: 'prof' };
const EMOJI = /\p{Extended_Pictographic}|(?<=^|\s)[:;]-?[)(DP](?=\s|$|[.,!])/gu;

/** True when a word of the greeting is this name word, or the start of it ("Kate" for "Katherine"), in any case. */
function sameName(word: string, name: string): boolean {
  const a = word.toLowerCase();
  const b = name.toLowerCase();
  return a === b || (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3) && (b.startsWith(a) || a.startsWith(b.slice(0, 3))));
}

function has(line: string, name: string): boolean {
  const wanted = wordsOf(name);
  const words = wordsOf(line);
  return wanted.length > 0 && wanted.every((part) => words.some((word) => sameName(word, part)));
}

/**
 * C4, and C8 for a greeting to someone else: the greeting names this interviewer, in the tone chosen.
 * @example greeting(makeReview(formalInput, { text: 'Hi Jane,\n\n…' }, [], {}))[0]?.field // 'tone'
 */
export function greeting(review: Review): Finding[] {
  const { input, read } = review;
  const line = read.greeting;
  const { first, last, honorific, plain } = input.interviewer.name;
  if (!line) return [warn('C4', `Start with a greeting that names them, like “Dear ${honorific ? `${honorific} ${last}` : plain},”.`, { field: 'tone' })];
  const at = { start: line.start, end: line.end };
  const named = greetingNames(line.text);
  const personal = named.filter((word) => !GENERIC_GREETING.has(word));
  const theirs = wordsOf(input.interviewer.typedName);
  if (hasPlaceholder(line.text)) return [];
  if (personal.length > 0 && !personal.some((word) => theirs.some((name) => sameName(word, name)))) {
    return [fail('C8', `Your greeting names “${line.text.replace(/[,:!.]+$/, '')}”, but this note is for ${plain}. Was it written for someone else?`, { at })];
  }
  if (personal.length === 0 && named.length > 0) return [warn('C4', `Greet ${plain} by name, not as a group or a title.`, { at })];
  if (/^(hey|yo|sup)\b/i.test(line.text)) return [warn('C4', '“Hey” is too casual for an interviewer. Start with “Dear” or “Hi”.', { field: 'tone', at })];
  const title = honorific ? (HONORIFIC_WORDS[wordsOf(honorific)[0] ?? ''] ?? wordsOf(honorific)[0] ?? '') : '';
  const titled = !title || wordsOf(line.text).some((word) => (HONORIFIC_WORDS[word] ?? word) === title);
  if (input.tone === 'formal') {
    const formal = !/^(hi|hiya|heya|howdy)\b/i.test(line.text) && has(line.text, last) && titled && (honorific !== undefined || has(line.text, first));
    return formal ? [pass('C4', 'Your greeting is formal, to match a formal interview.')]
      : [warn('C4', `A formal note greets them as “Dear ${honorific ? `${honorific} ${last}` : plain},”.`, { field: 'tone', at })];
  }
  if (input.tone === 'warm') {
    const warm = has(line.text, first) && !(title && titled && has(line.text, last));
    return warm ? [pass('C4', 'Your greeting uses their first name, to match a relaxed interview.')]
      : [warn('C4', `A warm note greets them by first name, like “Hi ${first},”.`, { field: 'tone', at })];
  }
  return [];
}

/**
 * C4: no emoji or smileys in a formal note.
 * @example emoji(makeReview(formalInput, { text: 'Dear Dr. Roe,\n\nThanks 🙂' }, [], {}))[0]?.rule // 'C4'
 */
export function emoji(review: Review): Finding[] {
  if (review.input.tone !== 'formal') return [];
  const found = [...review.read.text.matchAll(EMOJI)][0];
  if (!found || found.index === undefined) return [];
  return [warn('C4', 'Leave emoji and smileys out of a formal note.', { at: { start: found.index, end: found.index + found[0].length } })];
}

/**
 * C5: an email's subject names the role and what the email is.
 * @example subjectLine(makeReview(emailInput, { subject: '', text }, [], {}))[0]?.level // 'fail'
 */
export function subjectLine(review: Review): Finding[] {
  const { input } = review;
  if (input.channel !== 'email') return [];
  const subject = review.subject.trim();
  if (!subject) return [fail('C5', 'Add a subject line with the job title and what the email is, like “Thank you – Designer interview”.', { field: 'role' })];
  // A stay-in-touch note is tied to news, months on: its subject names the news rather than the role.
  if (input.role && input.scenario !== 'stay-in-touch' && !mentions(subject, input.role)) return [warn('C5', 'Put the job title in the subject line, so they know at once what it is about.', { field: 'role' })];
  if (input.scenario !== 'stay-in-touch' && wordsOf(subject).length - wordsOf(input.role).length < 1) return [warn('C5', 'Say what the email is in the subject line, like “Thank you” or “Following up”.', { field: 'role' })];
  return [pass('C5', 'Your subject line names the role and what the email is.')];
}

/** The text with its web and email addresses taken out ("mira.castellanos@…" does not sign a name). */
function withoutAddresses(text: string): string {
  let kept = text;
  for (const { start, end } of addressesIn(text).reverse()) kept = `${kept.slice(0, start)} ${kept.slice(end)}`;
  return kept;
}

const EMAIL_IN_TEXT = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_IN_TEXT = /\+?\d[\d\s().-]{5,}\d/;

/**
 * C6: email and letter end with the full name and contact details.
 * @example signature(makeReview(emailInput, { text: '…\n\nBest,\nNoor' }, [], {}))[0]?.field // 'you.name'
 */
export function signature(review: Review): Finding[] {
  const { input, read } = review;
  if (input.channel !== 'email' && input.channel !== 'letter') return [];
  const lastLine = read.text.trimEnd().split('\n').pop() ?? '';
  const end = [read.closing?.text ?? '', ...read.signature.map((line) => line.text)].join('\n') || lastLine;
  const where = input.channel === 'letter' ? read.text : end;
  const findings: Finding[] = [];
  if (!input.you.name || !mentions(withoutAddresses(end), input.you.name)) {
    findings.push(warn('C6', 'Sign with your full name at the end.', { field: 'you.name' }));
  }
  const email = input.you.email ? where.includes(input.you.email) : EMAIL_IN_TEXT.test(where);
  const phone = input.you.phone ? where.includes(input.you.phone) : PHONE_IN_TEXT.test(where);
  if (!email && !phone) {
    findings.push(warn('C6', 'Add your email address and phone number, so they can reach you easily.', { field: input.you.email ? 'you.phone' : 'you.email' }));
  } else if (!email || !phone) {
    findings.push(pass('C6', `Your contact details are there. You could add your ${email ? 'phone number' : 'email address'} as well.`));
  }
  return findings.length > 0 ? findings : [pass('C6', 'You sign with your full name and your contact details.')];
}

/**
 * C10: a LinkedIn note fits the free account's limit.
 * @example linkedinLength(makeReview(linkedinInput, { text: 'x'.repeat(201) }, [], {}))[0]?.level // 'fail'
 */
export function linkedinLength(review: Review): Finding[] {
  if (review.input.channel !== 'linkedin') return [];
  const count = review.read.text.length;
  return count > LINKEDIN_LIMIT
    ? [fail('C10', `Your LinkedIn note has ${count} characters. LinkedIn allows ${LINKEDIN_LIMIT} on a free account, so shorten it.`, { field: 'detail' })]
    : [pass('C10', `Your LinkedIn note has ${count} of ${LINKEDIN_LIMIT} characters.`)];
}
