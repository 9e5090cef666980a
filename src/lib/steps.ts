// Plain words for the timeline's steps (what to send, and the rule behind it), shared by the timeline island and the calendar export.
import { RULES } from './rules';
import type { ScenarioId } from './templates/types';
import type { Step, StepKind } from './timeline';

/** What each kind of step asks you to do, in a few words. */
export const STEP_LABELS: Readonly<Record<StepKind, string>> = {
  'thank-you': 'Send a thank-you note to each interviewer',
  linkedin: 'Invite your interviewers to connect on LinkedIn',
  'check-in': 'Check in about the decision',
  'final-check-in': 'Send your last check-in',
  'timeline-update': 'Tell them about your other offer’s deadline',
  'outcome-reply': 'Reply to their news',
  'stay-in-touch': 'Send a light note to stay in touch',
};

/** Labels that say more than the kind alone, where the step's template tells what happened. */
const SCENARIO_LABELS: Partial<Record<ScenarioId, string>> = {
  'thank-you-offer': 'Thank them for the offer and give your answer',
  'thank-you-not-a-fit': 'Thank each interviewer and keep the door open',
  'reply-to-rejection': 'Thank them for letting you know and keep the door open',
  withdraw: 'Withdraw politely and thank them for their time',
};

/**
 * What the step asks you to do, in a few words.
 * @example stepLabel({ kind: 'check-in', rule: 'T5', from: '2026-03-10', until: '2026-03-16' }) // 'Check in about the decision'
 */
export function stepLabel(step: Pick<Step, 'kind' | 'scenario'>): string {
  const byScenario = step.scenario === undefined ? undefined : SCENARIO_LABELS[step.scenario];
  return byScenario ?? STEP_LABELS[step.kind] ?? 'Follow up';
}

/** Why the step falls when it does, in a few words with the rule's numbers; by the rule that set its dates. */
const REASONS: Readonly<Record<string, () => string>> = {
  T1: () => `Within ${RULES.T1.numbers.hours} hours of the interview’s end.`,
  T4: () => `From ${RULES.T4.numbers.startBusinessDays} business days after the date they said they would decide.`,
  T5: () => `They named no date: ${RULES.T5.numbers.startDays} to ${RULES.T5.numbers.closeDays} days after the interview.`,
  T6: () => 'The day they asked you to check in.',
  T8: () => `Your last check-in, ${RULES.T8.numbers.finalAfterDays} days after the first.`,
  T9: () => `Before your other offer’s deadline, with ${RULES.T9.numbers.daysBefore} business day to spare.`,
  T10: () => `${RULES.T10.numbers.fromDays} to ${RULES.T10.numbers.untilDays} days after your last contact.`,
  T11: () => `Within ${RULES.T11.numbers.hours} hours of hearing their news.`,
  T12: () => 'Welcome any time once your thank-you is sent.',
};

/**
 * Why the step falls when it does, in one short sentence ('' for an unknown rule); for the calendar file and print.
 * @example stepReason({ rule: 'T1' }) // 'Within 24 hours of the interview’s end.'
 */
export function stepReason(step: Pick<Step, 'rule'>): string {
  return REASONS[step.rule]?.() ?? '';
}
