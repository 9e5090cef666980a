// The one registry of scenarios: each scenario's id, label, "use this when" hint, the inputs it uses and who gets a note; every list of scenarios is derived from it. Its wording lives in a file named for it, loaded by load.ts (kept apart so the form's first download holds no loaders).
import type { OptionalField } from './fields';
import type { ScenarioId } from './types';

export interface ScenarioEntry {
  label: string;
  hint: string;
  /** The optional inputs this scenario uses, in the order the builder asks for them. */
  fields: readonly OptionalField[];
  /** Who gets a note: every interviewer, one each, or only the main contact (as the guides advise). */
  audience: 'each' | 'main';
  /** A thank-you for the interview: four parts (C1), the thank-you length (C2), sent within a day (T1). */
  thankYou: boolean;
}

/** Every scenario, in the order a job search meets them. */
export const SCENARIO_REGISTRY: Readonly<Record<ScenarioId, ScenarioEntry>> = {
  'thank-you': {
    label: 'Thank-you after an interview',
    hint: 'Use this within a day of any interview, while they are still deciding. Write one to each interviewer.',
    fields: ['interviewDate', 'detail', 'fit', 'promised', 'others'], audience: 'each', thankYou: true,
  },
  'thank-you-offer': {
    label: 'Thank-you after accepting an offer',
    hint: 'Use this when they offered you the job at the interview and you said yes.',
    fields: ['interviewDate', 'detail', 'fit', 'startDate', 'promised', 'others'], audience: 'each', thankYou: true,
  },
  'thank-you-not-a-fit': {
    label: 'Thank-you when it is not a fit',
    hint: 'Use this when they told you at the interview that the job will not work out. Thank them anyway.',
    fields: ['interviewDate', 'detail', 'promised', 'others'], audience: 'each', thankYou: true,
  },
  withdraw: {
    label: 'Withdraw your application',
    hint: 'Use this when you have decided not to go on with this job. Tell them soon, and thank them.',
    fields: ['interviewDate', 'detail', 'others'], audience: 'main', thankYou: true,
  },
  'reply-to-rejection': {
    label: 'Reply to a rejection',
    hint: 'Use this within a day of hearing no. Thank them, keep the door open, and ask for feedback if you like.',
    fields: ['interviewDate', 'detail', 'others'], audience: 'main', thankYou: false,
  },
  'check-in': {
    label: 'Check in on the decision',
    hint: 'Use this when the date they gave for a decision has passed, or about a week after the interview if they gave none.',
    fields: ['interviewDate', 'detail', 'fit'], audience: 'main', thankYou: false,
  },
  'final-check-in': {
    label: 'Last check-in',
    hint: 'Use this about a week after your first check-in if you still have no answer. After it, stop writing and move on.',
    fields: ['interviewDate', 'detail'], audience: 'main', thankYou: false,
  },
  'timeline-update': {
    label: 'Tell them about another offer',
    hint: 'Use this as soon as another employer gives you an offer with a deadline, so this employer can decide in time.',
    fields: ['interviewDate', 'offerDeadline', 'detail'], audience: 'main', thankYou: false,
  },
  'stay-in-touch': {
    label: 'Stay in touch later',
    hint: 'Use this a month or two after a rejection or a long silence, ideally when there is news about them or the company.',
    fields: ['interviewDate', 'news', 'detail'], audience: 'each', thankYou: false,
  },
  'linkedin-connect': {
    label: 'Connect on LinkedIn',
    hint: 'Use this after your thank-you has gone out, whatever the outcome, to stay in touch with an interviewer.',
    fields: ['interviewDate', 'detail'], audience: 'each', thankYou: false,
  },
};
