// Properties of planFollowUps over generated inputs (fast-check): never throws, ordered steps, business days where rules say so, errors name real fields.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addBusinessDays, isBusinessDay, nextBusinessDay } from '../../src/lib/business-days';
import { isIsoDate } from '../../src/lib/dates';
import { REGIONS, isHoliday, type Region } from '../../src/lib/holidays';
import { RULES } from '../../src/lib/rules';
import { planFollowUps, type Plan, type PlanInput, type StepKind } from '../../src/lib/timeline';

// The holiday table for 2025–2030 exactly as the generator builds it, whatever year the tests run in.
vi.mock('../../src/lib/holidays.data', async () => (await import('./support/pinned-holidays')).pinnedHolidayModule());

const RUNS = 2000;

/** Every property path of PlanInput an error may name. */
const FIELDS = ['interviewDate', 'interviewEnd', 'region', 'decisionDate', 'checkInDate', 'noContact', 'offerDeadline', 'outcome', 'outcome.kind', 'outcome.date', 'today'];

/** Steps whose first day a rule defines through nextBusinessDay / addBusinessDays. */
const BUSINESS_DAY_STARTS: StepKind[] = ['check-in', 'final-check-in', 'timeline-update', 'stay-in-touch'];

const REGION_IDS = REGIONS.map((region) => region.id);
const DAY = 86_400_000;

/** An ISO date from a day number, through Date (UTC) — independent of the code under test. */
function isoFromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** Day numbers from mid-2024 to 2032: inside, at the edges of and outside the holiday table. */
const dayNumber = fc.integer({ min: Date.UTC(2024, 5, 1) / DAY, max: Date.UTC(2032, 11, 31) / DAY });
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const optional = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Inputs a real form could send: dates around the interview, some of them invalid on purpose (before it, past deadlines). */
const plausibleInput: fc.Arbitrary<PlanInput> = fc
  .record({
    interview: dayNumber,
    interviewEnd: optional(time),
    region: optional(fc.constantFrom(...REGION_IDS)),
    decision: optional(fc.integer({ min: -3, max: 45 })),
    checkIn: optional(fc.integer({ min: -3, max: 45 })),
    noContact: optional(fc.boolean()),
    offer: optional(fc.integer({ min: -3, max: 30 })),
    today: optional(fc.integer({ min: -5, max: 20 })),
    outcome: optional(fc.record({ kind: fc.constantFrom('offer', 'rejection', 'withdrawal' as const), offset: fc.integer({ min: -2, max: 70 }) })),
  })
  .map((draw) => {
    const at = (offset: number | undefined) => (offset === undefined ? undefined : isoFromDayNumber(draw.interview + offset));
    const input: PlanInput = { interviewDate: isoFromDayNumber(draw.interview) };
    if (draw.interviewEnd !== undefined) input.interviewEnd = draw.interviewEnd;
    if (draw.region !== undefined) input.region = draw.region;
    if (draw.decision !== undefined) input.decisionDate = at(draw.decision) as string;
    if (draw.checkIn !== undefined) input.checkInDate = at(draw.checkIn) as string;
    if (draw.noContact !== undefined) input.noContact = draw.noContact;
    if (draw.offer !== undefined) input.offerDeadline = at(draw.offer) as string;
    if (draw.today !== undefined) input.today = at(draw.today) as string;
    if (draw.outcome !== undefined) input.outcome = { kind: draw.outcome.kind, date: at(draw.outcome.offset) as string };
    return input;
  });

/** Any value at all in any field, including strings shaped like dates and times. */
const anyValue = fc.oneof(
  fc.anything(),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^\d{2}:\d{2}$/),
  fc.constantFrom(...REGION_IDS, 'FR', '', null, undefined, true, 0, Number.NaN),
);
const garbageInput = fc.record(
  {
    interviewDate: fc.oneof(anyValue, dayNumber.map(isoFromDayNumber)),
    interviewEnd: anyValue,
    region: anyValue,
    decisionDate: anyValue,
    checkInDate: anyValue,
    noContact: anyValue,
    offerDeadline: anyValue,
    outcome: fc.oneof(anyValue, fc.record({ kind: anyValue, date: anyValue }, { requiredKeys: [] })),
    today: anyValue,
  },
  { requiredKeys: [] },
);

/** Runs planFollowUps on anything, as an untyped JavaScript caller could. */
function planAnything(input: unknown): Plan {
  return planFollowUps(input as PlanInput);
}

