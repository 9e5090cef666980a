// Bench: a panel of 10 interviewers, each note rendered and reviewed against the other 9, and the builder's work after one keystroke (goal: median ≤ 2 ms).
import { expect, test } from 'vitest';
import { emptyDraft, emptyInterviewer } from '../../src/lib/builder/draft';
import { reviewPanel, writePanel } from '../../src/lib/builder/panel';
import { reviewTexts } from '../../src/lib/coach';
import { loadWording } from '../../src/lib/templates/load';
import { renderNotes, type Note, type NoteInput } from '../../src/lib/templates/index';

const PANEL: readonly [string, string][] = [
  ['Jane Roe', 'the plan to move support tickets into one shared inbox'],
  ['Omar Price', 'how the night shift hands over open cases'],
  ['Lena Fischer', 'your goal of answering every chat within two minutes'],
  ['Dr Ravi Menon', 'the new training plan for first-year agents'],
  ['Ludwig van Beethoven', 'the quiet room you set up for hard calls'],
  ['Anne-Marie Lopez-Garcia', 'the survey that showed what customers wait for'],
  ['Kenji Sato', 'the move to weekly one-to-ones'],
  ['María José de la Cruz', 'the Spanish-language help line you launched'],
  ['Cher', 'how the team celebrates solved tickets'],
  ['Mx Sam Lee', 'the way you measure first-contact fixes'],
];

const INPUTS: NoteInput[] = PANEL.map(([name, detail]) => ({
  scenario: 'thank-you', channel: 'email', tone: 'formal',
  you: { name: 'Noor Haddad', email: 'noor.haddad@example.org', phone: '555-0134' },
  interviewer: { name },
  company: 'Acme Tools', role: 'Support Lead', interviewDate: '2026-11-17',
  detail, fit: 'my four years running a help desk', promised: 'the link to my onboarding guide',
}));

/** The goal for the whole panel, in milliseconds. */
const GOAL_MS = 2;
/**
 * What CI holds the median to: three times the goal, so a busy runner never turns it red, yet low enough to catch a
 * change that makes the panel several times slower. Measured on a quiet 2-core machine, benches one at a time: 1.53–1.64 ms
 * to write and review (the goal is met), 0.34–0.64 ms to write alone; the same machine when busy has given 2.2–3.1 ms.
 */
const CI_BOUND_MS = 6;

/** The panel written, then every note's text reviewed as the builder does (reviewTexts: each note against the other nine as they stand). */
function renderAndReviewPanel(): number {
  const notes: Note[] = renderNotes(INPUTS).flatMap((result) => (result.ok ? [result.note] : []));
  const findings = reviewTexts(notes.map((note, index) => ({ input: INPUTS[index]!, text: { subject: note.subject ?? '', text: note.text } })), { now: '2026-11-17T18:00' });
  return findings.reduce((sum, each) => sum + each.length, 0);
}

test('panel of 10: write and review (renderNotes, then reviewTexts: each note against the other 9; no caches)', async ({ bench }) => {
  expect(renderAndReviewPanel()).toBeGreaterThan(0);
  const result = await bench('panel of 10: write and review', () => {
    renderAndReviewPanel();
  }).run({ time: 2000 });
  const median = result.latency.p50 ?? result.latency.mean;
  console.log(`median ${median.toFixed(3)} ms per panel of 10 (goal ≤ ${GOAL_MS} ms)`);
  expect(median).toBeLessThanOrEqual(CI_BOUND_MS);
});

test('the builder after one keystroke in a panel of 10: the note written, then the check that follows the pause', async ({ bench }) => {
  await loadWording('thank-you');
  const draft = emptyDraft();
  draft.you = { name: 'Noor Haddad', email: 'noor.haddad@example.org', phone: '555-0134', address: '' };
  Object.assign(draft, { company: 'Acme Tools', role: 'Support Lead', interviewDate: '2026-11-17', fit: 'my four years running a help desk', promised: 'the link to my onboarding guide' });
  draft.interviewers = PANEL.map(([name, detail], index) => ({ ...emptyInterviewer(`p${index + 1}`), name, detail }));
  const options = { today: '2026-11-17', now: '2026-11-17T18:00' };
  let typed = 0;
  const fifth = draft.interviewers[4]!.detail;
  /** A keystroke in the fifth card's detail, as the builder's state holds it (a new draft, the other cards as they were)
   * and as it writes it (from its last panel, so only the fifth note is written again); the detail is new every time
   * but stays short, so that note is always written and checked afresh. */
  let last = writePanel(draft, options);
  const keystroke = () => {
    typed += 1;
    draft.interviewers = draft.interviewers.map((person, index) => (index === 4 ? { ...person, detail: `${fifth} ${typed.toString(36)}` } : person));
    last = writePanel({ ...draft }, options, last);
    return last;
  };
  expect(reviewPanel(keystroke(), options).every((entry) => entry.findings.length > 0)).toBe(true);
  const written = await bench('write after a keystroke', () => { keystroke(); }).run({ time: 1000 });
  const checked = await bench('write and check after a keystroke', () => { reviewPanel(keystroke(), options); }).run({ time: 1000 });
  const [write, check] = [written, checked].map((result) => result.latency.p50 ?? result.latency.mean);
  console.log(`median ${write!.toFixed(3)} ms to write the panel after a keystroke; ${check!.toFixed(3)} ms with the check that follows the pause (goal ≤ ${GOAL_MS} ms)`);
  expect(write).toBeLessThanOrEqual(GOAL_MS);
  expect(check).toBeLessThanOrEqual(CI_BOUND_MS);
});
