// planStates: a plan's steps seen at a moment (upcoming, open, due today, due in N hours, late), the words a person acts on, holidays and the order of what is due.
import { describe, expect, it, vi } from 'vitest';
import { planFollowUps, planStates, type PlanState, type Step, type StepStatus } from '../../src/lib/timeline';

// The holiday table for 2025–2030 exactly as the generator builds it, whatever year the tests run in.
vi.mock('../../src/lib/holidays.data', async () => (await import('./support/pinned-holidays')).pinnedHolidayModule());

/** Intl writes a narrow no-break space before AM/PM; compare it as a plain space. */
const plain = (text: string | undefined) => text?.replace(/[\u202f\u00a0]/g, ' ');

/** The words of the first step of a state, as compared below. */
function seen(state: PlanState, index = 0): { status: StepStatus; badge: string; when: string; window: string; advice?: string } {
  const step = state.steps[index];
  if (!step) throw new Error('no step');
  const words: { status: StepStatus; badge: string; when: string; window: string; advice?: string } = {
    status: step.status,
    badge: step.badge,
    when: plain(step.when) ?? '',
    window: step.window,
  };
  if (step.advice !== undefined) words.advice = step.advice;
  return words;
}

// An interview on Tue 2026-12-01 that ended at 16:30: T1's 24 hours run out Wed 2026-12-02 at 16:30.
const THANK_YOU: Step = { kind: 'thank-you', rule: 'T1', from: '2026-12-01', until: '2026-12-02', deadline: '2026-12-02T16:30', scenario: 'thank-you' };
const THANK_YOU_WINDOW = 'From Tuesday, December 1 to Wednesday, December 2';
const BY_DEADLINE = 'by 4:30 PM on Wednesday, December 2';
const SEND_ANYWAY = 'Late — send it anyway: a late thank-you is far better than none.';

describe('planStates: a thank-you with a known deadline', () => {
  it.each([
    // [now, status, badge, advice]
    // The day before the window: it opens tomorrow.
    ['2026-11-30T12:00', 'upcoming', 'Starts tomorrow', undefined],
    // 16:00 on the interview day: 24 h 30 min left, more than a day.
    ['2026-12-01T16:00', 'open', 'Open now', undefined],
    // 17:00 on the interview day: 23 h 30 min left; whole hours are counted down (never more time than there is).
    ['2026-12-01T17:00', 'due-soon', 'Due in 23 hours', undefined],
    // 09:00 the next day: 7 h 30 min left.
    ['2026-12-02T09:00', 'due-soon', 'Due in 7 hours', undefined],
    // 15:30: exactly 60 minutes left.
    ['2026-12-02T15:30', 'due-soon', 'Due in 1 hour', undefined],
    // 16:00: 30 minutes left.
    ['2026-12-02T16:00', 'due-soon', 'Due in 30 minutes', undefined],
    // 16:29: one minute left.
    ['2026-12-02T16:29', 'due-soon', 'Due in 1 minute', undefined],
    // 16:30: the deadline itself has passed into late.
    ['2026-12-02T16:30', 'late', 'Late', SEND_ANYWAY],
    // 17:00 on the deadline day, and two days later: late, with T1's advice.
    ['2026-12-02T17:00', 'late', 'Late', SEND_ANYWAY],
    ['2026-12-04T09:00', 'late', 'Late', SEND_ANYWAY],
  ] as const)('at %s: %s, “%s”', (now, status, badge, advice) => {
    const expected: ReturnType<typeof seen> = { status, badge, when: BY_DEADLINE, window: THANK_YOU_WINDOW };
    if (advice) expected.advice = advice;
    expect(seen(planStates([THANK_YOU], now, { locale: 'en-US' }))).toEqual(expected);
  });

  it('writes the year when the deadline falls in another year than now', () => {
    // Interview Thu 2026-12-31 ending 10:00: deadline Fri 2027-01-01 10:00, seen on 2026-12-31.
    const step: Step = { kind: 'thank-you', rule: 'T1', from: '2026-12-31', until: '2027-01-01', deadline: '2027-01-01T10:00' };
    const state = seen(planStates([step], '2026-12-31T12:00', { locale: 'en-US' }));
    expect(state.when).toBe('by 10:00 AM on Friday, January 1, 2027');
    expect(state.window).toBe('From Thursday, December 31 to Friday, January 1, 2027');
    expect(state.badge).toBe('Due in 22 hours');
  });
});

