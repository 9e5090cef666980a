// Assembling a note for its channel: email (subject, signature with contacts), business letter (sender and recipient blocks), card, LinkedIn (C10).
import { RULES } from '../rules';
import type { Ctx } from './context';
import { addressName, greetingFor } from './names';
import type { Draft, MaybeSentence } from './scenario';
import { sentenceCount, tidy } from './text';
import type { ValidInput } from './validate';
import type { Note, Rendered } from './types';

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;
const CARD_MAX_SENTENCES = RULES.C2.numbers.cardMaxSentences;
const PARAGRAPH_MAX_SENTENCES = RULES.C2.numbers.paragraphMaxSentences;

function sentences(list: readonly MaybeSentence[]): string[] {
  return list.filter((sentence): sentence is string => typeof sentence === 'string' && sentence !== '').map(tidy);
}

/** A one-sentence paragraph joins the one before it while that stays short, so a note with little to say does not read as a list of lines. */
function joinShort(grouped: string[][]): string[][] {
  const joined: string[][] = [];
  for (const paragraph of grouped) {
    const previous = joined[joined.length - 1];
    const count = (list: string[]): number => list.reduce((sum, sentence) => sum + sentenceCount(sentence), 0);
    if (previous && joined.length > 0 && count(paragraph) === 1 && count(previous) < PARAGRAPH_MAX_SENTENCES) previous.push(...paragraph);
    else joined.push([...paragraph]);
  }
  return joined;
}

/**
 * Email and letter paragraphs; a note short enough for one paragraph (missing inputs left little to say) is written as
 * one. A paste line goes on a line of its own right under the sentence that announces it; what followed that sentence
 * opens the next paragraph.
 */
function paragraphsOf(draft: Draft): string[] {
  const grouped = draft.paragraphs.map(sentences).filter((paragraph) => paragraph.length > 0);
  const total = grouped.reduce((sum, paragraph) => sum + paragraph.reduce((count, sentence) => count + sentenceCount(sentence), 0), 0);
  const blocks = total <= PARAGRAPH_MAX_SENTENCES ? [grouped.flat()].filter((block) => block.length > 0) : joinShort(grouped);
  const paste = draft.pasteLine;
  const after = paste && typeof paste.after === 'string' && paste.after ? tidy(paste.after) : '';
  const at = after ? blocks.findIndex((block) => block.includes(after)) : -1;
  const block = blocks[at];
  if (!block) return blocks.map((each) => each.join(' '));
  const cut = block.indexOf(after) + 1;
  // What followed the announcing sentence opens the next paragraph, so the note keeps its number of paragraphs.
  const rest = block.slice(cut);
  const next = blocks[at + 1];
  const after_ = next ? [[...rest, ...next], ...blocks.slice(at + 2)] : rest.length > 0 ? [rest] : [];
  return [...blocks.slice(0, at), block.slice(0, cut), ...after_].map((each, index) => (index === at ? `${each.join(' ')}\n${paste?.line ?? ''}` : each.join(' ')));
}

function closingFor(c: Ctx): string {
  if (c.channel === 'linkedin') return 'Best,';
  if (c.channel === 'card') return c.pick('closing', c.t(['With thanks,', 'With gratitude,', 'Many thanks,', 'With appreciation,', 'Gratefully,', 'Thank you again,', 'With best wishes,'],
    ['Warmly,', 'Thanks again,', 'All the best,', 'Cheers,', 'Best wishes,', 'With thanks,', 'Take care,']));
  if (c.channel === 'letter') return c.pick('closing', c.t(['Sincerely,', 'Yours sincerely,', 'Respectfully,', 'Kind regards,', 'With thanks,', 'Best regards,', 'With appreciation,'],
    ['Warm regards,', 'Best wishes,', 'Kind regards,', 'With thanks,', 'All the best,', 'Warmly,', 'With gratitude,']));
  return c.pick('closing', c.t(['Best regards,', 'Kind regards,', 'Sincerely,', 'With thanks,', 'Respectfully,', 'Warm regards,', 'Thank you,'],
    ['Best,', 'All the best,', 'Warm regards,', 'Thanks again,', 'Cheers,', 'Many thanks,', 'Take care,']));
}

