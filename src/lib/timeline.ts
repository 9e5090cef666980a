// The timing engine: planFollowUps turns what a job seeker knows about an interview into dated follow-up steps (rules T1–T12), or plain-language field errors.
import { addBusinessDays, isBusinessDay, nextBusinessDay } from './business-days';
import {
  addDays,
  compareDates,
  earlierDate,
  isIsoDate,
  isTime24,
  isWeekend,
  laterDate,
  minutesOfDay,
  yearOf,
} from './dates';
import { holidayName, holidaysKnown, isRegion, type Region } from './holidays';
import { RULES } from './rules';
import type { FieldError, ScenarioId } from './templates/types';

export type { Region } from './holidays';
export type { FieldError } from './templates/types';

/** What happened in the end (T11). */
export type OutcomeKind = 'offer' | 'rejection' | 'withdrawal';

/** Everything the job seeker tells the timeline calculator. Optional fields may also be null or '' (treated as not given). */
export interface PlanInput {
  /** 'YYYY-MM-DD', required. */
  interviewDate: string;
  /** 'HH:MM', 24-hour, when the interview ended. */
  interviewEnd?: string;
  /** Whose public holidays to skip; default 'none' (weekends only). */
  region?: Region;
  /** The employer said they would decide by this date (T4). */
  decisionDate?: string;
  /** The employer asked you to check in on this date (T6). */
  checkInDate?: string;
  /** The employer asked not to be contacted about the decision (T7). */
  noContact?: boolean;
  /** A competing offer's deadline (T9). */
  offerDeadline?: string;
  /** The outcome, and the day you learned it or decided to withdraw (T11). */
  outcome?: { kind: OutcomeKind; date: string };
  /** Reference date for T9; default interviewDate. */
  today?: string;
}

/** What a step asks the job seeker to do. */
export type StepKind =
  | 'thank-you'
  | 'linkedin'
  | 'check-in'
  | 'final-check-in'
  | 'timeline-update'
  | 'outcome-reply'
  | 'stay-in-touch';

/** One dated thing to do. */
export interface Step {
  kind: StepKind;
  /** The rule that sets the dates: 'T1' … 'T12'. */
  rule: string;
  /** First suitable day, 'YYYY-MM-DD'. */
  from: string;
  /** Last suitable day, inclusive. */
  until: string;
  /** 'YYYY-MM-DDTHH:MM' where a time is known (T1). */
  deadline?: string;
  /** The template that fits this step. */
  scenario?: ScenarioId;
  /** True when the rule sets no closing day (T12): any day from `from` on is fine; `until` only marks the plan's end. */
  flexible?: boolean;
  /** Public holidays of the chosen region that fall inside the window (from…until, both ends included), oldest first. */
  holidays?: StepHoliday[];
}

/** A public holiday inside a step's window. */
export interface StepHoliday {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Its name in the holiday table, e.g. 'Thanksgiving Day'. */
  name: string;
}

/** The plan, or every problem found in the input. `notices` (only when there is something to say) explains a limit of the plan. */
export type Plan = { ok: true; steps: Step[]; notices?: string[] } | { ok: false; errors: FieldError[] };

/** Input that passed validation, with defaults filled in. */
interface Facts {
  interviewDate: string;
  interviewEnd?: string;
  region: Region;
  decisionDate?: string;
  checkInDate?: string;
  noContact: boolean;
  offerDeadline?: string;
  outcome?: { kind: OutcomeKind; date: string };
  today: string;
}

/** Dates the calculator accepts: wide enough for any real interview, narrow enough that every computed date stays 'YYYY-MM-DD'. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

const OUTCOME_KINDS: readonly OutcomeKind[] = ['offer', 'rejection', 'withdrawal'];

/** The note that answers the outcome when it comes after the interview day (T11). */
const REPLY_SCENARIO: Record<OutcomeKind, ScenarioId> = {
  offer: 'thank-you-offer',
  rejection: 'reply-to-rejection',
  withdrawal: 'withdraw',
};

/** The thank-you that fits when the outcome was known on the interview day itself (one note does both jobs). */
const SAME_DAY_SCENARIO: Record<OutcomeKind, ScenarioId> = {
  offer: 'thank-you-offer',
  rejection: 'thank-you-not-a-fit',
  withdrawal: 'withdraw',
};

