// What the builder offers: every scenario (from the registry, scenarios.ts), the channels and the tones (with which tone fits, C4). No wording: the browser loads that per scenario (load.ts).
import { SCENARIO_IDS, type OptionalField } from './ids';
import { SCENARIO_REGISTRY } from './scenarios';
import type { Channel, ScenarioId, Tone } from './types';

export interface ScenarioInfo {
  id: ScenarioId;
  label: string;
  hint: string;
  /** The optional inputs this scenario uses; the builder can hide the rest. */
  fields: readonly OptionalField[];
}

/** The scenarios in the order a job search meets them, as the picker shows them. */
export const SCENARIOS: readonly ScenarioInfo[] = SCENARIO_IDS.map((id) => {
  const { label, hint, fields } = SCENARIO_REGISTRY[id];
  return { id, label, hint, fields };
});

/** The ways to send a note. */
export const CHANNELS: readonly { id: Channel; label: string; hint: string }[] = [
  { id: 'email', label: 'Email', hint: 'The default: it arrives at once. Send it within a day of the interview.' },
  { id: 'letter', label: 'Printed letter', hint: 'A formal business letter, for companies that still work on paper or when you only have a postal address.' },
  { id: 'card', label: 'Handwritten card', hint: 'A short extra that stands out. Send the email too, and post the card the same day.' },
  { id: 'linkedin', label: 'LinkedIn note', hint: 'A short invitation note that fits LinkedIn’s limit. Send it after your email.' },
];

/** The tones, with a hint on which one fits (C4). */
export const TONES: readonly { id: Tone; label: string; hint: string }[] = [
  { id: 'formal', label: 'Formal', hint: 'Use this when the interview felt formal, when they used titles and last names, or when your note may be passed around. Greets “Dear Ms. Lastname”.' },
  { id: 'warm', label: 'Warm', hint: 'Use this when the interview felt relaxed and they asked you to use their first name. Greets them by first name, still polite.' },
];

/** Labels and hints for the optional inputs, for the builder's form. */
export const FIELD_HINTS: Readonly<Record<OptionalField, { label: string; hint: string }>> = {
  interviewDate: { label: 'Interview date', hint: 'The day you met.' },
  detail: { label: 'One thing you talked about', hint: 'A few words that finish “I enjoyed talking about …”, such as “the plan to open a second store”.' },
  fit: { label: 'How your background fits', hint: 'A few words about you that tie in, such as “my three years running a busy front desk”.' },
  promised: { label: 'What you promised to send', hint: 'Only if you promised something, such as “the link to my portfolio”. Leave it empty otherwise.' },
  news: { label: 'News about them or the company', hint: 'A few words that finish “I saw the news about …”, such as “your team’s new app”.' },
  offerDeadline: { label: 'Other offer’s deadline', hint: 'The day the other employer needs your answer.' },
  startDate: { label: 'Start date', hint: 'Your first day, if you agreed on one.' },
  others: { label: 'Others to thank', hint: 'Names of other interviewers whose email you do not have. This person will pass your thanks on.' },
};
