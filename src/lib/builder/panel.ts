// The template builder's notes: the whole panel written in one call, then checked by the coach note by note as each stands (edited or not) against the others, at once or after a pause in typing, and the pairs that read alike. The browser loads it once the person starts on the form (note-inputs.ts needs none of it).
import type { Finding } from '../coach';
import { loadedWording } from '../templates/load';
import { placeOf, planPanel, writePlanned } from '../templates/render';
import { NEAR_COPY_SIMILARITY, noteSimilarity, wordsOf } from '../templates/similarity';
import type { NoteInput, Rendered } from '../templates/types';
import type { BuilderDraft, NoteEdit } from './draft';
import { choiceId, fieldDomId } from './fields';
import { WAITING, noteCards, noteInputs, type PanelNote, type PanelOptions, type PanelProblem } from './note-inputs';
import { reviewTexts, type NoteText } from './review';

/** The cards' edits by card id (see editsOf). */
export type PanelEdits = Readonly<Record<string, NoteEdit | undefined>>;

/**
 * Every card's note, not yet checked (findings empty), planned for the whole panel at once so the wording is chosen for
 * all the notes together; a card whose wording has not arrived yet is waiting. Given the panel as last written, a note
 * whose input and place in the panel are as before is not written again: that entry is given back as the same object,
 * so its card is not drawn again either. The component passes its own last panel; nothing is kept here.
 * @example writePanel(draft, { today: '2026-11-17' })[0]?.rendered.ok // true once the card and shared fields are filled
 * @example writePanel(typedInSecondCard, options, before)[0] === before[0] // true: only the second note is written again
 */
export function writePanel(draft: BuilderDraft, options: PanelOptions = {}, previous: readonly PanelNote[] = []): PanelNote[] {
  const { today, locale, wordingOf = loadedWording } = options;
  const inputs = noteInputs(draft);
  const cards = noteCards(draft);
  const day = today ?? '';
  // A card whose input is as before keeps its check (made on the same day), and its note if its place is as before too.
  const same = inputs.map((input, index) => {
    const before = previous[index];
    return before !== undefined && !before.waiting && before.id === cards[index]?.id && before.written?.today === day && sameInput(before.input, input);
  });
  const { writing, notes } = planPanel(inputs, { ...(today ? { today } : {}), ...(locale ? { locale } : {}) },
    inputs.map((_, index) => (same[index] ? previous[index]?.written?.validated : undefined)));
  return inputs.map((input, index) => {
    const id = cards[index]?.id ?? `p${index + 1}`;
    const note = notes[index]!;
    const place = placeOf(writing, note);
    const before = previous[index];
    if (before && same[index] && before.written?.place === place) return before;
    const rendered = writePlanned(wordingOf, writing, note);
    return { id, input, rendered: rendered ?? WAITING, waiting: rendered === undefined, findings: [], written: { today: day, validated: note.validated, place } };
  });
}

/**
 * True when two note inputs hold the same answers: the same object, or equal field by field (plain data: text,
 * arrays and objects of text).
 * @example sameInput({ company: 'Acme', others: ['Ann'] }, { company: 'Acme', others: ['Ann'] }) // true
 */
export function sameInput(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameInput((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
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
      && sameInput(entry.input, before.input) && reviewedKey(entry, edits[entry.id]) === before.reviewed;
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

/**
 * What must be filled in before every note can be written, once per input: shared inputs once, card inputs per card
 * (“Interviewer 2: …”). Empty when every note is written.
 * @example panelProblems(draft, panel).map((problem) => problem.target) // ['tb-you-name', 'tb-p1-name']
 */
export function panelProblems(draft: BuilderDraft, panel: readonly PanelNote[]): PanelProblem[] {
  const problems: PanelProblem[] = [];
  const seen = new Set<string>();
  panel.forEach((entry) => {
    if (entry.rendered.ok) return;
    const index = draft.interviewers.findIndex((person) => person.id === entry.id);
    for (const error of entry.rendered.errors) {
      const target = fieldDomId(error.field, entry.id, draft) ?? choiceId('scenario', draft.scenario);
      if (seen.has(target)) continue;
      seen.add(target);
      const onCard = target.startsWith(`tb-${entry.id}-`);
      problems.push({ target, message: onCard && draft.interviewers.length > 1 ? `Interviewer ${index + 1}: ${error.message}` : error.message });
    }
  });
  const shared = problems.filter((problem) => !/^tb-p\d+-/.test(problem.target));
  return [...shared, ...problems.filter((problem) => /^tb-p\d+-/.test(problem.target))];
}