describe('planFollowUps properties', () => {
  it('draws mostly valid plans from plausible input, and some of each kind of step', () => {
    const plans = fc.sample(plausibleInput, { numRuns: 500, seed: 42 }).map((input) => planFollowUps(input));
    const valid = plans.filter((plan) => plan.ok);
    expect(valid.length).toBeGreaterThan(plans.length / 3);
    const kinds = new Set(valid.flatMap((plan) => plan.steps.map((step) => step.kind)));
    expect([...kinds].sort()).toEqual(['check-in', 'final-check-in', 'linkedin', 'outcome-reply', 'stay-in-touch', 'thank-you', 'timeline-update']);
  });

  it('never throws and always answers a plan or errors, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), garbageInput, plausibleInput), (input) => {
        const plan = planAnything(input);
        if (plan.ok) expect(plan.steps.length).toBeGreaterThanOrEqual(2);
        else expect(plan.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('orders steps by first day, each with from ≤ until and real dates', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const plan = planFollowUps(input);
        if (!plan.ok) return;
        plan.steps.forEach((step, index) => {
          expect(isIsoDate(step.from) && isIsoDate(step.until)).toBe(true);
          expect(step.from <= step.until).toBe(true);
          const next = plan.steps[index + 1];
          if (next) expect(step.from <= next.from).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('starts check-ins, the timeline update and the stay-in-touch note on business days of the region', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const plan = planFollowUps(input);
        if (!plan.ok) return;
        const region: Region = input.region ?? 'none';
        for (const step of plan.steps) {
          if (BUSINESS_DAY_STARTS.includes(step.kind)) expect(isBusinessDay(step.from, region), `${step.kind} ${step.from}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('starts and ends every window on a business day, except the rules that count calendar hours (T1, T11)', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const plan = planFollowUps(input);
        if (!plan.ok) return;
        const region: Region = input.region ?? 'none';
        for (const step of plan.steps) {
          if (step.rule === 'T1' || step.rule === 'T11') continue;
          expect(isBusinessDay(step.from, region), `${step.kind} from ${step.from}`).toBe(true);
          expect(isBusinessDay(step.until, region), `${step.kind} until ${step.until}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names only weekday public holidays of the region that lie inside the step’s window', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const plan = planFollowUps(input);
        if (!plan.ok) return;
        const region: Region = input.region ?? 'none';
        for (const step of plan.steps) {
          for (const holiday of step.holidays ?? []) {
            expect(step.from <= holiday.date && holiday.date <= step.until).toBe(true);
            expect(isHoliday(holiday.date, region)).toBe(true);
            expect(new Date(`${holiday.date}T00:00:00Z`).getUTCDay() % 6).not.toBe(0);
            expect(holiday.name.length).toBeGreaterThan(3);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names, in every error, one of the input’s property paths, with a plain sentence', () => {
    fc.assert(
      fc.property(fc.oneof(garbageInput, plausibleInput, fc.anything()), (input) => {
        const plan = planAnything(input);
        if (plan.ok) return;
        for (const error of plan.errors) {
          expect(FIELDS).toContain(error.field);
          expect(error.message).toMatch(/^[A-Z“].{10,}\.$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the rules’ promises: one thank-you on the interview day, at most two check-ins, none under T7, none after the outcome', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const plan = planFollowUps(input);
        if (!plan.ok) return;
        const thankYous = plan.steps.filter((step) => step.kind === 'thank-you');
        expect(thankYous).toHaveLength(1);
        expect(thankYous[0]?.from).toBe(input.interviewDate);
        const checkIns = plan.steps.filter((step) => step.kind === 'check-in' || step.kind === 'final-check-in');
        expect(checkIns.length).toBeLessThanOrEqual(RULES.T8.numbers.maxCheckIns);
        if (input.noContact) expect(checkIns).toHaveLength(0);
        const outcome = input.outcome;
        if (outcome) {
          for (const step of checkIns) expect(step.until <= outcome.date).toBe(true);
          const stayInTouch = plan.steps.some((step) => step.kind === 'stay-in-touch');
          expect(stayInTouch).toBe(outcome.kind === 'rejection');
        } else {
          expect(plan.steps.at(-1)?.kind).toBe('stay-in-touch');
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('business-day properties', () => {
  const date = dayNumber.map(isoFromDayNumber);
  const region = fc.constantFrom(...REGION_IDS);

  it('nextBusinessDay is the first business day on or after the date', () => {
    fc.assert(
      fc.property(date, region, (day, where) => {
        const next = nextBusinessDay(day, where);
        expect(isBusinessDay(next, where)).toBe(true);
        expect(next >= day).toBe(true);
        for (let n = Date.parse(day) / DAY; isoFromDayNumber(n) < next; n += 1) expect(isBusinessDay(isoFromDayNumber(n), where)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('addBusinessDays passes exactly n business days and lands on one', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 15 }), region, (day, n, where) => {
        const result = addBusinessDays(day, n, where);
        expect(isBusinessDay(result, where)).toBe(true);
        let passed = 0;
        for (let d = Date.parse(day) / DAY + 1; isoFromDayNumber(d) <= result; d += 1) if (isBusinessDay(isoFromDayNumber(d), where)) passed += 1;
        expect(passed).toBe(n);
        expect(addBusinessDays(result, -n, where) <= day).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
