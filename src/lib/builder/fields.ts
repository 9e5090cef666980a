// Which inputs the template builder shows for the chosen scenario and channel, and the page id of the input behind each engine field path.
import { SCENARIO_FIELDS, type OptionalField } from '../templates/ids';
import type { BuilderDraft } from './draft';

/** Shared inputs that only some scenarios use, in the order the form asks for them. */
export type SharedOptionalField = Exclude<OptionalField, 'interviewDate' | 'detail'>;

/**
 * The shared optional inputs the chosen scenario uses (the interview date and each card's detail are always shown).
 * @example sharedOptionalFields('timeline-update') // ['offerDeadline']
 */
export function sharedOptionalFields(scenario: BuilderDraft['scenario']): SharedOptionalField[] {
  return (SCENARIO_FIELDS[scenario] ?? []).filter((field): field is SharedOptionalField => field !== 'interviewDate' && field !== 'detail');
}

/**
 * True when the form asks for a postal address: only a printed letter prints the sender's address.
 * @example asksForAddress('letter') // true
 */
export function asksForAddress(channel: BuilderDraft['channel']): boolean {
  return channel === 'letter';
}

/**
 * True when a card asks how this person's conversation connects to you: the situations that say how you fit (C1).
 * @example asksForConnection('check-in') // true
 */
export function asksForConnection(scenario: BuilderDraft['scenario']): boolean {
  return (SCENARIO_FIELDS[scenario] ?? []).includes('fit');
}

const SHARED_IDS: Readonly<Record<string, string>> = {
  'you.name': 'tb-you-name',
  'you.email': 'tb-you-email',
  'you.phone': 'tb-you-phone',
  'you.address': 'tb-you-address',
  company: 'tb-company',
  role: 'tb-role',
  interviewDate: 'tb-interview-date',
  fit: 'tb-fit',
  promised: 'tb-promised',
  news: 'tb-news',
  offerDeadline: 'tb-offer-deadline',
  startDate: 'tb-start-date',
  others: 'tb-others',
};

const CARD_FIELDS: Readonly<Record<string, string>> = {
  'interviewer.name': 'name',
  'interviewer.honorific': 'honorific',
  'interviewer.title': 'title',
  'interviewer.email': 'email',
  detail: 'detail',
  connection: 'connection',
};

/**
 * The id of a radio button for one choice, e.g. 'tb-tone-warm'.
 * @example choiceId('channel', 'email') // 'tb-channel-email'
 */
export function choiceId(group: 'scenario' | 'channel' | 'tone', value: string): string {
  return `tb-${group}-${value}`;
}

/**
 * The id of the input on one interviewer's card, e.g. 'tb-p2-detail'.
 * @example cardFieldId('p2', 'detail') // 'tb-p2-detail'
 */
export function cardFieldId(cardId: string, field: string): string {
  return `tb-${cardId}-${field}`;
}

/**
 * The page id of the input that answers an engine field path ('you.name', 'interviewer.email', 'tone' …) on a card;
 * a choice points at the radio button now chosen. Undefined for a path the form does not ask.
 * @example fieldDomId('detail', 'p3', { scenario: 'thank-you', channel: 'email', tone: 'warm' }) // 'tb-p3-detail'
 */
export function fieldDomId(field: string, cardId: string, chosen: Pick<BuilderDraft, 'scenario' | 'channel' | 'tone'>): string | undefined {
  if (field === 'scenario' || field === 'channel' || field === 'tone') return choiceId(field, chosen[field]);
  const cardField = CARD_FIELDS[field];
  if (cardField) return cardFieldId(cardId, cardField);
  return SHARED_IDS[field];
}
