// The writing context a scenario template reads: cleaned input in note-ready words, plus pick() for stable variety between interviewers.
import { isIsoDate } from '../dates';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../locale';
import type { PersonName } from './names';
import { fragment, hasWords, stableHash } from './text';
import type { CleanInput } from './validate';
import { dayInWords, pastDay } from './when';
import type { Channel, ScenarioId, Tone } from './types';

/** Options a caller may pass to renderNote, beyond the contract's single argument. */
export interface RenderOptions {
  /** The day of writing, 'YYYY-MM-DD': dates the letter and words the interview day ("yesterday"). */
  today?: string;
  /** The interviewer's place in a panel (0, 1, 2 …): notes with different numbers never share a phrasing choice
   * (within the number of phrasings a part has). Without it, phrasings follow a hash of the interviewer's name and detail. */
  variant?: number;
  /** How dates are written ('en-GB': '10 March 2026'); 'en-US' by default. */
  locale?: Locale;
}

/** What a scenario template reads: the cleaned input's texts (made sentence-ready), names and dates in words, and phrasing helpers. */
export interface Ctx extends Pick<CleanInput, 'company' | 'role' | 'detail' | 'fit' | 'promised' | 'news' | 'others'> {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  formal: boolean;
  them: PersonName;
  /** "the Product Designer role" (or "the Product Designer position" when the title already says so). */
  theRole: string;
  /** When the interview was ("on Tuesday", "yesterday"), '' when unknown. */
  when: string;
  /** The competing offer's deadline in words ("Friday, December 4"), '' when unknown. */
  offerDeadline: string;
  /** The start date in words, '' when unknown. */
  startDate: string;
  /** One of several phrasings, the same every time for the same interviewer (or variant). */
  pick(part: string, options: readonly string[]): string;
  /** The formal or the warm wording. */
  t<T>(formal: T, warm: T): T;
}

/** User text ready for a sentence, or '' when it holds no words. */
function words(text: string): string {
  const cleaned = fragment(text);
  return hasWords(cleaned) ? cleaned : '';
}

const ROLE_NOUN = /\b(role|position|job|opening|internship|post)$/i;

/** A chooser: a hash of the part and the interviewer (name + detail), or, with a variant, of the shared inputs plus the variant. */
function chooser(input: CleanInput, variant: number | undefined): (part: string, options: readonly string[]) => string {
  const usesVariant = typeof variant === 'number' && Number.isFinite(variant);
  const key = usesVariant ? `${input.company}|${input.role}` : `${input.interviewer.name.full}|${input.detail}`;
  const offset = usesVariant ? Math.abs(Math.trunc(variant)) % 1_000_000 : 0;
  return (part, options) => {
    const seed = stableHash(`${part}|${key}`);
    return options[(seed + offset) % options.length] ?? '';
  };
}

/**
 * The context for one valid input (validation has passed: choices set, dates valid).
 * @example buildContext(clean, {}, true).theRole // 'the Product Designer role'
 */
export function buildContext(input: CleanInput, options: RenderOptions, recent: boolean): Ctx {
  const tone = input.tone ?? 'formal';
  const today = isIsoDate(options.today) ? options.today : undefined;
  const reference = today ?? (isIsoDate(input.interviewDate) ? input.interviewDate : undefined);
  const locale = isLocale(options.locale) ? options.locale : DEFAULT_LOCALE;
  const inWords = (date: string): string => (isIsoDate(date) ? dayInWords(date, reference, locale) : '');
  return {
    scenario: input.scenario ?? 'thank-you',
    channel: input.channel ?? 'email',
    tone,
    formal: tone === 'formal',
    them: input.interviewer.name,
    company: input.company,
    role: input.role,
    theRole: ROLE_NOUN.test(input.role) ? `the ${input.role}` : `the ${input.role} role`,
    when: isIsoDate(input.interviewDate) ? pastDay(input.interviewDate, today, recent, locale) : '',
    detail: words(input.detail),
    fit: words(input.fit),
    promised: words(input.promised),
    news: words(input.news),
    offerDeadline: inWords(input.offerDeadline),
    startDate: inWords(input.startDate),
    others: input.others,
    pick: chooser(input, options.variant),
    t: (formal, warm) => (tone === 'formal' ? formal : warm),
  };
}
