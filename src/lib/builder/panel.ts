// The template builder's notes: each card's note written and checked by the coach against the others, and the pairs that read alike. The browser loads it once the person starts on the form (note-inputs.ts needs none of it).
import { reviewNote } from '../coach';
import { loadedWording } from '../templates/load';
import { renderNoteWith } from '../templates/render';
import { NEAR_COPY_SIMILARITY, noteSimilarity, wordsOf } from '../templates/similarity';
import type { Note, NoteInput, Rendered } from '../templates/types';
import type { BuilderDraft } from './draft';
import { WAITING, noteInputs, type PanelNote, type PanelOptions } from './note-inputs';

/** Notes already written, by card position, day and input: typing in one card leaves the other cards' notes as they were. */
const written = new Map<string, Rendered>();
const WRITTEN_REMEMBERED = 64;

/**
 * renderNote with the card's position as its phrasing variant (as renderNotes does), remembered for an unchanged input;
 * undefined while the scenario's wording is not at hand.
 */
function writeNote(input: NoteInput, index: number, options: PanelOptions): Rendered | undefined {
  const { today, wordingOf = loadedWording } = options;
  const template = wordingOf(input.scenario);
  const key = `${index}|${today ?? ''}|${JSON.stringify(input)}`;
  const known = written.get(key);
  if (known) return known;
  const result = renderNoteWith(() => template, input, today ? { today, variant: index } : { variant: index });
  if (!result) return undefined;
  if (written.size >= WRITTEN_REMEMBERED) written.clear();
  written.set(key, result);
  return result;
}

/**
 * Every card's note and findings: each note phrased by its place in the list (so no two read as copies) and checked
 * against the other notes that could be written.
 * @example buildPanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 */
export function buildPanel(draft: BuilderDraft, options: PanelOptions = {}): PanelNote[] {
  const inputs = noteInputs(draft);
  const rendered = inputs.map((input, index) => writeNote(input, index, options));
  const notes = rendered.map((result) => (result?.ok ? result.note : undefined));
  return inputs.map((input, index) => {
    const result = rendered[index] ?? WAITING;
    const others = notes.filter((note, other): note is Note => note !== undefined && other !== index);
    const findings = result.ok ? reviewNote(input, result.note, others, options.now ? { now: options.now } : {}) : [];
    return { id: draft.interviewers[index]?.id ?? `p${index + 1}`, input, rendered: result, waiting: rendered[index] === undefined, findings };
  });
}

function sameDetail(a: NoteInput, b: NoteInput): boolean {
  const first = wordsOf(a.detail ?? '').join(' ');
  return first !== '' && first === wordsOf(b.detail ?? '').join(' ');
}

/**
 * Pairs of cards (by index, first < second) whose notes read alike (C3): the same detail typed for both, or bodies at or
 * above the near-copy similarity. Only notes the coach already warned under C3 are compared: a note with no C3 warning
 * shares no detail with another note and is no near-copy of one, so the common case compares nothing.
 * @example alikePairs(panel) // [[0, 2]] when the first and third notes share their detail
 */
export function alikePairs(panel: readonly PanelNote[]): [number, number][] {
  const suspects = panel.flatMap((entry, index) => (
    entry.rendered.ok && entry.findings.some((finding) => finding.rule === 'C3' && finding.level !== 'pass') ? [index] : []));
  const pairs: [number, number][] = [];
  for (const [position, first] of suspects.entries()) {
    for (const second of suspects.slice(position + 1)) {
      const a = panel[first];
      const b = panel[second];
      if (!a?.rendered.ok || !b?.rendered.ok) continue;
      if (sameDetail(a.input, b.input) || noteSimilarity(a.rendered.note, b.rendered.note) >= NEAR_COPY_SIMILARITY) pairs.push([first, second]);
    }
  }
  return pairs;
}

