// The template builder's notes: the whole panel written in one call, then checked by the coach note by note as each stands (edited or not) against the others, at once or after a pause in typing, and the pairs that read alike. The browser loads it once the person starts on the form (note-inputs.ts needs none of it).
import type { Finding } from '../coach';
import { loadedWording } from '../templates/load';
import { renderNotesWith } from '../templates/render';
import { NEAR_COPY_SIMILARITY, noteSimilarity, wordsOf } from '../templates/similarity';
import type { NoteInput, Rendered } from '../templates/types';
import type { BuilderDraft, NoteEdit } from './draft';
import { WAITING, noteCards, noteInputs, type PanelNote, type PanelOptions } from './note-inputs';
import { reviewTexts, type NoteText } from './review';

/** The cards' edits by card id (see editsOf). */
export type PanelEdits = Readonly<Record<string, NoteEdit | undefined>>;

/**
 * Every card's note, not yet checked (findings empty), written in one call for the whole panel so the wording is
 * chosen for all the notes at once; a card whose wording has not arrived yet is waiting.
 * @example writePanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 */
export function writePanel(draft: BuilderDraft, options: PanelOptions = {}): PanelNote[] {
  const { today, locale, wordingOf = loadedWording } = options;
  const inputs = noteInputs(draft);
  const cards = noteCards(draft);
  const written = renderNotesWith(wordingOf, inputs, { ...(today ? { today } : {}), ...(locale ? { locale } : {}) });
  return inputs.map((input, index) => {
    const rendered = written[index];
    return { id: cards[index]?.id ?? `p${index + 1}`, input, rendered: rendered ?? WAITING, waiting: rendered === undefined, findings: [] };
  });
}

/**
 * The newly written panel with each entry that says the same as before given back as the same object, so the cards
 * that did not change are not drawn again. For a component to call with its own last panel; nothing is kept here.
 * @example keepUnchanged(before, writePanel(draft))[1] === before[1] // true when typing changed only the first card
 */
export function keepUnchanged(previous: readonly PanelNote[], next: PanelNote[]): PanelNote[] {
  return next.map((entry, index) => {
    const before = previous[index];
    return before && sameEntry(before, entry) ? before : entry;
  });
}

function sameEntry(a: PanelNote, b: PanelNote): boolean {
  if (a.id !== b.id || a.waiting !== b.waiting || JSON.stringify(a.input) !== JSON.stringify(b.input)) return false;
  if (a.rendered.ok && b.rendered.ok) return a.rendered.note.text === b.rendered.note.text && a.rendered.note.subject === b.rendered.note.subject;
  return !a.rendered.ok && !b.rendered.ok && JSON.stringify(a.rendered.errors) === JSON.stringify(b.rendered.errors);
}

/**
 * Each card's edit, by card id.
 * @example editsOf(draft).p1?.text // the first card's note as edited, if it was
 */
export function editsOf(draft: BuilderDraft): PanelEdits {
  return Object.fromEntries(draft.interviewers.map((person) => [person.id, person.edit]));
}

/**
 * A written note as it stands: the person's edit where there is one, else the engine's note; undefined with no note.
 * @example standing(entry, { text: 'Dear Jane, …', base: '…' })?.text // 'Dear Jane, …'
 */
export function standing(entry: PanelNote, edit: NoteEdit | undefined): NoteText | undefined {
  if (!entry.rendered.ok) return undefined;
  const { note } = entry.rendered;
  const subject = edit?.subject ?? note.subject;
  const text = edit?.text ?? note.text;
  return subject === undefined ? { text } : { subject, text };
}

/**
 * True when the answers changed since the person edited the note: the engine's text now differs from the one the edit
 * started from, so the note could be written again (never without asking).
 * @example answersChanged(entry, { text: 'mine', base: 'the old note' }) // true when the note now reads otherwise
 */
export function answersChanged(entry: PanelNote, edit: NoteEdit | undefined): boolean {
  return Boolean(edit && entry.rendered.ok && entry.rendered.note.text !== edit.base);
}

/** The text the last check read, so a check can be told from a stale one. */
function reviewedKey(entry: PanelNote, edit: NoteEdit | undefined): string {
  const shown = standing(entry, edit);
  return shown ? `${shown.subject ?? ''}\u0001${shown.text}` : '';
}

/** A checked entry: the findings, with the text they were found in. */
export interface CheckedNote extends PanelNote {
  reviewed: string;
}

/**
 * The written panel with the coach's findings: each note checked as it stands (edited or not) against the others as they stand.
 * @example reviewPanel(writePanel(draft), { now: '2026-11-17T09:30' }, editsOf(draft))[0]?.findings.length // > 0 once the note is written
 */
export function reviewPanel(panel: readonly PanelNote[], options: PanelOptions = {}, edits: PanelEdits = {}): CheckedNote[] {
  const shown = panel.map((entry) => standing(entry, edits[entry.id]));
  const written = panel.flatMap((entry, index) => {
    const text = shown[index];
    return text ? [{ input: entry.input, text }] : [];
  });
  const findings = reviewTexts(written, options.now ? { now: options.now } : {});
  let next = 0;
  return panel.map((entry, index) => {
    const reviewed = reviewedKey(entry, edits[entry.id]);
    return { ...entry, findings: shown[index] ? (findings[next++] ?? []) : [], reviewed };
  });
}

/**
 * Every card's note and findings at once (writePanel, then reviewPanel).
 * @example buildPanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 */
export function buildPanel(draft: BuilderDraft, options: PanelOptions = {}): PanelNote[] {
  return reviewPanel(writePanel(draft, options), options, editsOf(draft));
}

/** True when `checked` holds the findings of exactly the notes `written` shows as they stand, card for card. */
export function checksAreCurrent(written: readonly PanelNote[], checked: readonly CheckedNote[], edits: PanelEdits = {}): boolean {
  return written.length === checked.length && written.every((entry, index) => {
    const before = checked[index];
    return before !== undefined && entry.id === before.id && entry.rendered.ok === before.rendered.ok
      && JSON.stringify(entry.input) === JSON.stringify(before.input) && reviewedKey(entry, edits[entry.id]) === before.reviewed;
  });
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
export function alikePairs(panel: readonly PanelNote[], edits: PanelEdits = {}): [number, number][] {
  const suspects = panel.flatMap((entry, index) => (
    entry.rendered.ok && entry.findings.some((finding) => finding.rule === 'C3' && finding.level !== 'pass') ? [index] : []));
  const pairs: [number, number][] = [];
  for (const [position, first] of suspects.entries()) {
    for (const second of suspects.slice(position + 1)) {
      const a = panel[first];
      const b = panel[second];
      const [one, two] = [a && standing(a, edits[a.id]), b && standing(b, edits[b.id])];
      if (!a || !b || !one || !two) continue;
      if (sameDetail(a.input, b.input) || noteSimilarity(bodyOf(one.text), bodyOf(two.text)) >= NEAR_COPY_SIMILARITY) pairs.push([first, second]);
    }
  }
  return pairs;
}


/** A note's text as the similarity measure reads it: the whole text as one paragraph. */
function bodyOf(text: string): { greeting: string; paragraphs: string[] } {
  return { greeting: '', paragraphs: [text] };
}
