// The template builder's draft: its shape, an empty one, how a typed value is kept, and its versioned JSON form for localStorage (saved-draft.ts reads it back).
import type { Channel, ScenarioId, Tone } from '../templates/types';

/** Bump when the saved shape changes in a way older pages cannot read; new optional parts (a card's edit, its connection, the main contact) did not need it. */
export const DRAFT_VERSION = 1;
/** The localStorage key the builder saves under. */
export const DRAFT_STORAGE_KEY = 'after-the-interview:template-draft';
/** Most interviewer cards a draft holds. */
export const MAX_INTERVIEWERS = 10;
/** Longest text a field may hold: the form stops typing there, and a longer saved text is cut to it (never dropped). */
export const SAVED_TEXT_MAX = 2000;
/** Longest note text a card's edit may hold (a letter with every answer at its longest stays well under it). */
export const SAVED_NOTE_MAX = 6000;

/** A note as the person edited it: `base` is the engine's text the edit started from, so a note written again from changed answers can be told apart. */
export interface NoteEdit {
  subject?: string;
  text: string;
  base: string;
}

/** One interviewer's card. `id` keeps the card's identity in the page while cards move; it is not shown. */
export interface InterviewerDraft {
  id: string;
  name: string;
  honorific: string;
  title: string;
  email: string;
  /** The specific thing talked about with this person (C1, C3). */
  detail: string;
  /** How this person's conversation connects to you (NoteInput.connection), for this note only. */
  connection: string;
  /** The note as the person edited it, if they did. */
  edit?: NoteEdit;
}

/** Everything typed into the builder, as typed. */
export interface BuilderDraft {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  you: { name: string; email: string; phone: string; address: string };
  company: string;
  role: string;
  interviewDate: string;
  fit: string;
  promised: string;
  news: string;
  offerDeadline: string;
  startDate: string;
  /** Other people to thank through the first note (C9), separated by commas. */
  others: string;
  interviewers: InterviewerDraft[];
  /** The card of the main contact, for a situation that writes one note (see recipients.ts); '' for the first card. */
  contact: string;
}

/** The draft's text fields: yours, the shared ones, and each card's. */
export const YOU_KEYS = ['name', 'email', 'phone', 'address'] as const;
export const TEXT_KEYS = ['company', 'role', 'interviewDate', 'fit', 'promised', 'news', 'offerDeadline', 'startDate', 'others'] as const;
export const INTERVIEWER_KEYS = ['name', 'honorific', 'title', 'email', 'detail', 'connection'] as const;
/** Direction controls (U+202A–U+202E, U+2066–U+2069): in a one-line field they can make a name or address read other than it is. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The one-line fields (names, addresses, titles): bidi controls are taken out of them. */
const ONE_LINE_KEYS: ReadonlySet<string> = new Set(['name', 'email', 'phone', 'honorific', 'title', 'company', 'role', 'interviewDate', 'offerDeadline', 'startDate']);

/**
 * What a field keeps of what was typed or pasted: at most `max` characters, and for a one-line field no bidi control.
 * @example typedText('name', 'Jane\u202E Roe') // 'Jane Roe'
 */
export function typedText(key: string, value: string, max = SAVED_TEXT_MAX): string {
  const clean = ONE_LINE_KEYS.has(key) ? value.replace(BIDI_CONTROLS, '') : value;
  return clean.length > max ? clean.slice(0, max) : clean;
}

/**
 * An interviewer card with nothing typed yet.
 * @example emptyInterviewer('p2').name // ''
 */
export function emptyInterviewer(id: string): InterviewerDraft {
  return { id, name: '', honorific: '', title: '', email: '', detail: '', connection: '' };
}

/**
 * A fresh draft: a thank-you by email in a formal tone, one empty interviewer card.
 * @example emptyDraft().interviewers.length // 1
 */
export function emptyDraft(): BuilderDraft {
  return {
    scenario: 'thank-you', channel: 'email', tone: 'formal',
    you: { name: '', email: '', phone: '', address: '' },
    company: '', role: '', interviewDate: '', fit: '', promised: '', news: '', offerDeadline: '', startDate: '', others: '',
    interviewers: [emptyInterviewer('p1')],
    contact: '',
  };
}

/**
 * A card id no card in the list uses yet ('p1', 'p2' …).
 * @example nextInterviewerId([{ id: 'p1' }, { id: 'p3' }]) // 'p4'
 */
export function nextInterviewerId(interviewers: readonly { id: string }[]): string {
  const highest = interviewers.reduce((most, { id }) => Math.max(most, Number(/^p(\d+)$/.exec(id)?.[1] ?? 0)), 0);
  return `p${highest + 1}`;
}

/**
 * True when `next` differs from `before` only in what was typed into fields: the same situation, channel, tone and main
 * contact, and the same cards in the same order. The builder writes the notes for such a change just after the page has
 * shown it; any other change (a card added, moved or removed, a choice made) is written before the page is drawn.
 * @example onlyTyped(emptyDraft(), { ...emptyDraft(), role: 'Nurse' }) // true
 */
export function onlyTyped(before: BuilderDraft, next: BuilderDraft): boolean {
  return before.scenario === next.scenario && before.channel === next.channel && before.tone === next.tone && before.contact === next.contact
    && before.interviewers.length === next.interviewers.length
    && before.interviewers.every((person, index) => person.id === next.interviewers[index]?.id);
}

/**
 * True when nothing has been typed: the choices may differ from the defaults, but every text is empty.
 * @example isBlankDraft(emptyDraft()) // true
 */
export function isBlankDraft(draft: BuilderDraft): boolean {
  return YOU_KEYS.every((key) => draft.you[key] === '') && TEXT_KEYS.every((key) => draft[key] === '')
    && draft.interviewers.every((person) => INTERVIEWER_KEYS.every((key) => person[key] === '') && !person.edit);
}

/**
 * The draft as the text saved in localStorage: `{"version":1,"draft":{…}}`, card ids left out (they are given again on
 * reading), the main contact saved as its card's place in the list.
 * @example JSON.parse(serializeDraft(emptyDraft())).version // 1
 */
export function serializeDraft(draft: BuilderDraft): string {
  const interviewers = draft.interviewers.map(({ id: _id, ...person }) => person);
  const contact = Math.max(0, draft.interviewers.findIndex((person) => person.id === draft.contact));
  return JSON.stringify({ version: DRAFT_VERSION, draft: { ...draft, interviewers, contact } });
}
