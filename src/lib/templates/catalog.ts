// What the builder offers: every scenario (label, "use this when" hint, inputs it uses), the channels and the tones (with which tone fits, C4). No wording: the browser loads that per scenario (load.ts).
import { SCENARIO_FIELDS, type OptionalField } from './ids';
import type { Channel, ScenarioId, Tone } from './types';

export interface ScenarioInfo {
  id: ScenarioId;
  label: string;
  hint: string;
  /** The optional inputs this scenario uses; the builder can hide the rest. */
  fields: readonly OptionalField[];
}

/** Each scenario as the picker shows it, in the order a job search meets them. */
const PICKER: readonly Omit<ScenarioInfo, 'fields'>[] = [
  { id: 'thank-you', label: 'Thank-you after an interview',
    hint: 'Use this within a day of any interview, while they are still deciding. Write one to each interviewer.' },
  { id: 'thank-you-offer', label: 'Thank-you after accepting an offer',
    hint: 'Use this when they offered you the job at the interview and you said yes.' },
  { id: 'thank-you-not-a-fit', label: 'Thank-you when it is not a fit',
    hint: 'Use this when they told you at the interview that the job will not work out. Thank them anyway.' },
  { id: 'withdraw', label: 'Withdraw your application',
    hint: 'Use this when you have decided not to go on with this job. Tell them soon, and thank them.' },
  { id: 'reply-to-rejection', label: 'Reply to a rejection',
    hint: 'Use this within a day of hearing no. Thank them, keep the door open, and ask for feedback if you like.' },
  { id: 'check-in', label: 'Check in on the decision',
    hint: 'Use this when the date they gave for a decision has passed, or about a week after the interview if they gave none.' },
  { id: 'final-check-in', label: 'Last check-in',
    hint: 'Use this about a week after your first check-in if you still have no answer. After it, stop writing and move on.' },
  { id: 'timeline-update', label: 'Tell them about another offer',
    hint: 'Use this as soon as another employer gives you an offer with a deadline, so this employer can decide in time.' },
  { id: 'stay-in-touch', label: 'Stay in touch later',
    hint: 'Use this a month or two after a rejection or a long silence, ideally when there is news about them or the company.' },
  { id: 'linkedin-connect', label: 'Connect on LinkedIn',
    hint: 'Use this after your thank-you has gone out, whatever the outcome, to stay in touch with an interviewer.' },
];

/** The scenarios in the order a job search meets them. */
export const SCENARIOS: readonly ScenarioInfo[] = PICKER.map((info) => ({ ...info, fields: SCENARIO_FIELDS[info.id] }));

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
