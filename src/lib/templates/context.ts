// The writing context a scenario template reads: the valid input in note-ready words (mentions read, dates in words) and pick(), which takes the wording the note's panel slot gives each part.
import type { Locale } from '../locale';
import { readMention, readPromised, type Mention } from './mention';
import type { PersonName } from './names';
import { promisedKind, type PromisedKind } from './promised';
import { wordingIndex, type PartName, type Slot } from './slots';
import type { ValidInput } from './validate';
import { dayInWords, pastDay, postedDay } from './when';
import type { Channel, ScenarioId, Tone } from './types';

/** Options a caller may pass to renderNote, beyond the contract's single argument. */
export interface RenderOptions {
  /** The day of writing, 'YYYY-MM-DD': dates the letter and words the interview day ("yesterday"). */
  today?: string;
  /** How dates are written ('en-GB': '10 March 2026'); 'en-US' by default. */
  locale?: Locale;
}

/** The moment and place of writing, checked once (render.ts): the day, if known, and how dates are written. */
export interface Writing {
  today?: string;
  locale: Locale;
}

/** What the panel decided for one note: its wording slot and whether the shared fit reads well in it. */
export interface NotePlan {
  slot: Slot;
  /** Use the shared "how your background fits" in this note (the panel spreads it over a few notes, never all). */
  useFit: boolean;
}

/** A promised item (C7) as the note names it. */
export interface Promised {
  text: string;
  kind: PromisedKind;
}

/** What a scenario template reads. */
export interface Ctx {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  formal: boolean;
  them: PersonName;
  company: string;
  role: string;
  /** "the Product Designer role" (or "the Product Designer position" when the title already says so). */
  theRole: string;
  /** When the interview was ("on Tuesday", "yesterday"; "on November 17" in a letter or card), '' when unknown. */
  when: string;
  /** The competing offer's deadline in words ("Friday, December 4"), '' when unknown. */
  offerDeadline: string;
  /** The start date in words, '' when unknown. */
  startDate: string;
  /** The specific thing from this conversation (C1, C3), read as typed. */
  detail?: Mention;
  /** How this conversation connects to the writer (this note only). */
  connection?: Mention;
  /** The shared fit, only where the panel gave it to this note. */
  fit?: Mention;
  promised?: Promised;
  news?: Mention;
  others: string[];
  /** The wording the note's slot takes for a part (see slots.ts). */
  pick(part: PartName, options: readonly string[]): string;
  /** The number of the choice the note's slot takes for a part with `count` choices (an order of sentences, say). */
  choose(part: PartName, count: number): number;
  /** The formal or the warm wording. */
  t<T>(formal: T, warm: T): T;
}

/** When the interview was, in this note's words: a letter or card goes by post and is read days later, so it names the date. */
function whenInterviewed(input: ValidInput, today: string | undefined, recent: boolean, locale: Locale): string {
  if (!input.interviewDate) return '';
  return input.channel === 'letter' || input.channel === 'card' ? postedDay(input.interviewDate, today, locale) : pastDay(input.interviewDate, today, recent, locale);
}

const ROLE_NOUN = /\b(role|position|job|opening|internship|post)$/i;

/**
 * The context for one valid input, in the wording its panel plan chose.
 * @example buildContext(valid, { locale: 'en-US' }, plan, true).theRole // 'the Product Designer role'
 */
export function buildContext(input: ValidInput, writing: Writing, plan: NotePlan, recent: boolean): Ctx {
  const { tone } = input;
  const { today, locale } = writing;
  const reference = today ?? (input.interviewDate || undefined);
  const inWords = (date: string): string => (date ? dayInWords(date, reference, locale) : '');
  const them = input.interviewer.name;
  const promised = input.promised ? readPromised(input.promised, them) : '';
  return {
    scenario: input.scenario,
    channel: input.channel,
    tone,
    formal: tone === 'formal',
    them,
    company: input.company,
    role: input.role,
    theRole: ROLE_NOUN.test(input.role) ? `the ${input.role}` : `the ${input.role} role`,
    when: whenInterviewed(input, today, recent, locale),
    offerDeadline: inWords(input.offerDeadline),
    startDate: inWords(input.startDate),
    detail: readMention(input.detail, them),
    connection: readMention(input.connection),
    fit: plan.useFit ? readMention(input.fit) : undefined,
    promised: promised ? { text: promised, kind: promisedKind(promised) } : undefined,
    news: readMention(input.news, them),
    others: input.others,
    pick: (part, options) => options[wordingIndex(plan.slot, part, options.length)] ?? '',
    choose: (part, count) => wordingIndex(plan.slot, part, count),
    t: (formal, warm) => (tone === 'formal' ? formal : warm),
  };
}
