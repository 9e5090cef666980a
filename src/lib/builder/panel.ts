// The template builder's notes: one NoteInput per interviewer card, each note rendered and checked by the coach against the others, plus the problems to list and the pairs that read alike.
import { reviewNote, type Finding } from '../coach';
import { renderNote } from '../templates/index';
import { usesField } from '../templates/ids';
import { NEAR_COPY_SIMILARITY, noteSimilarity, wordsOf } from '../templates/similarity';
import type { Note, NoteInput, Rendered } from '../templates/types';
import type { BuilderDraft } from './draft';
import { asksForAddress, choiceId, fieldDomId } from './fields';

/** One interviewer's note, or what is missing, and the coach's findings. */
export interface PanelNote {
  /** The card's id. */
  id: string;
  input: NoteInput;
  rendered: Rendered;
  /** Empty while the note cannot be written. */
  findings: Finding[];
}

export interface PanelOptions {
  /** Today, 'YYYY-MM-DD': dates a letter and words the interview day. */
  today?: string;
  /** Now, 'YYYY-MM-DDTHH:MM': turns on the coach's thank-you timing check (T1). */
  now?: string;
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
 * One NoteInput per card. Shared inputs the scenario does not use are left out (they stay in the draft for when the
 * scenario changes back); the others to thank (C9) go into the first note only, since one person passes the thanks on.
 * @example noteInputs(draft).length === draft.interviewers.length // true
 */
export function noteInputs(draft: BuilderDraft): NoteInput[] {
  const { scenario, channel, tone } = draft;
  const optional: Partial<NoteInput> = { interviewDate: draft.interviewDate };
  for (const field of ['fit', 'promised', 'news', 'offerDeadline', 'startDate'] as const) {
    if (usesField(scenario, field)) optional[field] = draft[field];
  }
  const others = usesField(scenario, 'others') ? splitOthers(draft.others) : [];
  const you = { name: draft.you.name, email: draft.you.email, phone: draft.you.phone, ...(asksForAddress(channel) ? { address: draft.you.address } : {}) };
  return draft.interviewers.map((person, index) => ({
    scenario, channel, tone, you,
    interviewer: { name: person.name, honorific: person.honorific, title: person.title, email: person.email },
    company: draft.company,
    role: draft.role,
    ...optional,
    detail: person.detail,
    ...(index === 0 && others.length > 0 ? { others } : {}),
  }));
}

/** Notes already written, by card position, day and input: typing in one card leaves the other cards' notes as they were. */
const written = new Map<string, Rendered>();
const WRITTEN_REMEMBERED = 64;

/** renderNote with the card's position as its phrasing variant (as renderNotes does), remembered for an unchanged input. */
function writeNote(input: NoteInput, index: number, today: string | undefined): Rendered {
  const key = `${index}|${today ?? ''}|${JSON.stringify(input)}`;
  const known = written.get(key);
  if (known) return known;
  const result = renderNote(input, today ? { today, variant: index } : { variant: index });
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
  const rendered = inputs.map((input, index) => writeNote(input, index, options.today));
  const notes = rendered.map((result) => (result.ok ? result.note : undefined));
  return inputs.map((input, index) => {
    const result = rendered[index] ?? { ok: false, errors: [] };
    const others = notes.filter((note, other): note is Note => note !== undefined && other !== index);
    const findings = result.ok ? reviewNote(input, result.note, others, options.now ? { now: options.now } : {}) : [];
    return { id: draft.interviewers[index]?.id ?? `p${index + 1}`, input, rendered: result, findings };
  });
}

/**
 * What must be filled in before every note can be written, once per input: shared inputs once, card inputs per card
 * (“Interviewer 2: …”). Empty when every note is written.
 * @example panelProblems(draft, panel).map((problem) => problem.target) // ['tb-you-name', 'tb-p1-name']
 */
export function panelProblems(draft: BuilderDraft, panel: readonly PanelNote[]): PanelProblem[] {
  const problems: PanelProblem[] = [];
  const seen = new Set<string>();
  panel.forEach((entry, index) => {
    if (entry.rendered.ok) return;
    for (const error of entry.rendered.errors) {
      const target = fieldDomId(error.field, entry.id, draft) ?? choiceId('scenario', draft.scenario);
      if (seen.has(target)) continue;
      seen.add(target);
      const onCard = target.startsWith(`tb-${entry.id}-`);
      problems.push({ target, message: onCard && panel.length > 1 ? `Interviewer ${index + 1}: ${error.message}` : error.message });
    }
  });
  const shared = problems.filter((problem) => !/^tb-p\d+-/.test(problem.target));
  return [...shared, ...problems.filter((problem) => /^tb-p\d+-/.test(problem.target))];
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

/**
 * True when two lists of findings say the same things in the same order (the coach gives new objects on every review).
 * @example sameFindings(panel[0].findings, previous[0].findings) // true while typing changed nothing the coach says
 */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, index) => {
    const other = b[index];
    return other !== undefined && finding.level === other.level && finding.rule === other.rule && finding.message === other.message && finding.field === other.field;
  });
}
