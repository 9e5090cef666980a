// renderNote's steps with the scenario's wording passed in: the contract's renderNote (index.ts) gives it every scenario, the builder only those it has loaded.
import { isIsoDate } from '../dates';
import { composeNote } from './compose';
import type { RenderOptions } from './context';
import type { ScenarioTemplate } from './scenario';
import type { NoteInput, Rendered, ScenarioId } from './types';
import { cleanInput, inputErrors } from './validate';

/** The answer when something unexpected happens, so a caller is never left with an exception. */
const WENT_WRONG: Rendered = {
  ok: false, errors: [{ field: 'scenario', message: 'Something went wrong while writing this note. Please check your answers and try again.' }],
};

/**
 * One note for one interviewer, or the fields to fix; undefined when the input is complete but `wordingOf` has no
 * wording for its scenario yet. Never throws. Errors come first, so an incomplete input needs no wording at all.
 * @example renderNoteWith(loadedWording, input) // undefined until loadWording(input.scenario) has resolved
 */
export function renderNoteWith(wordingOf: (scenario: ScenarioId) => ScenarioTemplate | undefined, input: NoteInput, options?: RenderOptions): Rendered | undefined {
  try {
    const safeOptions: RenderOptions = typeof options === 'object' && options !== null ? options : {};
    const today = isIsoDate(safeOptions.today) ? safeOptions.today : undefined;
    const clean = cleanInput(input);
    const errors = inputErrors(clean, today);
    if (errors.length > 0) return { ok: false, errors };
    const template = wordingOf(clean.scenario ?? 'thank-you');
    return template && { ok: true, note: composeNote(clean, safeOptions, template) };
  } catch {
    return WENT_WRONG;
  }
}

/**
 * A whole panel with the scenarios' wording passed in: one entry per input, undefined where the wording is not at hand yet.
 * Never throws. The panel is the unit: wording is chosen for all the notes at once (see renderNotes in index.ts).
 * @example renderNotesWith(loadedWording, inputs, { today: '2026-11-17' }).length === inputs.length // true
 */
export function renderNotesWith(wordingOf: (scenario: ScenarioId) => ScenarioTemplate | undefined, inputs: readonly NoteInput[], options?: Omit<RenderOptions, 'variant'>): (Rendered | undefined)[] {
  if (!Array.isArray(inputs)) return [];
  return inputs.map((input, index) => renderNoteWith(wordingOf, input, { ...options, variant: index }));
}

/** renderNoteWith for a caller that holds every scenario's wording: a missing one is an error, never undefined. */
export function renderNoteFrom(templates: Readonly<Record<ScenarioId, ScenarioTemplate>>, input: NoteInput, options?: RenderOptions): Rendered {
  return renderNoteWith((scenario) => templates[scenario], input, options) ?? WENT_WRONG;
}
