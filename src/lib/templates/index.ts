// The note engine's entry point: renderNote() and renderNotes() turn any input into notes or field errors, never throwing; plus the builder's lists and samples.
import { TEMPLATES } from './all';
import type { RenderOptions } from './context';
import { renderNoteWith, renderNotesWith, type WordingOf } from './render';
import type { NoteInput, Rendered } from './types';

export type { Channel, FieldError, Note, NoteInput, Rendered, ScenarioId, Tone } from './types';
export type { RenderOptions } from './context';
export { CHANNELS, FIELD_HINTS, SCENARIOS, TONES, type ScenarioInfo } from './catalog';
export { CHANNEL_IDS, SCENARIO_FIELDS, SCENARIO_IDS, THANK_YOU_SCENARIOS, TONE_IDS, isChannel, isScenarioId, isTone, usesField, type OptionalField } from './ids';
export { HONORIFICS, splitName, type PersonName } from './names';
export { isEmailAddress } from './validate';
export { sampleInput } from './sample';

const EVERY_SCENARIO: WordingOf = (scenario) => TEMPLATES[scenario];
const MISSING: Rendered = { ok: false, errors: [{ field: 'scenario', message: 'Choose what the note is for.' }] };

/**
 * One note for one interviewer, or the fields to fix. Never throws, whatever it is given; the same input gives the same note.
 * `options.today` ('YYYY-MM-DD') dates a letter and words the interview day.
 * @example renderNote(sampleInput('thank-you', 'email', 'formal')).ok // true
 */
export function renderNote(input: NoteInput, options?: RenderOptions): Rendered {
  return renderNoteWith(EVERY_SCENARIO, input, options) ?? MISSING;
}

/**
 * A whole panel at once: one note per interviewer (same shared fields), wording chosen for the panel so that no two notes
 * share more than one part's wording (C3; the scheme is in slots.ts). The builder writes every panel through it.
 * @example renderNotes([first, second]).length // 2
 */
export function renderNotes(inputs: readonly NoteInput[], options?: RenderOptions): Rendered[] {
  return renderNotesWith(EVERY_SCENARIO, inputs, options).map((rendered) => rendered ?? MISSING);
}
