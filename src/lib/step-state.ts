// What each step of a plan means at one moment (upcoming, open, due today, due in N hours, late), in words a person acts on; pure: plan + now → states.
import { formatDate } from './date-words';
import { compareDates, daysBetween, isIsoDate, isTime24, minutesOfDay, toDayNumber } from './dates';
import { stepLabel } from './steps';
import type { Step, StepKind } from './timeline';

/** Where a step stands at a moment. `any-time` is a flexible step (T12) whose window is open: never due, never late. */
export type StepStatus = 'upcoming' | 'open' | 'due-today' | 'due-soon' | 'late' | 'any-time';

/** One step as seen at a moment. */
export interface StepState {
  step: Step;
  status: StepStatus;
  /** A few words for the badge: 'Starts in 5 days', 'Open now', 'Due today', 'Due in 7 hours', 'Late', 'Any time'. */
  badge: string;
  /** The deadline a person acts on: 'by 4:30 PM on Wednesday, December 2', 'by Monday, November 30', 'on Tuesday, December 1'. */
  when: string;
  /** The whole window: 'From Tuesday, December 1 to Wednesday, December 2', or 'On Tuesday, December 1' for one day. */
  window: string;
  /** The rule's advice for a late step (only when late). */
  advice?: string;
  /** One sentence for each public holiday in the window, saying what it changes. */
  holidays: string[];
}

/** The whole plan at a moment. */
export interface PlanState {
  steps: StepState[];
  /** When several steps are due at once, which to do first and why ('First, … then, …'). */
  order?: string;
}

/** Options for the words. */
export interface StateOptions {
  /** The locale dates and times are written in; the reader's own when undefined. */
  locale?: string;
}

/** Rules that count calendar hours (T1, T11): weekends and holidays do not move their deadline. */
const HOURS_RULES: ReadonlySet<string> = new Set(['T1', 'T11']);

/** Minutes in an hour and in a day: units, not advice. */
const HOUR = 60;
const DAY = 24 * HOUR;

/** What to do about a step whose window has passed, by kind (T1's own advice: a late thank-you beats none). */
const LATE_ADVICE: Readonly<Record<StepKind, string>> = {
  'thank-you': 'Late — send it anyway: a late thank-you is far better than none.',
  'outcome-reply': 'Late — reply anyway: a short, kind reply still leaves a good last word.',
  'timeline-update': 'Late — tell them straight away, before your other offer’s deadline.',
  'check-in': 'This window has passed. If you have not checked in yet, one short note now is still fine.',
  'final-check-in': 'This window has passed. If you have not written yet, one last short note is fine; then move on.',
  'stay-in-touch': 'This window has passed, but a light note is still welcome whenever you have news to share.',
  linkedin: '',
};

/** Late steps still worth doing at once: they join the order of what is due. */
const ACT_WHEN_LATE: ReadonlySet<StepKind> = new Set(['thank-you', 'outcome-reply', 'timeline-update']);

/** A moment as minutes since 1970-01-01 00:00 on the wall clock. */
function wallMinutes(date: string, time: string): number {
  return toDayNumber(date) * DAY + minutesOfDay(time);
}

/** The day in words, with its year only when it is not the year of `now`. */
function dayWords(date: string, now: string, locale: string | undefined): string {
  return formatDate(date, date.slice(0, 4) === now.slice(0, 4) ? 'day' : 'day-year', locale);
}

/**
 * The deadline in words a person acts on: with a known time 'by 4:30 PM on Wednesday, December 2', else the window's
 * last day ('by Monday, November 30', or 'on …' for a one-day window); a flexible step says 'any time from …'. The year
 * is written when `now` is undefined (a calendar file) or the date is in another year.
 * @example deadlineWords({ kind: 'thank-you', rule: 'T1', from: '2026-12-01', until: '2026-12-02', deadline: '2026-12-02T16:30' }, '2026-12-02T09:00', 'en-US') // 'by 4:30 PM on Wednesday, December 2'
 */
export function deadlineWords(step: Step, now?: string, locale?: string): string {
  const day = (date: string) => (now === undefined ? formatDate(date, 'day-year', locale) : dayWords(date, now, locale));
  if (step.flexible) return `any time from ${day(step.from)}`;
  if (step.deadline !== undefined && isIsoDate(step.deadline.slice(0, 10)) && isTime24(step.deadline.slice(11))) {
    return `by ${formatDate(step.deadline, 'time', locale)} on ${day(step.deadline.slice(0, 10))}`;
  }
  return step.from === step.until ? `on ${day(step.until)}` : `by ${day(step.until)}`;
}

/** The window in words. */
function windowWords(step: Step, now: string, locale: string | undefined): string {
  const from = dayWords(step.from, now, locale);
  return step.from === step.until ? `On ${from}` : `From ${from} to ${dayWords(step.until, now, locale)}`;
}

/** 'in 1 hour', 'in 7 hours', 'in 25 minutes'. */
function inTime(minutes: number): string {
  if (minutes < HOUR) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / HOUR);
  return `in ${hours} hour${hours === 1 ? '' : 's'}`;
}