function lines(...blocks: (string | string[])[]): string[] {
  return blocks.flat().filter(Boolean);
}

function emailNote(input: ValidInput, c: Ctx, subject: string, draft: Draft): Note {
  const greeting = greetingFor(c.them, c.tone, 'email');
  const paragraphs = paragraphsOf(draft);
  const closing = closingFor(c);
  const signature = lines(input.you.name, input.you.phone, input.you.email);
  const text = [greeting, ...paragraphs, [closing, ...signature].join('\n')].join('\n\n');
  return { subject: subject.replace(/[\r\n]+/g, ' '), greeting, paragraphs, closing, signature, text };
}

function letterNote(input: ValidInput, c: Ctx, dateLine: string, draft: Draft): Note {
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

function cardNote(input: ValidInput, c: Ctx, draft: Draft): Note {
  const greeting = greetingFor(c.them, c.tone, 'card');
  const paragraphs = [cardSentences(draft.card).join(' ')];
  const closing = closingFor(c);
  const signature = [input.you.name];
  return { greeting, paragraphs, closing, signature, text: [greeting, ...paragraphs, `${closing}\n${input.you.name}`].join('\n\n') };
}

/** The LinkedIn bodies to try, longest first: the personal sentence is never dropped or cut, stock sentences go first. */
function linkedinBodies(draft: Draft): string[][] {
  const { opener, personal, closer, minimal, closerRequired } = draft.linkedin;
  const [first = '', mine = '', last = ''] = [opener, personal, closer].map((sentence) => (typeof sentence === 'string' && sentence ? tidy(sentence) : ''));
  const tries = closerRequired
    ? mine ? [[first, mine, last], [mine, last]] : [[first, last], [last]]
    : mine ? [[first, mine, last], [first, mine], [mine, last], [mine]] : [[first, last], [first], sentences(minimal)];
  return tries.map((body) => body.filter(Boolean));
}

function linkedinNote(input: ValidInput, c: Ctx, draft: Draft): Rendered {
  const greeting = greetingFor(c.them, c.tone, 'linkedin');
  const closing = closingFor(c);
  const signed = (body: string[]): string => [greeting, body.join(' '), closing, input.you.name].join('\n');
  const unsigned = (body: string[]): string => [greeting, body.join(' ')].join('\n');
  for (const frame of [signed, unsigned]) {
    const body = linkedinBodies(draft).find((candidate) => frame(candidate).length <= LINKEDIN_LIMIT);
    if (body) {
      const isSigned = frame === signed;
      return { ok: true, note: { greeting, paragraphs: [body.join(' ')], closing: isSigned ? closing : '', signature: isSigned ? [input.you.name] : [], text: frame(body) } };
    }
  }
  const shortest = linkedinBodies(draft).at(-1) ?? [];
  const over = unsigned(shortest).length - LINKEDIN_LIMIT;
  const field = draft.linkedin.personal ? draft.linkedin.personalField ?? 'detail' : 'interviewer.name';
  const what = field === 'news' ? 'the news' : field === 'detail' ? 'the detail' : 'the name';
  return { ok: false, errors: [{ field, message: `A LinkedIn note holds ${LINKEDIN_LIMIT} characters, and with ${what} it needs ${over} more. Shorten ${what} by at least ${over} characters.` }] };
}

/**
 * The note laid out for its channel.
 * @example layoutNote(input, c, 'Thank you – Designer interview', '', draft).ok // true
 */
export function layoutNote(input: ValidInput, c: Ctx, subject: string, dateLine: string, draft: Draft): Rendered {
  if (c.channel === 'email') return { ok: true, note: emailNote(input, c, subject, draft) };
  if (c.channel === 'letter') return { ok: true, note: letterNote(input, c, dateLine, draft) };
  if (c.channel === 'card') return { ok: true, note: cardNote(input, c, draft) };
  return linkedinNote(input, c, draft);
}
