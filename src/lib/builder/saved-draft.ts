// Reading a saved draft back from localStorage: the draft, or why it cannot be used (with what to tell the person), never throwing. Loaded only when the page finds a saved draft or a link, so the builder's first download stays small.
import { isChannel, isScenarioId, isTone } from '../templates/ids';
import {
  DRAFT_VERSION, INTERVIEWER_KEYS, MAX_INTERVIEWERS, SAVED_NOTE_MAX, TEXT_KEYS, YOU_KEYS, typedText, type BuilderDraft, type InterviewerDraft, type NoteEdit,
} from './draft';

/** Why a saved draft could not be used. */
export type DraftProblem = 'missing' | 'unreadable' | 'old-version' | 'newer-version' | 'invalid';

export type DraftResult = { ok: true; draft: BuilderDraft } | { ok: false; reason: DraftProblem };

/** What the page tells the person when a saved draft is dropped ('missing' needs no notice). */
export const DRAFT_NOTICES: Readonly<Record<Exclude<DraftProblem, 'missing'>, string>> = {
  unreadable: 'We could not read the notes saved in this browser, so we started again with an empty form.',
  'old-version': 'The notes saved in this browser came from an older version of this page, so we started again with an empty form.',
  'newer-version': 'The notes saved in this browser came from a newer version of this page, so we started again with an empty form.',
  invalid: 'Part of the notes saved in this browser was damaged, so we started again with an empty form.',
};


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved text field: missing reads as '', a string is kept as a field would keep it (cut to its length), anything else makes the draft invalid (undefined). */
function savedText(source: Record<string, unknown>, key: string): string | undefined {
  const value = source[key];
  if (value === undefined) return '';
  return typeof value === 'string' ? typedText(key, value) : undefined;
}

/** A card's saved edit: kept when it is well formed (texts cut to the note's length), else left out, so the card's answers are never lost over it. */
function savedEdit(value: unknown): NoteEdit | undefined {
  if (!isRecord(value) || typeof value.text !== 'string' || typeof value.base !== 'string') return undefined;
  const edit: NoteEdit = { text: value.text.slice(0, SAVED_NOTE_MAX), base: value.base.slice(0, SAVED_NOTE_MAX) };
  if (typeof value.subject === 'string') edit.subject = typedText('subject', value.subject);
  return edit;
}

/** Reads named text fields; undefined when any of them is not a sane string. */
function savedTexts<K extends string>(source: Record<string, unknown>, keys: readonly K[]): Record<K, string> | undefined {
  const result = {} as Record<K, string>;
  for (const key of keys) {
    const value = savedText(source, key);
    if (value === undefined) return undefined;
    result[key] = value;
  }
  return result;
}

function readDraft(source: Record<string, unknown>): BuilderDraft | undefined {
  const { scenario, channel, tone, you, interviewers } = source;
  if (!isScenarioId(scenario) || !isChannel(channel) || !isTone(tone)) return undefined;
  if (!isRecord(you) || !Array.isArray(interviewers)) return undefined;
  if (interviewers.length < 1 || interviewers.length > MAX_INTERVIEWERS) return undefined;
  const yourTexts = savedTexts(you, YOU_KEYS);
  const texts = savedTexts(source, TEXT_KEYS);
  if (!yourTexts || !texts) return undefined;
  const people: InterviewerDraft[] = [];
  for (const [index, person] of interviewers.entries()) {
    const fields = isRecord(person) ? savedTexts(person, INTERVIEWER_KEYS) : undefined;
    if (!isRecord(person) || !fields) return undefined;
    const edit = savedEdit(person.edit);
    people.push(edit ? { id: `p${index + 1}`, ...fields, edit } : { id: `p${index + 1}`, ...fields });
  }
  const { contact } = source;
  const main = typeof contact === 'number' && Number.isInteger(contact) && contact > 0 && contact < people.length ? `p${contact + 1}` : '';
  return { scenario, channel, tone, you: yourTexts, ...texts, interviewers: people, contact: main };
}

/**
 * The saved draft, or why it cannot be used. Never throws, whatever the text holds.
 * @example parseDraft(null) // { ok: false, reason: 'missing' }
 * @example parseDraft('{"version":0}') // { ok: false, reason: 'old-version' }
 */
export function parseDraft(saved: unknown): DraftResult {
  if (saved === null || saved === undefined || saved === '') return { ok: false, reason: 'missing' };
  if (typeof saved !== 'string') return { ok: false, reason: 'unreadable' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'unreadable' };
  const { version } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'old-version' };
  if (version < DRAFT_VERSION) return { ok: false, reason: 'old-version' };
  if (version > DRAFT_VERSION) return { ok: false, reason: 'newer-version' };
  const draft = isRecord(parsed.draft) ? readDraft(parsed.draft) : undefined;
  return draft ? { ok: true, draft } : { ok: false, reason: 'invalid' };
}
