// The one pipeline from NoteInput to note, for a panel or a single note, with the scenarios' wording passed in: the contract's renderNote/renderNotes (index.ts) give it every scenario, the builder only those it has loaded.
import { isIsoDate } from '../dates';
import { DEFAULT_LOCALE, isLocale } from '../locale';
import { composeNote } from './compose';
import type { NotePlan, RenderOptions, Writing } from './context';
import type { ScenarioTemplate } from './scenario';
import { panelSlots, soloSlot } from './slots';
import type { NoteInput, Rendered, ScenarioId } from './types';
import { validateInput, type Validated } from './validate';

/** The answer when something unexpected happens, so a caller is never left with an exception. */
const WENT_WRONG: Rendered = {
  ok: false, errors: [{ field: 'scenario', message: 'Something went wrong while writing this note. Please check your answers and try again.' }],
};

/** Where the scenarios' wording comes from: undefined while a scenario's wording is still being downloaded. */
export type WordingOf = (scenario: ScenarioId) => ScenarioTemplate | undefined;

/** The options, checked once: a real day or none, a known locale or the default. */
function writingOf(options: unknown): Writing {
  const { today, locale } = typeof options === 'object' && options !== null ? (options as RenderOptions) : {};
  return { ...(isIsoDate(today) ? { today } : {}), locale: isLocale(locale) ? locale : DEFAULT_LOCALE };
}

/**
 * Every third note of a panel, from the first, uses the shared "how your background fits" (and a note with a connection
 * of its own never does): the fit then reads as said to one or two people, not pasted into every note.
 */
function fitPlan(index: number, input: Validated): boolean {
  return index % 3 === 0 && !(input.ok && input.input.connection);
}

/** One valid input written; a thrown error becomes WENT_WRONG. */
function write(wordingOf: WordingOf, validated: Validated, writing: Writing, plan: NotePlan): Rendered | undefined {
  if (!validated.ok) return { ok: false, errors: validated.errors };
  try {
    const template = wordingOf(validated.input.scenario);
    return template && composeNote(validated.input, writing, plan, template);
  } catch {
    return WENT_WRONG;
  }
}

/** A note of a panel, ready to write: its input checked once, and its place in the panel. */
export interface PlannedNote {
  validated: Validated;
  plan: NotePlan;
}

/** A panel ready to write: the options checked once, and each note's checked input and place. */
export interface PanelPlan {
  writing: Writing;
  notes: PlannedNote[];
}

/**
 * Each input checked once and given its place in the panel: the wording is chosen for the panel at once (slots.ts),
 * seeded by the first valid note's scenario, company and role, so no two notes share more than one part's wording.
 * `known` holds the checks a caller already has (validateInput of the same input on the same day), by index; the
 * others are checked here. Throws only on input no caller can send (renderNotesWith catches it).
 * @example planPanel(inputs, { today: '2026-11-17' }).notes[1]?.plan.slot // the second note's wording
 */
export function planPanel(inputs: readonly NoteInput[], options?: RenderOptions, known: readonly (Validated | undefined)[] = []): PanelPlan {
  const writing = writingOf(options);
  const validated = inputs.map((input, index) => known[index] ?? validateInput(input, writing.today));
  const first = validated.find((entry) => entry.ok);
  const seed = first?.ok ? `${first.input.scenario}|${first.input.company}|${first.input.role}` : '';
  const slots = panelSlots(inputs.length, seed);
  return { writing, notes: validated.map((entry, index) => ({ validated: entry, plan: { slot: slots[index] ?? { x: 0, y: 0 }, useFit: fitPlan(index, entry) } })) };
}

/**
 * Where a planned note sits, as text: two notes with the same input and the same place read the same.
 * @example placeOf(plan.writing, plan.notes[0]!) // '3.5.fit.2026-11-17.en-US'
 */
export function placeOf(writing: Writing, note: PlannedNote): string {
  const { slot, useFit } = note.plan;
  return `${slot.x}.${slot.y}.${useFit ? 'fit' : ''}.${writing.today ?? ''}.${writing.locale}`;
}

/**
 * One planned note written; undefined while its scenario's wording is not at hand. Never throws.
 * @example writePlanned(loadedWording, plan.writing, plan.notes[0]!)?.ok // true for a complete input
 */
export function writePlanned(wordingOf: WordingOf, writing: Writing, note: PlannedNote): Rendered | undefined {
  return write(wordingOf, note.validated, writing, note.plan);
}

/**
 * A whole panel: one entry per input, undefined where the scenario's wording is not at hand yet (planPanel, then
 * writePlanned for each note). Never throws.
 * @example renderNotesWith(loadedWording, inputs, { today: '2026-11-17' }).length === inputs.length // true
 */
export function renderNotesWith(wordingOf: WordingOf, inputs: readonly NoteInput[], options?: RenderOptions): (Rendered | undefined)[] {
  if (!Array.isArray(inputs)) return [];
  try {
    const { writing, notes } = planPanel(inputs, options);
    return notes.map((note) => writePlanned(wordingOf, writing, note));
  } catch {
    return inputs.map(() => WENT_WRONG);
  }
}

/**
 * One note on its own, or the fields to fix; undefined while its scenario's wording is not at hand. Never throws. The
 * wording follows the scenario and the interviewer's name, so the same input always gives the same note, and typing
 * a detail never reshuffles the sentences around it.
 * @example renderNoteWith(loadedWording, input) // undefined until loadWording(input.scenario) has resolved
 */
export function renderNoteWith(wordingOf: WordingOf, input: NoteInput, options?: RenderOptions): Rendered | undefined {
  try {
    const writing = writingOf(options);
    const validated = validateInput(input, writing.today);
    const seed = validated.ok ? `${validated.input.scenario}|${validated.input.interviewer.name.full}` : '';
    return write(wordingOf, validated, writing, { slot: soloSlot(seed), useFit: !(validated.ok && validated.input.connection) });
  } catch {
    return WENT_WRONG;
  }
}
