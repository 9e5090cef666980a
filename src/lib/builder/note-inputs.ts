// The template builder's cards apart from the note engine (panel.ts): one NoteInput per card, and the cards before any note is written. Small, so the page starts without the engine.
import type { Finding } from '../coach';
import type { Locale } from '../locale';
import type { ScenarioTemplate } from '../templates/scenario';
import { usesField } from '../templates/ids';
import type { NoteInput, Rendered, ScenarioId } from '../templates/types';
import type { Validated } from '../templates/validate';
import type { BuilderDraft, InterviewerDraft } from './draft';
import { asksForAddress, asksForConnection } from './fields';
import { noteCardIds } from './recipients';

/** One interviewer's note, or what is missing, and the coach's findings. */
export interface PanelNote {
  /** The card's id. */
  id: string;
  input: NoteInput;
  /** The note, or what is missing; while `waiting`, no errors and no note. */
  rendered: Rendered;
  /** Not written or checked yet: the note engine or the scenario's wording has not been downloaded (see loadWording). */
  waiting: boolean;
  /** Empty while the note cannot be written. */
  findings: Finding[];
  /** How the note was written, so writePanel can tell when it would read the same: its input as checked on `today`, and
   * where it sat in its panel (its wording, the shared fit, the day, the locale; see placeOf). */
  written?: { today: string; validated: Validated; place: string };
}

export interface PanelOptions {
  /** Today, 'YYYY-MM-DD': dates a letter and words the interview day. */
  today?: string;
  /** Now, 'YYYY-MM-DDTHH:MM': turns on the coach's thank-you timing check (T1). */
  now?: string;
  /** How the notes write dates (the host's locale); 'en-US' by default. */
  locale?: Locale;
  /** Where the scenarios' wording comes from; by default the wording this page has loaded (loadedWording). */
  wordingOf?: (scenario: ScenarioId) => ScenarioTemplate | undefined;
}

/** A problem to list in the error summary, pointing at the input to fix. */
export interface PanelProblem {
  /** The page id of the input. */
  target: string;
  message: string;
}

/**
 * Names typed in the "others to thank" box: split at commas, semicolons or line breaks, trimmed, empty ones dropped.
 * @example splitOthers('Sam Lee, Ana Ruiz;') // ['Sam Lee', 'Ana Ruiz']
 */
export function splitOthers(typed: string): string[] {
  return typed.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean);
}

/**
 * The cards that get a note, in order: every card, or the main contact's alone where the situation writes one note.
 * @example noteCards({ ...draft, scenario: 'check-in' }).length // 1
 */
export function noteCards(draft: BuilderDraft): InterviewerDraft[] {
  const ids = noteCardIds(draft);
  return draft.interviewers.filter((person) => ids.includes(person.id));
}

/**
 * One NoteInput per card that gets a note (see noteCards). Shared inputs the scenario does not use are left out (they
 * stay in the draft for when the scenario changes back); the others to thank (C9) go into the first note only, since
 * one person passes the thanks on.
 * @example noteInputs(draft).length === draft.interviewers.length // true for a thank-you
 */
export function noteInputs(draft: BuilderDraft): NoteInput[] {
  const { scenario, channel, tone } = draft;
  const optional: Partial<NoteInput> = { interviewDate: draft.interviewDate };
  for (const field of ['fit', 'promised', 'news', 'offerDeadline', 'startDate'] as const) {
    if (usesField(scenario, field)) optional[field] = draft[field];
  }
  const others = usesField(scenario, 'others') ? splitOthers(draft.others) : [];
  const you = { name: draft.you.name, email: draft.you.email, phone: draft.you.phone, ...(asksForAddress(channel) ? { address: draft.you.address } : {}) };
  const connects = asksForConnection(scenario);
  return noteCards(draft).map((person, index) => ({
    scenario, channel, tone, you,
    interviewer: { name: person.name, honorific: person.honorific, title: person.title, email: person.email },
    company: draft.company,
    role: draft.role,
    ...optional,
    detail: person.detail,
    ...(connects && person.connection.trim() ? { connection: person.connection } : {}),
    ...(index === 0 && others.length > 0 ? { others } : {}),
  }));
}

/** What a card holds while the engine or the wording is still on its way: nothing to fix, no note yet. */
export const WAITING: Rendered = { ok: false, errors: [] };

/**
 * The panel before the note engine is here: every card waiting, nothing written or checked yet.
 * @example unwrittenPanel(emptyDraft())[0]?.waiting // true
 */
export function unwrittenPanel(draft: BuilderDraft): PanelNote[] {
  const cards = noteCards(draft);
  return noteInputs(draft).map((input, index) => (
    { id: cards[index]?.id ?? `p${index + 1}`, input, rendered: WAITING, waiting: true, findings: [] }));
}

/**
 * True when two lists of findings say the same things in the same order (the coach gives new objects on every review).
 * @example sameFindings(panel[0].findings, previous[0].findings) // true while typing changed nothing the coach says
 */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, index) => {
    const other = b[index];
    return other !== undefined && finding.level === other.level && finding.rule === other.rule && finding.message === other.message && finding.field === other.field
      && finding.at?.start === other.at?.start && finding.at?.end === other.at?.end;
  });
}
