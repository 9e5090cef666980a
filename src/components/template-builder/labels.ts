// The template builder's questions in plain words: a label and a hint for every input, by the engine's field path; optional inputs reuse the engine's FIELD_HINTS.
import { FIELD_HINTS } from '../../lib/templates/catalog';

export interface FieldText {
  label: string;
  hint?: string;
}

/** Labels and hints for every input the builder shows, keyed by the engine's field path. */
export const FIELD_TEXT: Readonly<Record<string, FieldText>> = {
  'you.name': { label: 'Your full name' },
  'you.email': { label: 'Your email address (optional)', hint: 'Goes under your name, so they can reply.' },
  'you.phone': { label: 'Your phone number (optional)', hint: 'Goes under your name too. One way to reach you is enough, two is better.' },
  'you.address': { label: 'Your postal address (optional)', hint: 'Printed at the top of the letter.' },
  company: { label: 'Company name' },
  role: { label: 'Job title you interviewed for', hint: 'Such as “Support Lead”.' },
  interviewDate: { label: `${FIELD_HINTS.interviewDate.label} (optional)`, hint: FIELD_HINTS.interviewDate.hint },
  fit: { label: `${FIELD_HINTS.fit.label} (optional)`, hint: FIELD_HINTS.fit.hint },
  promised: { label: `${FIELD_HINTS.promised.label} (optional)`, hint: FIELD_HINTS.promised.hint },
  news: { label: `${FIELD_HINTS.news.label} (optional)`, hint: FIELD_HINTS.news.hint },
  offerDeadline: { label: FIELD_HINTS.offerDeadline.label, hint: FIELD_HINTS.offerDeadline.hint },
  startDate: { label: `${FIELD_HINTS.startDate.label} (optional)`, hint: FIELD_HINTS.startDate.hint },
  others: {
    label: `${FIELD_HINTS.others.label} (optional)`,
    hint: 'Only for people whose email you do not have. Separate names with commas. The note to your first interviewer asks them to pass your thanks on.',
  },
  'interviewer.name': { label: 'Their full name', hint: 'Such as “Dana Whitfield”.' },
  'interviewer.honorific': { label: 'How to greet them in a formal note (optional)', hint: 'Used in “Dear Ms. Whitfield”. Leave it as it is to use their full name.' },
  'interviewer.title': { label: 'Their job title (optional)', hint: 'Printed under their name on a letter.' },
  'interviewer.email': { label: 'Their email address (optional)', hint: 'Fills in the “To” line when you open the note in your email app.' },
  detail: { label: FIELD_HINTS.detail.label, hint: FIELD_HINTS.detail.hint },
  connection: { label: 'How this connects to you (optional)', hint: 'For this note only, such as “my two years running the night shift”.' },
  tone: { label: 'Tone' },
  channel: { label: 'How you will send it' },
  scenario: { label: 'What the note is for' },
};

/** The label of the input behind a field path, for link text such as “Change this: Your full name”. */
export function fieldLabel(field: string): string {
  return FIELD_TEXT[field]?.label ?? field;
}