/** Order of steps that start on the same day: the thank-you first, the reply to the outcome after any contact it ends. */
const SAME_DAY_ORDER: Record<StepKind, number> = {
  'thank-you': 0,
  linkedin: 1,
  'timeline-update': 2,
  'check-in': 3,
  'final-check-in': 4,
  'outcome-reply': 5,
  'stay-in-touch': 6,
};

const MESSAGES = {
  dateFormat: 'Enter the date as year, month and day, for example 2026-03-14.',
  dateImpossible: 'That date doesn’t exist. Check the day and month.',
  dateYear: `Check the year: enter a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
  interviewMissing: 'Enter the date of your interview.',
  interviewEnd: 'Enter the time the interview ended as hours and minutes on the 24-hour clock, for example 14:30.',
  region: 'Choose a holiday region from the list, or “none” to skip weekends only.',
  noContact: 'Answer yes or no to whether they asked you not to contact them about the decision.',
  decisionBefore: 'The decision date is before your interview. Check the date they gave you.',
  checkInBefore: 'The check-in date is before your interview. Check the date they asked you to write.',
  offerBefore: 'The other offer’s deadline is before your interview. Check the date.',
  offerPassed: 'The other offer’s deadline must be after today. If it is today, tell this employer about it straight away.',
  offerTooClose: 'The other offer’s deadline is too close to write a business day ahead. Tell this employer about it today.',
  outcome: 'Choose what happened: an offer, a rejection or your withdrawal, and the date.',
  outcomeKind: 'Choose what happened: an offer, a rejection or your withdrawal.',
  outcomeDateMissing: 'Enter the date you heard the outcome or decided to withdraw.',
  outcomeBefore: 'The outcome date is before your interview. Check the date.',
  unreadable: 'Those details could not be read. Check the interview date and try again.',
} as const;

/**
 * The follow-up steps for an interview, ordered by their first day, or every input error found; never throws.
 * @example planFollowUps({ interviewDate: '2026-03-02' }).ok // true
 */
export function planFollowUps(input: PlanInput): Plan {
  try {
    const { facts, errors } = readInput(input);
    if (!facts) return { ok: false, errors };
    return planFor(facts);
  } catch {
    // Last resort only (a hostile getter, say): every known input is handled above.
    return { ok: false, errors: [{ field: 'interviewDate', message: MESSAGES.unreadable }] };
  }
}

// ---------------------------------------------------------------- reading the input

/** Null, undefined and '' mean "not given" (an empty form field). */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The problem with a date value, or undefined when it is a usable date. */
function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return MESSAGES.dateFormat;
  if (!isIsoDate(value)) return MESSAGES.dateImpossible;
  const year = yearOf(value);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return MESSAGES.dateYear;
  return undefined;
}

/** Reads one optional date; records an error and returns undefined when it is given but unusable. */
function optionalDate(value: unknown, field: string, errors: FieldError[]): string | undefined {
  if (isAbsent(value)) return undefined;
  const problem = dateProblem(value);
  if (problem) {
    errors.push({ field, message: problem });
    return undefined;
  }
  return value as string;
}

/** Records an error when a date lies before the interview. */
function requireNotBefore(date: string | undefined, interview: string | undefined, field: string, message: string, errors: FieldError[]): void {
  if (date !== undefined && interview !== undefined && compareDates(date, interview) < 0) errors.push({ field, message });
}

/** Reads the outcome object (T11). */
function readOutcome(value: unknown, interview: string | undefined, errors: FieldError[]): Facts['outcome'] {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ field: 'outcome', message: MESSAGES.outcome });
    return undefined;
  }
  const { kind, date: rawDate } = value as Record<string, unknown>;
  const kindOk = OUTCOME_KINDS.includes(kind as OutcomeKind);
  if (!kindOk) errors.push({ field: 'outcome.kind', message: MESSAGES.outcomeKind });
  let date: string | undefined;
  if (isAbsent(rawDate)) errors.push({ field: 'outcome.date', message: MESSAGES.outcomeDateMissing });
  else date = optionalDate(rawDate, 'outcome.date', errors);
  requireNotBefore(date, interview, 'outcome.date', MESSAGES.outcomeBefore, errors);
  return kindOk && date !== undefined ? { kind: kind as OutcomeKind, date } : undefined;
}

/** Validates every field, collecting all errors together; facts only when there are none. */
function readInput(input: unknown): { facts?: Facts; errors: FieldError[] } {
  const record: Record<string, unknown> = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const errors: FieldError[] = [];

  let interviewDate: string | undefined;
  if (isAbsent(record.interviewDate)) errors.push({ field: 'interviewDate', message: MESSAGES.interviewMissing });
  else interviewDate = optionalDate(record.interviewDate, 'interviewDate', errors);

  const interviewEnd = record.interviewEnd;
  if (!isAbsent(interviewEnd) && !isTime24(interviewEnd)) errors.push({ field: 'interviewEnd', message: MESSAGES.interviewEnd });

  const region = isAbsent(record.region) ? 'none' : record.region;
  if (!isRegion(region)) errors.push({ field: 'region', message: MESSAGES.region });

  const decisionDate = optionalDate(record.decisionDate, 'decisionDate', errors);
  requireNotBefore(decisionDate, interviewDate, 'decisionDate', MESSAGES.decisionBefore, errors);

  const checkInDate = optionalDate(record.checkInDate, 'checkInDate', errors);
  requireNotBefore(checkInDate, interviewDate, 'checkInDate', MESSAGES.checkInBefore, errors);

  const noContact = record.noContact;
  if (!isAbsent(noContact) && typeof noContact !== 'boolean') errors.push({ field: 'noContact', message: MESSAGES.noContact });

  const today = optionalDate(record.today, 'today', errors) ?? interviewDate;

  const offerDeadline = optionalDate(record.offerDeadline, 'offerDeadline', errors);
  if (offerDeadline !== undefined && interviewDate !== undefined && compareDates(offerDeadline, interviewDate) < 0) {
    errors.push({ field: 'offerDeadline', message: MESSAGES.offerBefore });
  } else if (offerDeadline !== undefined && today !== undefined && compareDates(offerDeadline, today) <= 0) {
    errors.push({ field: 'offerDeadline', message: MESSAGES.offerPassed });
  }

  const outcome = readOutcome(record.outcome, interviewDate, errors);

  if (errors.length > 0 || interviewDate === undefined || today === undefined || !isRegion(region)) return { errors };
  const facts: Facts = { interviewDate, region, noContact: noContact === true, today };
  if (isTime24(interviewEnd)) facts.interviewEnd = interviewEnd;
  if (decisionDate !== undefined) facts.decisionDate = decisionDate;
  if (checkInDate !== undefined) facts.checkInDate = checkInDate;
  if (offerDeadline !== undefined) facts.offerDeadline = offerDeadline;
  if (outcome !== undefined) facts.outcome = outcome;
  return { facts, errors };
}

// ---------------------------------------------------------------- planning

/** Whole days a reply window of so many hours reaches past its first day (24 hours → the next day). */
function daysForHours(hours: number): number {
  return Math.ceil(hours / 24);
}

/** T1: the thank-you, from the interview day to the next day; with an end time, the exact deadline 24 hours later. */
function thankYouStep(facts: Facts): Step {
  const { hours } = RULES.T1.numbers;
  const step: Step = {
    kind: 'thank-you',
    rule: 'T1',
    from: facts.interviewDate,
    until: addDays(facts.interviewDate, daysForHours(hours)),
    scenario: facts.outcome?.date === facts.interviewDate ? SAME_DAY_SCENARIO[facts.outcome.kind] : 'thank-you',
  };
  if (facts.interviewEnd !== undefined) {
    const deadlineMinutes = minutesOfDay(facts.interviewEnd) + hours * 60;
    const deadlineDate = addDays(facts.interviewDate, Math.floor(deadlineMinutes / 1440));
    const minutes = deadlineMinutes % 1440;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    step.until = deadlineDate;
    step.deadline = `${deadlineDate}T${time}`;
  }
  return step;
}

/**
 * The date itself when it is a business day, else the last business day before it. Window ends move back, never
 * forward, so a window never reaches past its rule's upper bound.
 */
function previousBusinessDay(date: string, region: Region): string {
  return isBusinessDay(date, region) ? date : addBusinessDays(date, -1, region);
}

/**
 * T12: the LinkedIn invitation. RULES gives it no closing day ("after the thank-you, whatever the outcome"), so it is
 * a relaxed step: from the first business day of the thank-you's window (once the notes are out) to the plan's last
 * day, marked `flexible` so no one reads it as due. Both ends are business days.
 */
function linkedInStep(thankYou: Step, planEnd: string, region: Region): Step {
  const from = nextBusinessDay(thankYou.from, region);
  const until = laterDate(from, previousBusinessDay(planEnd, region));
  return { kind: 'linkedin', rule: 'T12', from, until, scenario: 'linkedin-connect', flexible: true };
}

/** The first check-in's window: T6 (the day they asked) overrides T4 (after their decision date), else T5 (about a week). */
function firstCheckIn(facts: Facts): Step {
  const { region } = facts;
  let rule: string;
  let from: string;
  let until: string;
  if (facts.checkInDate !== undefined) {
    rule = 'T6';
    from = until = nextBusinessDay(facts.checkInDate, region);
  } else if (facts.decisionDate !== undefined) {
    const { startBusinessDays, closeDays } = RULES.T4.numbers;
    rule = 'T4';
    from = addBusinessDays(facts.decisionDate, startBusinessDays, region);
    until = nextBusinessDay(addDays(facts.decisionDate, closeDays), region);
  } else {
    const { startDays, closeDays } = RULES.T5.numbers;
    rule = 'T5';
    from = nextBusinessDay(addDays(facts.interviewDate, startDays), region);
    until = nextBusinessDay(addDays(facts.interviewDate, closeDays), region);
  }
  // A run of holidays could in theory close the window before it opens; then the opening day is the whole window.
  return { kind: 'check-in', rule, from, until: laterDate(from, until), scenario: 'check-in' };
}

/**
 * T4–T8: the check-ins, none under T7. Each later one (T8) opens nextBusinessDay(previous from + 7 days) and closes
 * nextBusinessDay(previous until + 7 days), the same rule applied to both ends; the last is the final check-in.
 */
function checkInSteps(facts: Facts): Step[] {
  if (facts.noContact) return [];
  const { maxCheckIns, finalAfterDays } = RULES.T8.numbers;
  const steps = [firstCheckIn(facts)];
  for (let count = 2; count <= maxCheckIns; count += 1) {
    const previous = steps[steps.length - 1] as Step;
    const isFinal = count === maxCheckIns;
    steps.push({
      kind: isFinal ? 'final-check-in' : 'check-in',
      rule: 'T8',
      from: nextBusinessDay(addDays(previous.from, finalAfterDays), facts.region),
      until: nextBusinessDay(addDays(previous.until, finalAfterDays), facts.region),
      scenario: isFinal ? 'final-check-in' : 'check-in',
    });
  }
  return steps;
}

/**
 * T9: tell them about a competing offer "now, on the next business day": from nextBusinessDay(today), where today
 * is never earlier than the interview (before it, you can raise it at the interview itself), until the business day
 * before the deadline. Returns an error when that window is empty. It is not a check-in, so T7 does not remove it.
 */
function timelineUpdateStep(facts: Facts, offerDeadline: string): Step | FieldError {
  const from = nextBusinessDay(laterDate(facts.today, facts.interviewDate), facts.region);
  const until = addBusinessDays(offerDeadline, -RULES.T9.numbers.daysBefore, facts.region);
  if (compareDates(from, until) > 0) return { field: 'offerDeadline', message: MESSAGES.offerTooClose };
  return { kind: 'timeline-update', rule: 'T9', from, until, scenario: 'timeline-update' };
}

/**
 * T11: check-ins stop at the outcome. A contact whose window opens after the outcome date is dropped; one that opened
 * on or before it stays (it may already be sent), its window cut off at the outcome date, or at the last business
 * day before it when the outcome came on a weekend or holiday (the window opened on a business day, so it stays whole).
 */
function stopAtOutcome(steps: Step[], outcomeDate: string, region: Region): Step[] {
  return steps
    .filter((step) => compareDates(step.from, outcomeDate) <= 0)
    .map((step) => ({ ...step, until: laterDate(step.from, earlierDate(step.until, previousBusinessDay(outcomeDate, region))) }));
}

/** T11: the reply to the outcome, from the day you learn it to the next day (within 24 hours). */
function outcomeReplyStep(outcome: NonNullable<Facts['outcome']>): Step {
  return {
    kind: 'outcome-reply',
    rule: 'T11',
    from: outcome.date,
    until: addDays(outcome.date, daysForHours(RULES.T11.numbers.hours)),
    scenario: REPLY_SCENARIO[outcome.kind],
  };
}

/**
 * T10: one light note from nextBusinessDay(last contact + 30 days) to last contact + 60 days, that end moved back to
 * the business day before it when it falls on a weekend or holiday: back, not forward, so the note never goes out
 * later than the rule's upper bound, and the window never ends on a day offices are closed.
 */
function stayInTouchStep(lastContact: string, region: Region): Step {
  const { fromDays, untilDays } = RULES.T10.numbers;
  const from = nextBusinessDay(addDays(lastContact, fromDays), region);
  const until = laterDate(from, previousBusinessDay(addDays(lastContact, untilDays), region));
  return { kind: 'stay-in-touch', rule: 'T10', from, until, scenario: 'stay-in-touch' };
}

/** The latest first day among the steps: the last planned contact. */
function lastContact(steps: Step[]): string {
  return steps.reduce((latest, step) => laterDate(latest, step.from), steps[0]?.from ?? '');
}

/** Steps by first day; steps starting the same day in a fixed order. */
function byFirstDay(a: Step, b: Step): number {
  return compareDates(a.from, b.from) || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind];
}

/**
 * Names the public holidays on weekdays inside a step's window (a holiday on a Saturday or Sunday changes nothing; a
 * flexible step has no real window).
 */
function addHolidays(step: Step, region: Region): void {
  if (region === 'none' || step.flexible) return;
  const holidays: StepHoliday[] = [];
  for (let day = step.from; compareDates(day, step.until) <= 0; day = addDays(day, 1)) {
    const name = isWeekend(day) ? undefined : holidayName(day, region);
    if (name !== undefined) holidays.push({ date: day, name });
  }
  if (holidays.length > 0) step.holidays = holidays;
}

/** A notice for every year the plan reaches whose public holidays are not in the table. */
function holidayNotices(steps: Step[], region: Region): string[] {
  if (region === 'none' || steps.length === 0) return [];
  const first = Math.min(...steps.map((step) => yearOf(step.from)));
  const last = Math.max(...steps.map((step) => yearOf(step.until)));
  const unknown: number[] = [];
  for (let year = first; year <= last; year += 1) if (!holidaysKnown(year, region)) unknown.push(year);
  if (unknown.length === 0) return [];
  const years = unknown.length === 1 ? String(unknown[0]) : `${unknown.slice(0, -1).join(', ')} and ${unknown[unknown.length - 1]}`;
  const those = unknown.length === 1 ? 'that year' : 'those years';
  return [`Public holidays for ${years} are not known, so only weekends are skipped for dates in ${those}.`];
}

/**
 * The plan for valid facts. Without an outcome, T10 follows the silence after the last planned contact (the final
 * check-in, a timeline update, or under T7 the thank-you). With an outcome (T11): a reply (merged into the thank-you
 * when the outcome came on the interview day), check-ins stop, and only a rejection leads on to T10 from the reply.
 */
function planFor(facts: Facts): Plan {
  const thankYou = thankYouStep(facts);
  const contacts = checkInSteps(facts);
  if (facts.offerDeadline !== undefined) {
    const update = timelineUpdateStep(facts, facts.offerDeadline);
    if ('field' in update) return { ok: false, errors: [update] };
    contacts.push(update);
  }
  const steps: Step[] = [thankYou];
  const { outcome } = facts;
  if (outcome === undefined) {
    steps.push(...contacts);
    steps.push(stayInTouchStep(lastContact([thankYou, ...contacts]), facts.region));
  } else {
    steps.push(...stopAtOutcome(contacts, outcome.date, facts.region));
    if (outcome.date !== facts.interviewDate) steps.push(outcomeReplyStep(outcome));
    if (outcome.kind === 'rejection') steps.push(stayInTouchStep(outcome.date, facts.region));
  }
  const planEnd = steps.reduce((latest, step) => laterDate(latest, step.until), thankYou.until);
  steps.push(linkedInStep(thankYou, planEnd, facts.region));
  for (const step of steps) addHolidays(step, facts.region);
  steps.sort(byFirstDay);
  const notices = holidayNotices(steps, facts.region);
  return notices.length > 0 ? { ok: true, steps, notices } : { ok: true, steps };
}

// What the plan means at a given moment (due, late, the order of what is due) lives beside this file; callers may import it from here.
export { deadlineWords, planStates, type PlanState, type StateOptions, type StepState, type StepStatus } from './step-state';
