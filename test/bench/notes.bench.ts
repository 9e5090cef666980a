// Bench: a panel of 10 interviewers, each note rendered and reviewed against the other 9 (goal: median ≤ 2 ms for the whole panel).
import { expect, test } from 'vitest';
import { reviewNote } from '../../src/lib/coach';
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

function renderAndReviewPanel(): number {
  const notes: Note[] = renderNotes(INPUTS).flatMap((result) => (result.ok ? [result.note] : []));
  let findings = 0;
  notes.forEach((note, index) => {
    findings += reviewNote(INPUTS[index]!, note, notes.filter((_, other) => other !== index), { now: '2026-11-17T18:00' }).length;
  });
  return findings;
}

test('render + review 10 interviewers’ notes (each against the other 9)', async ({ bench }) => {
  expect(renderAndReviewPanel()).toBeGreaterThan(0);
  const result = await bench('panel of 10', () => {
    renderAndReviewPanel();
  }).run({ time: 2000 });
  const median = result.latency.p50 ?? result.latency.mean;
  console.log(`median ${median.toFixed(3)} ms per panel of 10 (goal ≤ ${GOAL_MS} ms)`);
  expect(median).toBeLessThanOrEqual(GOAL_MS);
});
