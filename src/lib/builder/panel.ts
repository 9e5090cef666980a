// The template builder's notes: each card's note written, then checked by the coach against the others (at once or after a pause in typing), and the pairs that read alike. The browser loads it once the person starts on the form (note-inputs.ts needs none of it).
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
 * The last note written for each card, by its answers object, with everything it was written from (compared one by
 * one, so answers changed in place are written again): typing in one card leaves the other cards' inputs and notes as
 * they were, with no look-up by their whole input.
 */
const cardsWritten = new WeakMap<object, { from: readonly string[]; input: NoteInput; rendered: Rendered }>();

/**
 * renderNote with the card's position as its phrasing variant (as renderNotes does), remembered for an unchanged input;
 * undefined while the scenario's wording is not at hand.
 */
function writeNote(input: NoteInput, index: number, options: PanelOptions): Rendered | undefined {
  const { today, locale, wordingOf = loadedWording } = options;
  const template = wordingOf(input.scenario);
  const key = `${index}|${today ?? ''}|${locale ?? ''}|${JSON.stringify(input)}`;
  const known = written.get(key);
  if (known) return known;
  const result = renderNoteWith(() => template, input, { ...(today ? { today } : {}), ...(locale ? { locale } : {}) });
  if (!result) return undefined;
  if (written.size >= WRITTEN_REMEMBERED) written.clear();
  written.set(key, result);
  return result;
}

/**
 * Every card's note, not yet checked (findings empty): each note phrased by its place in the list, so no two read as copies.
 * @example writePanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 */
export function writePanel(draft: BuilderDraft, options: PanelOptions = {}): PanelNote[] {
  const inputs = noteInputs(draft);
  const shared = JSON.stringify({ ...draft, interviewers: [] });
  return inputs.map((fresh, index) => {
    const person = draft.interviewers[index];
    const from = person ? [shared, String(index), options.today ?? '', person.name, person.honorific, person.title, person.email, person.detail] : [];
    const known = person ? cardsWritten.get(person) : undefined;
    const kept = known && known.from.length === from.length && known.from.every((part, at) => part === from[at]) ? known : undefined;
    const input = kept?.input ?? fresh;
    const result = kept?.rendered ?? writeNote(input, index, options);
    if (person && result && !kept) cardsWritten.set(person, { from, input, rendered: result });
    return { id: person?.id ?? `p${index + 1}`, input, rendered: result ?? WAITING, waiting: result === undefined, findings: [] };
  });
}

/**
 * The written panel with the coach's findings: each note checked on its own and against the other notes written.
 * @example reviewPanel(writePanel(draft), { now: '2026-11-17T09:30' })[0]?.findings.length // > 0 once the note is written
 */
export function reviewPanel(panel: readonly PanelNote[], options: PanelOptions = {}): PanelNote[] {
  const notes = panel.map((entry) => (entry.rendered.ok ? entry.rendered.note : undefined));
  return panel.map((entry, index) => {
    if (!entry.rendered.ok) return { ...entry, findings: [] };
    const others = notes.filter((note, other): note is Note => note !== undefined && other !== index);
    return { ...entry, findings: reviewNote(entry.input, entry.rendered.note, others, options.now ? { now: options.now } : {}) };
  });
}

/**
 * Every card's note and findings at once (writePanel, then reviewPanel).
 * @example buildPanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 */
export function buildPanel(draft: BuilderDraft, options: PanelOptions = {}): PanelNote[] {
  return reviewPanel(writePanel(draft, options), options);
}

/** True when `checked` holds the findings of exactly the notes `written` shows, card for card. */
export function checksAreCurrent(written: readonly PanelNote[], checked: readonly PanelNote[]): boolean {
  return written.length === checked.length
    && written.every((entry, index) => entry.id === checked[index]?.id && entry.rendered === checked[index]?.rendered);
}

/**
 * True when the last check no longer fits the panel even for a moment: other cards or another order, other choices
 * (scenario, channel, tone), or a note written now whose card had none then. Typing in a field is not such a change:
 * its note keeps its last findings until the check that follows a pause.
 * @example mustCheckNow(writePanel(draft), []) // true: nothing was checked yet
 */
export function mustCheckNow(written: readonly PanelNote[], checked: readonly PanelNote[]): boolean {
  if (written.length !== checked.length) return true;
  return written.some((entry, index) => {
    const before = checked[index];
    return !before || before.id !== entry.id || (entry.rendered.ok && !before.rendered.ok)
      || before.input.scenario !== entry.input.scenario || before.input.channel !== entry.input.channel || before.input.tone !== entry.input.tone;
  });
}

/**
 * The written panel with the findings of the last check, card by card (a card whose note changed since shows its last
 * findings until it is checked again); a card with no note shows none.
 * @example withFindings(writePanel(draft), reviewPanel(writePanel(draft)))[0]?.findings // the first note's findings
 */
export function withFindings(written: readonly PanelNote[], checked: readonly PanelNote[]): PanelNote[] {
  return written.map((entry, index) => {
    const before = checked[index];
    return entry.rendered.ok && before?.id === entry.id ? { ...entry, findings: before.findings } : entry;
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

