// The note engine's entry point: renderNote() turns any input into a note or field errors, never throwing; plus the builder's lists and samples.
import { TEMPLATES } from './all';
import type { RenderOptions } from './context';
import { renderNoteFrom, renderNotesWith } from './render';
import type { NoteInput, Rendered } from './types';

export type { Channel, FieldError, Note, NoteInput, Rendered, ScenarioId, Tone } from './types';
export type { RenderOptions } from './context';
export { CHANNELS, FIELD_HINTS, SCENARIOS, TONES, type ScenarioInfo } from './catalog';
export { CHANNEL_IDS, SCENARIO_FIELDS, SCENARIO_IDS, THANK_YOU_SCENARIOS, TONE_IDS, isChannel, isScenarioId, isTone, usesField, type OptionalField } from './ids';
export { HONORIFICS, splitName, type PersonName } from './names';
export { isEmailAddress } from './validate';
export { sampleInput } from './sample';

/**
 * One note for one interviewer, or the fields to fix. Never throws, whatever it is given.
 * `options.today` ('YYYY-MM-DD') dates a letter and words the interview day; `options.variant` see RenderOptions.
 * @example renderNote(sampleInput('thank-you', 'email', 'formal')).ok // true
 */
export function renderNote(input: NoteInput, options?: RenderOptions): Rendered {
  return renderNoteFrom(TEMPLATES, input, options);
}

/**
 * One note per interviewer of a panel, each with its own phrasing (variant = place in the list), so no two read as copies (C3).
 * @example renderNotes([first, second]).length // 2
 */
export function renderNotes(inputs: readonly NoteInput[], options?: Omit<RenderOptions, 'variant'>): Rendered[] {
  return renderNotesWith((scenario) => TEMPLATES[scenario], inputs, options).map((rendered) => rendered ?? renderNote({} as NoteInput));
}
