// The coach's content checks on free text: the four parts (C1), length (C2), something specific and no near-copies (C3), what was promised (C7), the others named (C9).
import { RULES } from '../rules';
import { THANK_YOU_SCENARIOS, usesField } from '../templates/ids';
import { PROMISED_LINK_LINE, hasWebAddress, promisedKind } from '../templates/promised';
import { NEAR_COPY_SIMILARITY, wordsOf } from '../templates/similarity';
import { sentenceCount } from '../templates/text';
import type { ScenarioId } from '../templates/types';
import { plainWords, type Review } from './context';
import { pass, warn, type Finding } from './finding';
import { namesLoosely } from './words';

const C2 = RULES.C2.numbers;

const THANKS = /\b(thank|thanks|grateful|appreciate|appreciated|gratitude)/i;
const OFFER_TO_HELP = /\b(let me know|please tell me|anything (else|further|more)|happy to|glad to|can send|take care of|if you need|should you need|just ask|feel free|reach out|any (other |more |further )?questions|more information|further information)\b/i;
const STATUS: Partial<Record<ScenarioId, RegExp>> = {
  'thank-you': /\b(interest|interested|excited|enthusiastic|eager|keen|love to|thrilled|look(ing)? forward|hope to|hoping to|can[’']?t wait|cannot wait|delighted|want to join)\b/i,
  'thank-you-offer': /\b(accept|accepting|say yes|join(ing)?|start(ing)?)\b/i,
  'thank-you-not-a-fit': /\b(right (fit|match)|understand|respect)\b/i,
  withdraw: /\bwithdraw/i,
};
const STATUS_WORDS: Partial<Record<ScenarioId, string>> = {
  'thank-you': 'that you are still keen on the job',
  'thank-you-offer': 'that you accept the offer',
  'thank-you-not-a-fit': 'that you understand it is not a fit',
  withdraw: 'that you are withdrawing',
};
const ATTACHED = /\b(attach\w*|enclos\w*|included?|here is|here are|here's|with this (email|letter|note))\b/i;

function isThankYou(review: Review): boolean {
  const { scenario } = review.input;
  return scenario !== undefined && THANK_YOU_SCENARIOS.includes(scenario);
}

/** The phrase's first four words as plainWords() writes them, to look for in a text read by it; '' for a phrase of no words. */
function startOf(phrase: string): string {
  const words = wordsOf(phrase);
  return words.length === 0 ? '' : ` ${words.slice(0, 4).join(' ')} `;
}

/**
 * True when the text holds the phrase's first four words in a row (a shortened detail keeps its start).
 * @example mentions('We spoke about the shared inbox plan.', 'the shared inbox plan for support') // true
 */
export function mentions(haystack: string, phrase: string): boolean {
  const start = startOf(phrase);
  return start === '' || plainWords(haystack).includes(start);
}

/** The specific thing this note should name (C1, C3) and the field that holds it; '' when none was typed. */
function ownDetail(review: Review): { detail: string; field: string } {
  const { input } = review;
  if (input.detail) return { detail: input.detail, field: 'detail' };
  if (input.scenario === 'stay-in-touch' && input.news) return { detail: input.news, field: 'news' };
  return { detail: '', field: 'detail' };
}

/**
 * True when the note names the specific thing typed for it (the detail, or the news for a stay-in-touch note), even in
 * other words; a connection typed and named counts as well.
 * @example namesDetail(makeReview(input, { text: 'Hi Jo,\n\nThe shared inbox plan stuck with me.' }, [], {})) // true for detail 'the plan for one shared inbox'
 */
export function namesDetail(review: Review): boolean {
  const { detail } = ownDetail(review);
  if (detail && namesLoosely(review.bodyLower, detail, review.shared)) return true;
  const { connection } = review;
  return connection !== '' && namesLoosely(review.bodyLower, connection, review.shared) && !detail;
}

/**
 * C1: thanks, a specific detail, where you stand, an offer to help (thank-you scenarios; the offer on email and letter).
 * @example fourParts(makeReview(input, { text }, [], {})).map((finding) => finding.level) // ['pass'] for a complete thank-you
 */
export function fourParts(review: Review): Finding[] {
  const { input, body } = review;
  const scenario = input.scenario;
  if (!scenario || !isThankYou(review) || input.channel === 'linkedin') return [];
  const findings: Finding[] = [];
  if (!THANKS.test(body)) findings.push(warn('C1', 'Start by thanking them for their time.'));
  const { detail } = ownDetail(review);
  if (!detail && !review.connection) {
    findings.push(warn('C1', 'Add one specific thing you talked about, so they remember you.', { field: 'detail' }));
  } else if (!namesDetail(review)) {
    findings.push(warn('C1', 'The specific thing you talked about is missing from the note. Put it back in, in your own words.', { field: 'detail' }));
  }
  const status = STATUS[scenario];
  if (status && !status.test(body)) findings.push(warn('C1', `Say where you stand: ${STATUS_WORDS[scenario] ?? 'your status'}.`));
  if (input.channel !== 'card' && !OFFER_TO_HELP.test(body)) findings.push(warn('C1', 'Offer to send anything else they need.'));
  return findings.length > 0 ? findings
    : [pass('C1', 'Your note has all four parts: thanks, a specific detail, where you stand, and an offer to help.')];
}

/**
 * C2: a thank-you runs 3 sentences to 4 short paragraphs; other notes 3 paragraphs; a card 2 to 4 sentences.
 * @example length(makeReview(input, { text }, [], {}))[0]?.rule // 'C2'
 */
export function length(review: Review): Finding[] {
  const { input, read } = review;
  if (input.channel === 'linkedin') return [];
  // A line that only holds a link or a line to fill in ("[Paste the link here]") is no sentence of its own.
  const counts = read.paragraphs.map((paragraph) => sentenceCount(paragraph.text.replace(/\n(\[[^\]\n]*\]|https?:\/\/\S+|www\.\S+)$/, '')));
  const sentences = counts.reduce((sum, count) => sum + count, 0);
  const findings: Finding[] = [];
  if (input.channel === 'card') {
    if (sentences > C2.cardMaxSentences) findings.push(warn('C2', `Your card has ${sentences} sentences. Keep a card to ${C2.cardMaxSentences} sentences or fewer.`));
    if (sentences < C2.cardMinSentences) findings.push(warn('C2', `Your card has only ${sentences} sentence${sentences === 1 ? '' : 's'}. Write at least ${C2.cardMinSentences}.`));
  } else {
    const maxParagraphs = isThankYou(review) ? C2.thankYouMaxParagraphs : C2.checkInMaxParagraphs;
    if (read.paragraphs.length > maxParagraphs) {
      findings.push(warn('C2', `Your note has ${read.paragraphs.length} paragraphs. Keep it to ${maxParagraphs} short paragraphs at most.`));
    }
    if (isThankYou(review) && sentences < C2.thankYouMinSentences) {
      findings.push(warn('C2', `Your note has only ${sentences} sentence${sentences === 1 ? '' : 's'}. A thank-you needs at least ${C2.thankYouMinSentences}.`));
    }
    const long = read.paragraphs.findIndex((_, index) => (counts[index] ?? 0) > C2.paragraphMaxSentences);
    const paragraph = read.paragraphs[long];
    if (paragraph) {
      findings.push(warn('C2', `This paragraph has ${counts[long]} sentences. Keep each to ${C2.paragraphMaxSentences} or fewer: split it or cut a sentence.`, { at: paragraph }));
    }
  }
  return findings.length > 0 ? findings : [pass('C2', 'Your note is a good length: short and easy to read.')];
}

/**
 * C3: something specific (where C1 does not already ask for it), and no near-copy of another interviewer's note.
 * @example personal(makeReview(input, { text }, otherTexts, {}))[0]?.level // 'warn' for a near-copy
 */
export function personal(review: Review): Finding[] {
  const { input } = review;
  const findings: Finding[] = [];
  const coveredByC1 = isThankYou(review) && input.channel !== 'linkedin';
  const { detail, field } = ownDetail(review);
  let specific = namesDetail(review) && (detail !== '' || review.connection !== '');
  if (!coveredByC1 && input.scenario !== 'timeline-update') {
    if (!detail && !review.connection) {
      findings.push(warn('C3', 'Add something specific from your conversation, so the note does not read like a form letter.', { field: 'detail' }));
    } else if (!specific) {
      findings.push(warn('C3', input.channel === 'linkedin'
        ? 'Your detail did not fit in a LinkedIn note. Shorten it to a few words.'
        : 'The specific detail you typed is missing from the note. Put it back in, in your own words.', { field }));
    }
  }
  const detailStart = startOf(input.detail);
  let closest = 0;
  for (const other of review.others) closest = Math.max(closest, other.similarity);
  if (closest >= NEAR_COPY_SIMILARITY) {
    specific = false;
    findings.push(warn('C3', `This note reads ${Math.round(closest * 100)}% the same as another interviewer’s note. Give each person their own detail and change a sentence or two.`, { field: 'detail' }));
  } else if (review.others.some((other) => detailStart !== '' && other.plain.includes(detailStart))) {
    specific = false;
    findings.push(warn('C3', 'Another note uses the same detail. Pick something you talked about with this person.', { field: 'detail' }));
  }
  if (findings.length > 0) return findings;
  if (coveredByC1 && !specific) return review.others.length > 0 ? [pass('C3', 'Your note reads differently from the other interviewers’ notes.')] : [];
  return [pass('C3', review.others.length > 0
    ? 'Your note is personal: it names something specific and reads like no other.'
    : 'Your note is personal: it names something specific from your conversation.')];
}

/**
 * C7: what was promised is in the note: a link pasted, a file said to be attached, anything else named.
 * @example promised(makeReview({ ...input, promised: 'the link to my portfolio' }, { text }, [], {}))[0]?.message // 'Paste the link …'
 */
export function promised(review: Review): Finding[] {
  const { input, read, body } = review;
  if (!input.promised || !usesField(input.scenario, 'promised')) return [];
  if (input.channel === 'card' || input.channel === 'linkedin') {
    return [pass('C7', 'Send what you promised with your email: a card or LinkedIn note cannot carry it.')];
  }
  const kind = promisedKind(input.promised);
  const what = input.promised.replace(/[.!?]+$/, '');
  if (kind === 'link') {
    const line = read.text.indexOf(PROMISED_LINK_LINE);
    if (line >= 0) {
      return [warn('C7', `Paste ${/\blink\b/i.test(what) ? what : `the link to ${what}`} in place of “${PROMISED_LINK_LINE}”.`, { at: { start: line, end: line + PROMISED_LINK_LINE.length } })];
    }
    if (hasWebAddress(read.text)) return [pass('C7', 'You include the link you promised.')];
    return [warn('C7', input.channel === 'letter'
      ? `You promised ${what}: write its web address out in the letter.`
      : `You promised ${what}: paste its web address into the note.`, { field: 'promised' })];
  }
  if (!namesLoosely(review.bodyLower, input.promised, review.shared)) {
    return [warn('C7', `You promised to send ${what}, but the note does not mention it.`, { field: 'promised' })];
  }
  if (kind === 'file') {
    const enclosed = input.channel === 'letter' ? 'enclose it with the letter' : 'attach it to the email';
    return ATTACHED.test(body) ? [pass('C7', `Remember to ${enclosed} before you send.`)]
      : [warn('C7', `Say that ${what} is ${input.channel === 'letter' ? 'enclosed' : 'attached'}, and ${enclosed}.`, { field: 'promised' })];
  }
  return [pass('C7', 'You include what you promised to send.')];
}

/**
 * C9: the others to thank are named.
 * @example othersThanked(makeReview({ ...input, others: ['Ann Lee'] }, { text }, [], {}))[0]?.field // 'others' when Ann Lee is not named
 */
export function othersThanked(review: Review): Finding[] {
  const { input, body } = review;
  if (input.others.length === 0 || !usesField(input.scenario, 'others') || (input.channel !== 'email' && input.channel !== 'letter')) return [];
  const missing = input.others.filter((name) => !mentions(body, name));
  return missing.length === 0 ? [pass('C9', 'You ask them to pass your thanks to the others by name.')]
    : [warn('C9', `Ask them to pass your thanks to ${missing.join(', ')} as well.`, { field: 'others' })];
}