/** Status and badge of one step at a moment. */
function statusOf(step: Step, today: string, nowMinutes: number): { status: StepStatus; badge: string } {
  if (compareDates(today, step.from) < 0) {
    const days = daysBetween(today, step.from);
    return { status: 'upcoming', badge: days === 1 ? 'Starts tomorrow' : `Starts in ${days} days` };
  }
  if (step.flexible) return { status: 'any-time', badge: 'Any time' };
  if (step.deadline !== undefined && isIsoDate(step.deadline.slice(0, 10)) && isTime24(step.deadline.slice(11))) {
    const left = wallMinutes(step.deadline.slice(0, 10), step.deadline.slice(11)) - nowMinutes;
    if (left <= 0) return { status: 'late', badge: 'Late' };
    if (left < DAY) return { status: 'due-soon', badge: `Due ${inTime(left)}` };
    return { status: 'open', badge: 'Open now' };
  }
  const toEnd = compareDates(today, step.until);
  if (toEnd > 0) return { status: 'late', badge: 'Late' };
  if (toEnd === 0) return { status: 'due-today', badge: 'Due today' };
  return { status: 'open', badge: 'Open now' };
}

/** What each public holiday in the window changes, in one sentence. */
function holidayWords(step: Step, now: string, locale: string | undefined): string[] {
  return (step.holidays ?? []).map(({ date, name }) => {
    const day = dayWords(date, now, locale);
    if (!HOURS_RULES.has(step.rule)) return `${day} is ${name}; the window skips it, so don’t send it that day.`;
    if (date === step.until) return `${day} is ${name}. The deadline does not move for it, so send it before then.`;
    return `${day} is ${name}. Offices may be closed, but the deadline stands.`;
  });
}

/** A label with a lower-case first letter, to sit inside a sentence ('send a thank-you note…'). */
function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The moment a step must be done by, as wall minutes (the end of its last day when no time is known). */
function dueMinutes(step: Step): number {
  if (step.deadline !== undefined && isIsoDate(step.deadline.slice(0, 10)) && isTime24(step.deadline.slice(11))) {
    return wallMinutes(step.deadline.slice(0, 10), step.deadline.slice(11));
  }
  return (toDayNumber(step.until) + 1) * DAY;
}

/** Why a due step sits where it does in the order. */
function reasonWords(state: StepState): string {
  if (state.status === 'late') return 'it is late';
  if (state.status === 'due-soon' || state.status === 'due-today') return inSentence(state.badge);
  return state.when;
}

/** 'First, …; then, ….' for two or more steps due at once, the most urgent first; flexible steps close the list. */
function orderWords(states: StepState[]): string | undefined {
  const due = states
    .filter((s) => s.status === 'due-soon' || s.status === 'due-today' || s.status === 'open' || (s.status === 'late' && ACT_WHEN_LATE.has(s.step.kind)))
    .map((state, index) => ({ state, index }))
    // Late first, then the deadline that comes first; a tie keeps the plan's own order.
    .sort((a, b) => Number(b.state.status === 'late') - Number(a.state.status === 'late') || dueMinutes(a.state.step) - dueMinutes(b.state.step) || a.index - b.index)
    .map(({ state }) => state);
  if (due.length < 2) return undefined;
  const parts = due.map((state, index) => `${index === 0 ? 'first' : 'then'}, ${inSentence(stepLabel(state.step))} (${reasonWords(state)})`);
  const anyTime = states.filter((s) => s.status === 'any-time').map((s) => ` After that, whenever you like: ${inSentence(stepLabel(s.step))}.`);
  return `Several steps are due now. Do the most urgent first: ${parts.join('; ')}.${anyTime.join('')}`;
}

/**
 * Each step of a plan as seen at `now` ('YYYY-MM-DDTHH:MM', the reader's wall clock): its status, badge, deadline and
 * window in words, the advice when it is late, its holidays; and, when several are due at once, the order to do them.
 * Never throws; a `now` that is not a valid date and time is read as the start of the first step's first day.
 * @example planStates(plan.steps, '2026-12-02T09:00', { locale: 'en-US' }).steps[0]?.badge // 'Due in 7 hours'
 */
export function planStates(steps: readonly Step[], now: string, options: StateOptions = {}): PlanState {
  const { locale } = options;
  const validNow = isIsoDate(now.slice(0, 10)) && isTime24(now.slice(11)) && now.length === 16;
  const moment = validNow ? now : `${steps[0]?.from ?? '1970-01-01'}T00:00`;
  const today = moment.slice(0, 10);
  const nowMinutes = wallMinutes(today, moment.slice(11));
  const states = steps.map((step): StepState => {
    const { status, badge } = statusOf(step, today, nowMinutes);
    const state: StepState = {
      step,
      status,
      badge,
      when: deadlineWords(step, moment, locale),
      window: windowWords(step, moment, locale),
      holidays: holidayWords(step, moment, locale),
    };
    if (status === 'late' && LATE_ADVICE[step.kind]) state.advice = LATE_ADVICE[step.kind];
    return state;
  });
  const order = orderWords(states);
  return order === undefined ? { steps: states } : { steps: states, order };
}