describe('planStates: windows without a time', () => {
  // T5 for an interview on Mon 2026-11-16: Tue 2026-11-24 … Mon 2026-11-30.
  const checkIn: Step = { kind: 'check-in', rule: 'T5', from: '2026-11-24', until: '2026-11-30', scenario: 'check-in' };
  it.each([
    ['2026-11-17T10:00', 'upcoming', 'Starts in 7 days'],
    ['2026-11-24T00:00', 'open', 'Open now'],
    ['2026-11-29T23:59', 'open', 'Open now'],
    ['2026-11-30T00:00', 'due-today', 'Due today'],
    ['2026-11-30T23:59', 'due-today', 'Due today'],
    ['2026-12-01T00:00', 'late', 'Late'],
  ] as const)('a check-in at %s: %s, “%s”', (now, status, badge) => {
    const state = seen(planStates([checkIn], now, { locale: 'en-US' }));
    expect([state.status, state.badge, state.when, state.window]).toEqual([status, badge, 'by Monday, November 30', 'From Tuesday, November 24 to Monday, November 30']);
    expect(state.advice === undefined).toBe(status !== 'late');
  });

  it('says “on” a one-day window', () => {
    const step: Step = { kind: 'check-in', rule: 'T6', from: '2026-12-07', until: '2026-12-07' };
    const state = seen(planStates([step], '2026-12-01T09:00', { locale: 'en-US' }));
    expect([state.when, state.window, state.badge]).toEqual(['on Monday, December 7', 'On Monday, December 7', 'Starts in 6 days']);
  });

  it('gives each late step its own advice', () => {
    const late = (kind: Step['kind']) => planStates([{ kind, rule: 'T8', from: '2026-11-02', until: '2026-11-03' }], '2026-11-20T09:00').steps[0]?.advice;
    expect(late('final-check-in')).toMatch(/one last short note is fine; then move on/);
    expect(late('outcome-reply')).toMatch(/^Late — reply anyway/);
    expect(late('stay-in-touch')).toMatch(/still welcome whenever you have news/);
  });
});

describe('planStates: the flexible LinkedIn step', () => {
  const linkedIn: Step = { kind: 'linkedin', rule: 'T12', from: '2026-12-01', until: '2027-02-05', scenario: 'linkedin-connect', flexible: true };
  it.each([
    ['2026-11-30T09:00', 'upcoming', 'Starts tomorrow'],
    ['2026-12-01T09:00', 'any-time', 'Any time'],
    // Past its last day it is still never late: the rule sets no closing day.
    ['2027-03-01T09:00', 'any-time', 'Any time'],
  ] as const)('at %s: %s', (now, status, badge) => {
    const state = seen(planStates([linkedIn], now, { locale: 'en-US' }));
    expect([state.status, state.badge, state.when, state.advice]).toEqual([status, badge, now.startsWith('2027') ? 'any time from Tuesday, December 1, 2026' : 'any time from Tuesday, December 1', undefined]);
  });
});

describe('planStates: the order of several due steps', () => {
  // Interview Mon 2026-11-02, rejection Tue 2026-11-03 (region none): thank-you Mon … Tue, LinkedIn flexible,
  // reply Tue … Wed 2026-11-04, stay-in-touch later.
  const plan = planFollowUps({ interviewDate: '2026-11-02', outcome: { kind: 'rejection', date: '2026-11-03' } });
  const steps = plan.ok ? plan.steps : [];

  it('puts the step due soonest first and LinkedIn last, whenever you like', () => {
    const state = planStates(steps, '2026-11-03T10:00', { locale: 'en-US' });
    expect(state.steps.map((step) => [step.step.kind, step.status])).toEqual([
      ['thank-you', 'due-today'],
      ['linkedin', 'any-time'],
      ['outcome-reply', 'open'],
      ['stay-in-touch', 'upcoming'],
    ]);
    expect(state.order).toBe(
      'Several steps are due now. Do the most urgent first: first, send a thank-you note to each interviewer (due today); ' +
        'then, thank them for letting you know and keep the door open (by Wednesday, November 4). ' +
        'After that, whenever you like: invite your interviewers to connect on LinkedIn.',
    );
  });

  it('puts a late thank-you first, saying why', () => {
    const state = planStates(steps, '2026-11-04T10:00', { locale: 'en-US' });
    expect(state.order).toMatch(/^Several steps are due now\. Do the most urgent first: first, send a thank-you note to each interviewer \(it is late\); then, thank them for letting you know and keep the door open \(due today\)\./);
  });

  it('says nothing about order when only one step is due', () => {
    expect(planStates(steps, '2026-11-02T10:00', { locale: 'en-US' }).order).toBeUndefined();
  });
});

describe('planStates: holidays in words', () => {
  it('says the thank-you deadline does not move for Thanksgiving', () => {
    // Wed 2026-11-25 ending 14:00, US: the deadline is Thu 2026-11-26 at 14:00, Thanksgiving Day.
    const plan = planFollowUps({ interviewDate: '2026-11-25', interviewEnd: '14:00', region: 'US' });
    const state = planStates(plan.ok ? plan.steps : [], '2026-11-25T15:00', { locale: 'en-US' });
    expect(state.steps[0]?.holidays).toEqual(['Thursday, November 26 is Thanksgiving Day. The deadline does not move for it, so send it before then.']);
  });

  it('says a check-in window skips Thanksgiving', () => {
    // Mon 2026-11-16, US: T5 runs Tue 2026-11-24 … Mon 2026-11-30 around Thanksgiving, Thu 2026-11-26.
    const plan = planFollowUps({ interviewDate: '2026-11-16', region: 'US' });
    const state = planStates(plan.ok ? plan.steps : [], '2026-11-17T09:00', { locale: 'en-US' });
    expect(state.steps.find((step) => step.step.kind === 'check-in')?.holidays).toEqual(['Thursday, November 26 is Thanksgiving Day; the window skips it, so don’t send it that day.']);
  });
});

describe('planStates: input it does not expect', () => {
  it('reads an unreadable now as the start of the first day, and an empty plan as no states', () => {
    expect(planStates([THANK_YOU], 'not a time').steps[0]?.status).toBe('open');
    expect(planStates([], '2026-12-02T09:00')).toEqual({ steps: [] });
  });
});
