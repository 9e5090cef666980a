// Assembling a note for its channel: email (subject, signature with contacts), business letter (sender and recipient blocks), card, LinkedIn (C10).
import { RULES } from '../rules';
import type { Ctx } from './context';
import { addressName, greetingFor } from './names';
import type { Draft, MaybeSentence } from './scenario';
import { sentenceCount, shorten, tidy } from './text';
import type { CleanInput } from './validate';
import type { Note } from './types';

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;
const CARD_MAX_SENTENCES = RULES.C2.numbers.cardMaxSentences;
const PARAGRAPH_MAX_SENTENCES = RULES.C2.numbers.paragraphMaxSentences;
/** A detail shortened below this many characters says too little to keep. */
const SHORTEST_USEFUL_DETAIL = 12;

function sentences(list: readonly MaybeSentence[]): string[] {
  return list.filter((sentence): sentence is string => typeof sentence === 'string' && sentence !== '').map(tidy);
}

/** Email and letter paragraphs; a note short enough for one paragraph (missing inputs left little to say) is written as one. */
function paragraphsOf(draft: Draft): string[] {
  const grouped = draft.paragraphs.map(sentences).filter((paragraph) => paragraph.length > 0);
  const total = grouped.reduce((sum, paragraph) => sum + paragraph.reduce((count, sentence) => count + sentenceCount(sentence), 0), 0);
  if (total <= PARAGRAPH_MAX_SENTENCES) return [grouped.flat().join(' ')].filter(Boolean);
  return grouped.map((paragraph) => paragraph.join(' '));
}

function closingFor(c: Ctx): string {
  if (c.channel === 'linkedin') return 'Best,';
  if (c.channel === 'letter') return c.t('Sincerely,', 'Warm regards,');
  if (c.channel === 'card') return c.t('With thanks,', 'Warmly,');
  return c.pick('closing', c.t(['Best regards,', 'Kind regards,', 'Sincerely,'], ['Best,', 'All the best,', 'Warm regards,']));
}

function lines(...blocks: (string | string[])[]): string[] {
  return blocks.flat().filter(Boolean);
}

function emailNote(input: CleanInput, c: Ctx, subject: string, draft: Draft): Note {
  const greeting = greetingFor(c.them, c.tone, 'email');
  const paragraphs = paragraphsOf(draft);
  const closing = closingFor(c);
  const signature = lines(input.you.name, input.you.phone, input.you.email);
  const text = [greeting, ...paragraphs, [closing, ...signature].join('\n')].join('\n\n');
  return { subject: subject.replace(/[\r\n]+/g, ' '), greeting, paragraphs, closing, signature, text };
}

function letterNote(input: CleanInput, c: Ctx, dateLine: string, draft: Draft): Note {
  const { you, interviewer } = input;
  const sender = lines(you.name, you.address, you.phone, you.email).join('\n');
  const recipient = lines(addressName(c.them), interviewer.title, c.company).join('\n');
  const greeting = greetingFor(c.them, c.tone, 'letter');
  const paragraphs = paragraphsOf(draft);
  const closing = closingFor(c);
  const signature = [you.name];
  const text = lines(sender, dateLine, recipient, greeting, paragraphs, `${closing}\n${you.name}`).join('\n\n');
  return { greeting, paragraphs, closing, signature, text };
}

/** The card's sentences in order of importance, as many as fit the card's sentence limit. */
function cardSentences(list: readonly MaybeSentence[]): string[] {
  const kept: string[] = [];
  let count = 0;
  for (const sentence of sentences(list)) {
    const more = sentenceCount(sentence);
    if (count + more > CARD_MAX_SENTENCES) continue;
    kept.push(sentence);
    count += more;
  }
  return kept;
}

function cardNote(input: CleanInput, c: Ctx, draft: Draft): Note {
  const greeting = greetingFor(c.them, c.tone, 'card');
  const paragraphs = [cardSentences(draft.card).join(' ')];
  const closing = closingFor(c);
  const signature = [input.you.name];
  return { greeting, paragraphs, closing, signature, text: [greeting, ...paragraphs, `${closing}\n${input.you.name}`].join('\n\n') };
}

/** The LinkedIn body that fits: with the detail, the detail shortened at a word, without it, minimal, and at worst cut. */
function linkedinBody(draft: Draft, frame: (body: string) => string): string {
  const { personal, build, minimal } = draft.linkedin;
  const body = (detail: string): string => sentences(build(detail)).join(' ');
  const fits = (text: string): boolean => frame(text).length <= LINKEDIN_LIMIT;
  if (personal) {
    const full = body(personal);
    if (fits(full)) return full;
    let room = personal.length - (frame(full).length - LINKEDIN_LIMIT);
    while (room >= SHORTEST_USEFUL_DETAIL) {
      const shortened = body(shorten(personal, room));
      if (fits(shortened)) return shortened;
      room -= 1;
    }
  }
  const plain = body('');
  if (fits(plain)) return plain;
  const least = sentences(minimal).join(' ');
  return fits(least) ? least : shorten(least, Math.max(0, LINKEDIN_LIMIT - frame('').length));
}

function linkedinNote(input: CleanInput, c: Ctx, draft: Draft): Note {
  const greeting = greetingFor(c.them, c.tone, 'linkedin');
  const closing = closingFor(c);
  let signature = [input.you.name];
  let frame = (body: string): string => [greeting, body, closing, ...signature].join('\n');
  if (frame('Thank you.').length > LINKEDIN_LIMIT) {
    signature = [];
    frame = (body) => [greeting, body].join('\n');
  }
  const body = linkedinBody(draft, frame);
  const text = shorten(frame(body), LINKEDIN_LIMIT);
  return { greeting, paragraphs: [body], closing: signature.length ? closing : '', signature, text };
}

/**
 * The note laid out for its channel.
 * @example layoutNote(input, c, 'Thank you – Designer interview', '', draft).subject // 'Thank you – Designer interview'
 */
export function layoutNote(input: CleanInput, c: Ctx, subject: string, dateLine: string, draft: Draft): Note {
  if (c.channel === 'email') return emailNote(input, c, subject, draft);
  if (c.channel === 'letter') return letterNote(input, c, dateLine, draft);
  if (c.channel === 'card') return cardNote(input, c, draft);
  return linkedinNote(input, c, draft);
}
