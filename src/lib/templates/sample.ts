// Sample inputs with invented people, for the guides to render through the engine (so a sample always follows the rules).
import { SCENARIO_FIELDS } from './ids';
import type { Channel, NoteInput, ScenarioId, Tone } from './types';

/** Three invented interviewers of one panel, each with their own detail (C3). */
const PANEL = [
  { name: 'Dana Whitfield', honorific: 'Ms.', title: 'Operations Manager', email: 'dana.whitfield@example.com',
    detail: 'the new way your team tracks late deliveries' },
  { name: 'Samuel Okafor', honorific: 'Dr.', title: 'Director of Supply Chain', email: 'samuel.okafor@example.com',
    detail: 'how you plan routes around holiday rushes' },
  { name: 'Luis de la Vega', honorific: 'Mr.', title: 'Warehouse Lead', email: 'luis.delavega@example.com',
    detail: 'the safety checklist you walked me through on the floor' },
] as const;

const OPTIONAL_VALUES = {
  interviewDate: '2026-11-17',
  fit: 'my two years scheduling drivers for a regional grocer',
  promised: 'the shift planning sheet I mentioned',
  news: 'the new distribution center opening in Dayton',
  offerDeadline: '2026-12-04',
  startDate: '2026-12-07',
} as const;

/**
 * A complete, fictional input for a scenario, using only the inputs that scenario uses; `panelIndex` (0–2) picks the interviewer.
 * @example sampleInput('thank-you', 'email', 'formal').interviewer.name // 'Dana Whitfield'
 */
export function sampleInput(scenario: ScenarioId, channel: Channel, tone: Tone, panelIndex = 0): NoteInput {
  const person = PANEL[Math.abs(Math.trunc(panelIndex)) % PANEL.length] ?? PANEL[0];
  const fields = SCENARIO_FIELDS[scenario] ?? [];
  const input: NoteInput = {
    scenario, channel, tone,
    you: { name: 'Priya Raman', email: 'priya.raman@example.com', phone: '(555) 010-4477', address: '214 Maple Court\nColumbus, OH 43215' },
    interviewer: { name: person.name, honorific: person.honorific, title: person.title, email: person.email },
    company: 'Harborline Foods',
    role: 'Operations Coordinator',
  };
  for (const field of fields) {
    if (field === 'detail') input.detail = person.detail;
    else if (field !== 'others') input[field] = OPTIONAL_VALUES[field];
  }
  return input;
}
