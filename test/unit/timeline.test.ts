// planFollowUps against hand-worked plans: every rule T1–T12, weekends, year ends, a leap day and holidays in every region.
import { describe, expect, it, vi } from 'vitest';
import { planFollowUps, type Plan, type PlanInput, type Step, type StepKind } from '../../src/lib/timeline';

// The holiday table for 2025–2030 exactly as the generator builds it, whatever year the tests run in.
vi.mock('../../src/lib/holidays.data', async () => (await import('./support/pinned-holidays')).pinnedHolidayModule());

/** [kind, rule, from, until] of one expected step. */
type Expected = [StepKind, string, string, string];

interface PlanCase {
  name: string;
  input: PlanInput;
  steps: Expected[];
  notices?: string[];
}

/** The parts of a step the table compares. */
function summary(step: Step): Expected {
  return [step.kind, step.rule, step.from, step.until];
}

/** The steps of a plan that must be ok. */
function stepsOf(plan: Plan): Step[] {
  if (!plan.ok) throw new Error(`expected a plan, got errors ${JSON.stringify(plan.errors)}`);
  return plan.steps;
}

// Notation in the reasoning: nbd(d) = nextBusinessDay, abd(d, n) = addBusinessDays; I = interview, D = decision
// date (T4), C = check-in date (T6), X = offer deadline (T9), O = outcome date (T11). Each date carries its weekday.
// T1/T12: thank-you and LinkedIn I … I+1. T5: nbd(I+8) … nbd(I+14). T4: abd(D,2) … nbd(D+7).
// T8: final nbd(first.from+7) … nbd(first.until+7). T10: nbd(L+30) … pbd(L+60), L = last contact, where
// pbd(d) = d when a business day, else the business day before it (a weekend end moves back, so the window never
// passes L+60; the +60 dates in the comments below are before that move). T12 (flexible, no closing day):
// nbd(I) … pbd(the plan's last day). Where T10 ends Sat/Sun the Friday is meant; AU 2026-04-03 is Good Friday.
const CASES: PlanCase[] = [
  {
    name: 'T5: no decision date, Monday interview, weekends only',
    input: { interviewDate: '2026-03-02' },
    // I Mon 2026-03-02. T5: I+8 Tue 2026-03-10 (business day); I+14 Mon 2026-03-16.
    // T8: Tue 2026-03-10+7 = Tue 2026-03-17; Mon 2026-03-16+7 = Mon 2026-03-23.
    // T10: L = Tue 2026-03-17; +30 = Thu 2026-04-16; +60 = Sat 2026-05-16.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-23'],
      ['stay-in-touch', 'T10', '2026-04-16', '2026-05-15'],
    ],
  },
  {
    name: 'T1: a Friday interview’s thank-you is due Saturday (weekends do not extend it); T5 opens after the weekend',
    input: { interviewDate: '2026-03-06' },
    // I Fri 2026-03-06; thank-you until Sat 2026-03-07. T5: I+8 Sat 2026-03-14 → Mon 2026-03-16; I+14 Fri 2026-03-20.
    // T8: Mon 2026-03-23 … Fri 2026-03-27. T10: L = Mon 2026-03-23; +30 Wed 2026-04-22; +60 Fri 2026-05-22.
    steps: [
      ['thank-you', 'T1', '2026-03-06', '2026-03-07'],
      ['linkedin', 'T12', '2026-03-06', '2026-05-22'],
      ['check-in', 'T5', '2026-03-16', '2026-03-20'],
      ['final-check-in', 'T8', '2026-03-23', '2026-03-27'],
      ['stay-in-touch', 'T10', '2026-04-22', '2026-05-22'],
    ],
  },
  {
    name: 'T1: an end time gives the same days (the deadline itself is checked below)',
    input: { interviewDate: '2026-03-02', interviewEnd: '14:30' },
    // End Mon 2026-03-02 14:30 + 24 h = Tue 2026-03-03 14:30; the rest as for Mon 2026-03-02 above.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-23'],
      ['stay-in-touch', 'T10', '2026-04-16', '2026-05-15'],
    ],
  },
  {
    name: 'T1/T5 across the year end',
    input: { interviewDate: '2026-12-31' },
    // I Thu 2026-12-31; thank-you until Fri 2027-01-01. T5: I+8 Fri 2027-01-08; I+14 Thu 2027-01-14.
    // T8: Fri 2027-01-15 … Thu 2027-01-21. T10: L = Fri 2027-01-15; +30 Sun 2027-02-14 → Mon 2027-02-15;
    // +60 = Tue 2027-03-16 (16 days to Jan 31, 28 in February, 16 in March).
    steps: [
      ['thank-you', 'T1', '2026-12-31', '2027-01-01'],
      ['linkedin', 'T12', '2026-12-31', '2027-03-16'],
      ['check-in', 'T5', '2027-01-08', '2027-01-14'],
      ['final-check-in', 'T8', '2027-01-15', '2027-01-21'],
      ['stay-in-touch', 'T10', '2027-02-15', '2027-03-16'],
    ],
  },
  {
    name: 'leap day: an interview on 2028-02-29',
    input: { interviewDate: '2028-02-29' },
    // I Tue 2028-02-29; thank-you until Wed 2028-03-01. T5: I+8 Wed 2028-03-08; I+14 Tue 2028-03-14.
    // T8: Wed 2028-03-15 … Tue 2028-03-21. T10: L = Wed 2028-03-15; +30 Fri 2028-04-14; +60 Sun 2028-05-14.
    steps: [
      ['thank-you', 'T1', '2028-02-29', '2028-03-01'],
      ['linkedin', 'T12', '2028-02-29', '2028-05-12'],
      ['check-in', 'T5', '2028-03-08', '2028-03-14'],
      ['final-check-in', 'T8', '2028-03-15', '2028-03-21'],
      ['stay-in-touch', 'T10', '2028-04-14', '2028-05-12'],
    ],
  },
  {
    name: 'leap day: the first check-in opens on 2028-02-29',
    input: { interviewDate: '2028-02-21' },
    // I Mon 2028-02-21. T5: I+8 Tue 2028-02-29; I+14 Mon 2028-03-06. T8: Tue 2028-03-07 … Mon 2028-03-13.
    // T10: L = Tue 2028-03-07; +30 Thu 2028-04-06; +60 Sat 2028-05-06.
    steps: [
      ['thank-you', 'T1', '2028-02-21', '2028-02-22'],
      ['linkedin', 'T12', '2028-02-21', '2028-05-05'],
      ['check-in', 'T5', '2028-02-29', '2028-03-06'],
      ['final-check-in', 'T8', '2028-03-07', '2028-03-13'],
      ['stay-in-touch', 'T10', '2028-04-06', '2028-05-05'],
    ],
  },
  {
    name: 'T4: decision date named, weekends only',
    input: { interviewDate: '2026-03-02', decisionDate: '2026-03-13' },
    // D Fri 2026-03-13: abd(D,2) = Mon 2026-03-16 (1), Tue 2026-03-17 (2); D+7 Fri 2026-03-20.
    // T8: Tue 2026-03-24 … Fri 2026-03-27. T10: L = Tue 2026-03-24; +30 Thu 2026-04-23; +60 Sat 2026-05-23.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-22'],
      ['check-in', 'T4', '2026-03-17', '2026-03-20'],
      ['final-check-in', 'T8', '2026-03-24', '2026-03-27'],
      ['stay-in-touch', 'T10', '2026-04-23', '2026-05-22'],
    ],
  },
  {
    name: 'T4 US: the observed Independence Day (Friday 07-03) is skipped',
    input: { interviewDate: '2026-06-22', decisionDate: '2026-07-02', region: 'US' },
    // D Thu 2026-07-02: Fri 2026-07-03 is the observed Independence Day, skip; Mon 2026-07-06 (1), Tue 2026-07-07 (2).
    // D+7 Thu 2026-07-09. T8: Tue 2026-07-14 … Thu 2026-07-16. T10: L = Tue 2026-07-14; +30 Thu 2026-08-13;
    // +60 Sat 2026-09-12.
    steps: [
      ['thank-you', 'T1', '2026-06-22', '2026-06-23'],
      ['linkedin', 'T12', '2026-06-22', '2026-09-11'],
      ['check-in', 'T4', '2026-07-07', '2026-07-09'],
      ['final-check-in', 'T8', '2026-07-14', '2026-07-16'],
      ['stay-in-touch', 'T10', '2026-08-13', '2026-09-11'],
    ],
  },
  {
    name: 'T4, same dates without a region: Friday 07-03 counts',
    input: { interviewDate: '2026-06-22', decisionDate: '2026-07-02', region: 'none' },
    // D Thu 2026-07-02: Fri 2026-07-03 (1), Mon 2026-07-06 (2); D+7 Thu 2026-07-09.
    // T8: Mon 2026-07-13 … Thu 2026-07-16. T10: L = Mon 2026-07-13; +30 Wed 2026-08-12; +60 Fri 2026-09-11.
    steps: [
      ['thank-you', 'T1', '2026-06-22', '2026-06-23'],
      ['linkedin', 'T12', '2026-06-22', '2026-09-11'],
      ['check-in', 'T4', '2026-07-06', '2026-07-09'],
      ['final-check-in', 'T8', '2026-07-13', '2026-07-16'],
      ['stay-in-touch', 'T10', '2026-08-12', '2026-09-11'],
    ],
  },
  {
    name: 'T5 US: Thanksgiving (Thursday) moves the check-in to Friday, and T10 crosses the year',
    input: { interviewDate: '2026-11-18', region: 'US' },
    // I Wed 2026-11-18. I+8 Thu 2026-11-26 Thanksgiving → Fri 2026-11-27 (the day after is no federal holiday).
    // I+14 Wed 2026-12-02. T8: Fri 2026-12-04 … Wed 2026-12-09. T10: L = Fri 2026-12-04; +30 Sun 2027-01-03 →
    // Mon 2027-01-04; +60 Tue 2027-02-02.
    steps: [
      ['thank-you', 'T1', '2026-11-18', '2026-11-19'],
      ['linkedin', 'T12', '2026-11-18', '2027-02-02'],
      ['check-in', 'T5', '2026-11-27', '2026-12-02'],
      ['final-check-in', 'T8', '2026-12-04', '2026-12-09'],
      ['stay-in-touch', 'T10', '2027-01-04', '2027-02-02'],
    ],
  },
  {
    name: 'T6 US: New Year’s Day 2028 is observed on Friday 2027-12-31; T10 runs over 2028-02-29',
    input: { interviewDate: '2027-12-13', checkInDate: '2027-12-31', region: 'US' },
    // C Fri 2027-12-31 is the observed New Year’s Day (2028-01-01 is a Saturday) → Sat, Sun → Mon 2028-01-03.
    // T8: Mon 2028-01-10 … Mon 2028-01-10. T10: L = Mon 2028-01-10; +30 Wed 2028-02-09;
    // +60 = Fri 2028-03-10 (21 days to Jan 31, 29 in leap February, 10 in March).
    steps: [
      ['thank-you', 'T1', '2027-12-13', '2027-12-14'],
      ['linkedin', 'T12', '2027-12-13', '2028-03-10'],
      ['check-in', 'T6', '2028-01-03', '2028-01-03'],
      ['final-check-in', 'T8', '2028-01-10', '2028-01-10'],
      ['stay-in-touch', 'T10', '2028-02-09', '2028-03-10'],
    ],
  },
  {
    name: 'T5 US: Christmas 2027 is observed on Friday 12-24',
    input: { interviewDate: '2027-12-16', region: 'US' },
    // I Thu 2027-12-16. I+8 Fri 2027-12-24 (observed Christmas; 12-25 is a Saturday) → Mon 2027-12-27.
    // I+14 Thu 2027-12-30. T8: Mon 2028-01-03 (12-27+7; New Year was observed the Friday before) …
    // Thu 2028-01-06. T10: L = Mon 2028-01-03; +30 Wed 2028-02-02; +60 Fri 2028-03-03 (leap February).
    steps: [
      ['thank-you', 'T1', '2027-12-16', '2027-12-17'],
      ['linkedin', 'T12', '2027-12-16', '2028-03-03'],
      ['check-in', 'T5', '2027-12-27', '2027-12-30'],
      ['final-check-in', 'T8', '2028-01-03', '2028-01-06'],
      ['stay-in-touch', 'T10', '2028-02-02', '2028-03-03'],
    ],
  },
  {
    name: 'T5 GB: the Boxing Day substitute (Monday 2026-12-28) closes the window a day later',
    input: { interviewDate: '2026-12-14', region: 'GB' },
    // I Mon 2026-12-14. I+8 Tue 2026-12-22. I+14 Mon 2026-12-28 (Boxing Day substitute) → Tue 2026-12-29.
    // T8: Tue 2026-12-29 … Tue 2027-01-05. T10: L = Tue 2026-12-29; +30 Thu 2027-01-28; +60 Sat 2027-02-27.
    steps: [
      ['thank-you', 'T1', '2026-12-14', '2026-12-15'],
      ['linkedin', 'T12', '2026-12-14', '2027-02-26'],
      ['check-in', 'T5', '2026-12-22', '2026-12-29'],
      ['final-check-in', 'T8', '2026-12-29', '2027-01-05'],
      ['stay-in-touch', 'T10', '2027-01-28', '2027-02-26'],
    ],
  },
  {
    name: 'T4 GB: two business days after 12-23 step over Christmas and the substitute day',
    input: { interviewDate: '2026-12-14', decisionDate: '2026-12-23', region: 'GB' },
    // D Wed 2026-12-23: Thu 2026-12-24 (1); Fri 2026-12-25 Christmas, Sat, Sun, Mon 2026-12-28 substitute skipped;
    // Tue 2026-12-29 (2). D+7 Wed 2026-12-30. T8: Tue 2027-01-05 … Wed 2027-01-06.
    // T10: L = Tue 2027-01-05; +30 Thu 2027-02-04; +60 Sat 2027-03-06.
    steps: [
      ['thank-you', 'T1', '2026-12-14', '2026-12-15'],
      ['linkedin', 'T12', '2026-12-14', '2027-03-05'],
      ['check-in', 'T4', '2026-12-29', '2026-12-30'],
      ['final-check-in', 'T8', '2027-01-05', '2027-01-06'],
      ['stay-in-touch', 'T10', '2027-02-04', '2027-03-05'],
    ],
  },
  {
    name: 'T5 GB: Easter Monday moves the check-in',
    input: { interviewDate: '2026-03-27', region: 'GB' },
    // I Fri 2026-03-27. I+8 Sat 2026-04-04 → Sun → Mon 2026-04-06 Easter Monday → Tue 2026-04-07.
    // I+14 Fri 2026-04-10. T8: Tue 2026-04-14 … Fri 2026-04-17. T10: L = Tue 2026-04-14; +30 Thu 2026-05-14;
    // +60 Sat 2026-06-13.
    steps: [
      ['thank-you', 'T1', '2026-03-27', '2026-03-28'],
      ['linkedin', 'T12', '2026-03-27', '2026-06-12'],
      ['check-in', 'T5', '2026-04-07', '2026-04-10'],
      ['final-check-in', 'T8', '2026-04-14', '2026-04-17'],
      ['stay-in-touch', 'T10', '2026-05-14', '2026-06-12'],
    ],
  },
  {
    name: 'T4 CA: Canada Day (Wednesday 07-01) is skipped',
    input: { interviewDate: '2026-06-22', decisionDate: '2026-06-30', region: 'CA' },
    // D Tue 2026-06-30: Wed 2026-07-01 Canada Day skipped; Thu 2026-07-02 (1), Fri 2026-07-03 (2).
    // D+7 Tue 2026-07-07. T8: Fri 2026-07-10 … Tue 2026-07-14. T10: L = Fri 2026-07-10; +30 Sun 2026-08-09 →
    // Mon 2026-08-10; +60 Tue 2026-09-08.
    steps: [
      ['thank-you', 'T1', '2026-06-22', '2026-06-23'],
      ['linkedin', 'T12', '2026-06-22', '2026-09-08'],
      ['check-in', 'T4', '2026-07-03', '2026-07-07'],
      ['final-check-in', 'T8', '2026-07-10', '2026-07-14'],
      ['stay-in-touch', 'T10', '2026-08-10', '2026-09-08'],
    ],
  },
  {
    name: 'T11 + T10 CA: a rejection stops check-ins; Labour Day moves the stay-in-touch note',
    input: { interviewDate: '2026-07-27', region: 'CA', outcome: { kind: 'rejection', date: '2026-08-06' } },
    // I Mon 2026-07-27. T5: I+8 Tue 2026-08-04 (on or before O Thu 2026-08-06: stays), until I+14 Mon 2026-08-10
    // cut to O. T8 would open Tue 2026-08-11, after O: dropped. Reply Thu 2026-08-06 … Fri 2026-08-07.
    // T10 from O: +30 Sat 2026-09-05 → Sun → Mon 2026-09-07 Labour Day → Tue 2026-09-08; +60 Mon 2026-10-05.
    steps: [
      ['thank-you', 'T1', '2026-07-27', '2026-07-28'],
      ['linkedin', 'T12', '2026-07-27', '2026-10-05'],
      ['check-in', 'T5', '2026-08-04', '2026-08-06'],
      ['outcome-reply', 'T11', '2026-08-06', '2026-08-07'],
      ['stay-in-touch', 'T10', '2026-09-08', '2026-10-05'],
    ],
  },
  {
    name: 'T5 AU: Australia Day (Monday 01-26) moves the check-in',
    input: { interviewDate: '2026-01-16', region: 'AU' },
    // I Fri 2026-01-16. I+8 Sat 2026-01-24 → Sun → Mon 2026-01-26 Australia Day → Tue 2026-01-27.
    // I+14 Fri 2026-01-30. T8: Tue 2026-02-03 … Fri 2026-02-06. T10: L = Tue 2026-02-03; +30 Thu 2026-03-05;
    // +60 Sat 2026-04-04.
    steps: [
      ['thank-you', 'T1', '2026-01-16', '2026-01-17'],
      ['linkedin', 'T12', '2026-01-16', '2026-04-02'],
      ['check-in', 'T5', '2026-01-27', '2026-01-30'],
      ['final-check-in', 'T8', '2026-02-03', '2026-02-06'],
      ['stay-in-touch', 'T10', '2026-03-05', '2026-04-02'],
    ],
  },
  {
    name: 'T6 AU: asked to check in on Good Friday; Easter Monday is a holiday too',
    input: { interviewDate: '2026-03-30', checkInDate: '2026-04-03', region: 'AU' },
    // C Fri 2026-04-03 Good Friday → Sat, Sun → Mon 2026-04-06 Easter Monday → Tue 2026-04-07.
    // T8: Tue 2026-04-14. T10: L = Tue 2026-04-14; +30 Thu 2026-05-14; +60 Sat 2026-06-13.
    steps: [
      ['thank-you', 'T1', '2026-03-30', '2026-03-31'],
      ['linkedin', 'T12', '2026-03-30', '2026-06-12'],
      ['check-in', 'T6', '2026-04-07', '2026-04-07'],
      ['final-check-in', 'T8', '2026-04-14', '2026-04-14'],
      ['stay-in-touch', 'T10', '2026-05-14', '2026-06-12'],
    ],
  },
  {
    name: 'T5 AU: Anzac Day on a Saturday has no national substitute, so Monday 04-27 is a business day',
    input: { interviewDate: '2026-04-17', region: 'AU' },
    // I Fri 2026-04-17. I+8 Sat 2026-04-25 → Sun → Mon 2026-04-27. I+14 Fri 2026-05-01.
    // T8: Mon 2026-05-04 … Fri 2026-05-08. T10: L = Mon 2026-05-04; +30 Wed 2026-06-03; +60 Fri 2026-07-03.
    steps: [
      ['thank-you', 'T1', '2026-04-17', '2026-04-18'],
      ['linkedin', 'T12', '2026-04-17', '2026-07-03'],
      ['check-in', 'T5', '2026-04-27', '2026-05-01'],
      ['final-check-in', 'T8', '2026-05-04', '2026-05-08'],
      ['stay-in-touch', 'T10', '2026-06-03', '2026-07-03'],
    ],
  },
  {
    name: 'T5 NZ: the ANZAC Day substitute (Monday 04-27) moves the check-in',
    input: { interviewDate: '2026-04-17', region: 'NZ' },
    // I Fri 2026-04-17. I+8 Sat 2026-04-25 → Sun → Mon 2026-04-27 substitute → Tue 2026-04-28.
    // I+14 Fri 2026-05-01. T8: Tue 2026-05-05 … Fri 2026-05-08. T10: L = Tue 2026-05-05; +30 Thu 2026-06-04;
    // +60 Sat 2026-07-04.
    steps: [
      ['thank-you', 'T1', '2026-04-17', '2026-04-18'],
      ['linkedin', 'T12', '2026-04-17', '2026-07-03'],
      ['check-in', 'T5', '2026-04-28', '2026-05-01'],
      ['final-check-in', 'T8', '2026-05-05', '2026-05-08'],
      ['stay-in-touch', 'T10', '2026-06-04', '2026-07-03'],
    ],
  },
  {
    name: 'T4 NZ: Matariki (Friday 2026-07-10) is skipped',
    input: { interviewDate: '2026-06-29', decisionDate: '2026-07-08', region: 'NZ' },
    // D Wed 2026-07-08: Thu 2026-07-09 (1); Fri 2026-07-10 Matariki skipped; Mon 2026-07-13 (2).
    // D+7 Wed 2026-07-15. T8: Mon 2026-07-20 … Wed 2026-07-22. T10: L = Mon 2026-07-20; +30 Wed 2026-08-19;
    // +60 Fri 2026-09-18.
    steps: [
      ['thank-you', 'T1', '2026-06-29', '2026-06-30'],
      ['linkedin', 'T12', '2026-06-29', '2026-09-18'],
      ['check-in', 'T4', '2026-07-13', '2026-07-15'],
      ['final-check-in', 'T8', '2026-07-20', '2026-07-22'],
      ['stay-in-touch', 'T10', '2026-08-19', '2026-09-18'],
    ],
  },
  {
    name: 'T5 IE: St Brigid’s Day (Monday 02-02) moves the check-in',
    input: { interviewDate: '2026-01-23', region: 'IE' },
    // I Fri 2026-01-23. I+8 Sat 2026-01-31 → Sun → Mon 2026-02-02 St Brigid’s Day → Tue 2026-02-03.
    // I+14 Fri 2026-02-06. T8: Tue 2026-02-10 … Fri 2026-02-13. T10: L = Tue 2026-02-10; +30 Thu 2026-03-12;
    // +60 Sat 2026-04-11.
    steps: [
      ['thank-you', 'T1', '2026-01-23', '2026-01-24'],
      ['linkedin', 'T12', '2026-01-23', '2026-04-10'],
      ['check-in', 'T5', '2026-02-03', '2026-02-06'],
      ['final-check-in', 'T8', '2026-02-10', '2026-02-13'],
      ['stay-in-touch', 'T10', '2026-03-12', '2026-04-10'],
    ],
  },
  {
    name: 'T6 IE: asked to check in on St Patrick’s Day',
    input: { interviewDate: '2026-03-09', checkInDate: '2026-03-17', region: 'IE' },
    // C Tue 2026-03-17 St Patrick’s Day → Wed 2026-03-18. T8: Wed 2026-03-25.
    // T10: L = Wed 2026-03-25; +30 Fri 2026-04-24; +60 Sun 2026-05-24.
    steps: [
      ['thank-you', 'T1', '2026-03-09', '2026-03-10'],
      ['linkedin', 'T12', '2026-03-09', '2026-05-22'],
      ['check-in', 'T6', '2026-03-18', '2026-03-18'],
      ['final-check-in', 'T8', '2026-03-25', '2026-03-25'],
      ['stay-in-touch', 'T10', '2026-04-24', '2026-05-22'],
    ],
  },
  {
    name: 'T5 IE: the St Stephen’s Day substitute (Monday 2026-12-28) counts as a holiday',
    input: { interviewDate: '2026-12-14', region: 'IE' },
    // As for GB: I+8 Tue 2026-12-22; I+14 Mon 2026-12-28 substitute → Tue 2026-12-29.
    // T8: Tue 2026-12-29 … Tue 2027-01-05. T10: L = Tue 2026-12-29; +30 Thu 2027-01-28; +60 Sat 2027-02-27.
    steps: [
      ['thank-you', 'T1', '2026-12-14', '2026-12-15'],
      ['linkedin', 'T12', '2026-12-14', '2027-02-26'],
      ['check-in', 'T5', '2026-12-22', '2026-12-29'],
      ['final-check-in', 'T8', '2026-12-29', '2027-01-05'],
      ['stay-in-touch', 'T10', '2027-01-28', '2027-02-26'],
    ],
  },
  {
    name: 'T5 none: the same dates with no region keep Monday 2026-12-28',
    input: { interviewDate: '2026-12-14' },
    // I+8 Tue 2026-12-22; I+14 Mon 2026-12-28. T8: Tue 2026-12-29 … Mon 2027-01-04.
    // T10: L = Tue 2026-12-29; +30 Thu 2027-01-28; +60 Sat 2027-02-27.
    steps: [
      ['thank-you', 'T1', '2026-12-14', '2026-12-15'],
      ['linkedin', 'T12', '2026-12-14', '2027-02-26'],
      ['check-in', 'T5', '2026-12-22', '2026-12-28'],
      ['final-check-in', 'T8', '2026-12-29', '2027-01-04'],
      ['stay-in-touch', 'T10', '2027-01-28', '2027-02-26'],
    ],
  },
  {
    name: 'T6 overrides T4: the check-in date wins over the decision date; a Saturday moves to Monday',
    input: { interviewDate: '2026-03-02', decisionDate: '2026-03-13', checkInDate: '2026-03-21' },
    // C Sat 2026-03-21 → Mon 2026-03-23. T8: Mon 2026-03-30. T10: L = Mon 2026-03-30; +30 Wed 2026-04-29;
    // +60 Fri 2026-05-29.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-29'],
      ['check-in', 'T6', '2026-03-23', '2026-03-23'],
      ['final-check-in', 'T8', '2026-03-30', '2026-03-30'],
      ['stay-in-touch', 'T10', '2026-04-29', '2026-05-29'],
    ],
  },
  {
    name: 'T6 on a weekday: that very day',
    input: { interviewDate: '2026-03-02', checkInDate: '2026-03-11' },
    // C Wed 2026-03-11 (business day). T8: Wed 2026-03-18. T10: L = Wed 2026-03-18; +30 Fri 2026-04-17;
    // +60 Sun 2026-05-17.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['check-in', 'T6', '2026-03-11', '2026-03-11'],
      ['final-check-in', 'T8', '2026-03-18', '2026-03-18'],
      ['stay-in-touch', 'T10', '2026-04-17', '2026-05-15'],
    ],
  },
  {
    name: 'T7: asked not to be contacted: no check-ins; T10 counts from the thank-you day',
    input: { interviewDate: '2026-03-02', noContact: true },
    // L = I Mon 2026-03-02; +30 Wed 2026-04-01; +60 Fri 2026-05-01.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-01'],
      ['stay-in-touch', 'T10', '2026-04-01', '2026-05-01'],
    ],
  },
  {
    name: 'T7 beats T4 and T6: still no check-ins',
    input: { interviewDate: '2026-03-02', noContact: true, decisionDate: '2026-03-13', checkInDate: '2026-03-11' },
    // As above: L = Mon 2026-03-02; T10 Wed 2026-04-01 … Fri 2026-05-01.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-01'],
      ['stay-in-touch', 'T10', '2026-04-01', '2026-05-01'],
    ],
  },
  {
    name: 'T9: a competing offer adds a timeline update; check-ins stay',
    input: { interviewDate: '2026-03-02', today: '2026-03-04', offerDeadline: '2026-03-13' },
    // today Wed 2026-03-04 is a business day; X Fri 2026-03-13, the business day before: Thu 2026-03-12.
    // Check-ins as for Mon 2026-03-02 (T5 Tue 2026-03-10 … Mon 2026-03-16; T8 Tue 2026-03-17 … Mon 2026-03-23).
    // T10: L = the latest contact, Tue 2026-03-17; Thu 2026-04-16 … Sat 2026-05-16.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['timeline-update', 'T9', '2026-03-04', '2026-03-12'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-23'],
      ['stay-in-touch', 'T10', '2026-04-16', '2026-05-15'],
    ],
  },
  {
    name: 'T9 on a Saturday: the next business day, which is also the last one before a Tuesday deadline',
    input: { interviewDate: '2026-03-02', today: '2026-03-07', offerDeadline: '2026-03-10' },
    // today Sat 2026-03-07 → Mon 2026-03-09; X Tue 2026-03-10, business day before: Mon 2026-03-09.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['timeline-update', 'T9', '2026-03-09', '2026-03-09'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-23'],
      ['stay-in-touch', 'T10', '2026-04-16', '2026-05-15'],
    ],
  },
  {
    name: 'T9 US: the business day before a Monday deadline skips the observed Independence Day',
    input: { interviewDate: '2026-06-29', today: '2026-07-02', offerDeadline: '2026-07-06', region: 'US' },
    // today Thu 2026-07-02; X Mon 2026-07-06: Sun, Sat, Fri 2026-07-03 (observed holiday) → Thu 2026-07-02.
    // I Mon 2026-06-29: T5 I+8 Tue 2026-07-07 … I+14 Mon 2026-07-13; T8 Tue 2026-07-14 … Mon 2026-07-20.
    // T10: L = Tue 2026-07-14; +30 Thu 2026-08-13; +60 Sat 2026-09-12.
    steps: [
      ['thank-you', 'T1', '2026-06-29', '2026-06-30'],
      ['linkedin', 'T12', '2026-06-29', '2026-09-11'],
      ['timeline-update', 'T9', '2026-07-02', '2026-07-02'],
      ['check-in', 'T5', '2026-07-07', '2026-07-13'],
      ['final-check-in', 'T8', '2026-07-14', '2026-07-20'],
      ['stay-in-touch', 'T10', '2026-08-13', '2026-09-11'],
    ],
  },
  {
    name: 'T9 without today: the interview day is the reference',
    input: { interviewDate: '2026-03-06', offerDeadline: '2026-03-11' },
    // today = I Fri 2026-03-06 (business day); X Wed 2026-03-11 → Tue 2026-03-10. Rest as for Fri 2026-03-06.
    // Three steps open on Fri 2026-03-06: thank-you, LinkedIn, then the update (the fixed same-day order).
    steps: [
      ['thank-you', 'T1', '2026-03-06', '2026-03-07'],
      ['linkedin', 'T12', '2026-03-06', '2026-05-22'],
      ['timeline-update', 'T9', '2026-03-06', '2026-03-10'],
      ['check-in', 'T5', '2026-03-16', '2026-03-20'],
      ['final-check-in', 'T8', '2026-03-23', '2026-03-27'],
      ['stay-in-touch', 'T10', '2026-04-22', '2026-05-22'],
    ],
  },
  {
    name: 'T9 with today before the interview: the update waits for the interview day',
    input: { interviewDate: '2026-03-04', today: '2026-03-02', offerDeadline: '2026-03-13' },
    // I Wed 2026-03-04 is later than today Mon 2026-03-02 → from Wed 2026-03-04; X Fri 2026-03-13 → Thu 2026-03-12.
    // T5: I+8 Thu 2026-03-12; I+14 Wed 2026-03-18. T8: Thu 2026-03-19 … Wed 2026-03-25.
    // T10: L = Thu 2026-03-19; +30 Sat 2026-04-18 → Mon 2026-04-20; +60 Mon 2026-05-18.
    steps: [
      ['thank-you', 'T1', '2026-03-04', '2026-03-05'],
      ['linkedin', 'T12', '2026-03-04', '2026-05-18'],
      ['timeline-update', 'T9', '2026-03-04', '2026-03-12'],
      ['check-in', 'T5', '2026-03-12', '2026-03-18'],
      ['final-check-in', 'T8', '2026-03-19', '2026-03-25'],
      ['stay-in-touch', 'T10', '2026-04-20', '2026-05-18'],
    ],
  },
  {
    name: 'T7 + T9: no check-ins, but the timeline update stays and T10 counts from it',
    input: { interviewDate: '2026-03-02', noContact: true, today: '2026-03-04', offerDeadline: '2026-03-13' },
    // Update Wed 2026-03-04 … Thu 2026-03-12. T10: L = Wed 2026-03-04; +30 Fri 2026-04-03; +60 Sun 2026-05-03.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-01'],
      ['timeline-update', 'T9', '2026-03-04', '2026-03-12'],
      ['stay-in-touch', 'T10', '2026-04-03', '2026-05-01'],
    ],
  },
  {
    name: 'T9 + T11: an offer on Friday cuts the update short and drops the check-ins',
    input: {
      interviewDate: '2026-03-02',
      today: '2026-03-04',
      offerDeadline: '2026-03-13',
      outcome: { kind: 'offer', date: '2026-03-06' },
    },
    // Update Wed 2026-03-04 … Thu 2026-03-12, cut to O Fri 2026-03-06. T5 would open Tue 2026-03-10 > O: dropped.
    // Reply Fri 2026-03-06 … Sat 2026-03-07. No T10 after an offer.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-03-06'],
      ['timeline-update', 'T9', '2026-03-04', '2026-03-06'],
      ['outcome-reply', 'T11', '2026-03-06', '2026-03-07'],
    ],
  },
  {
    name: 'T11 offer after both check-ins opened: the final one is cut at the offer day',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'offer', date: '2026-03-20' } },
    // T5 Tue 2026-03-10 … Mon 2026-03-16 (before O Fri 2026-03-20, unchanged); T8 Tue 2026-03-17 … Mon 2026-03-23
    // cut to Fri 2026-03-20. Reply Fri 2026-03-20 … Sat 2026-03-21. Nothing after an offer.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-03-20'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-20'],
      ['outcome-reply', 'T11', '2026-03-20', '2026-03-21'],
    ],
  },
  {
    name: 'T11 withdrawal before any check-in: only the reply follows',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'withdrawal', date: '2026-03-05' } },
    // O Thu 2026-03-05; T5 would open Tue 2026-03-10: dropped. Reply Thu 2026-03-05 … Fri 2026-03-06. Nothing after.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-03-06'],
      ['outcome-reply', 'T11', '2026-03-05', '2026-03-06'],
    ],
  },
  {
    name: 'T11 rejection: the check-in that already opened is cut, the final one dropped, T10 from the outcome',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'rejection', date: '2026-03-11' } },
    // O Wed 2026-03-11. T5 Tue 2026-03-10 … Mon 2026-03-16 cut to Wed 2026-03-11; T8 Tue 2026-03-17 > O dropped.
    // Reply Wed 2026-03-11 … Thu 2026-03-12. T10 from O: +30 Fri 2026-04-10; +60 Sun 2026-05-10.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-08'],
      ['check-in', 'T5', '2026-03-10', '2026-03-11'],
      ['outcome-reply', 'T11', '2026-03-11', '2026-03-12'],
      ['stay-in-touch', 'T10', '2026-04-10', '2026-05-08'],
    ],
  },
  {
    name: 'T11 rejection on the day the check-in opens: that check-in stays (it may be sent), the reply comes after it',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'rejection', date: '2026-03-10' } },
    // O Tue 2026-03-10 = T5 opening day Tue 2026-03-10: not after O, so it stays, cut to Tue 2026-03-10.
    // T8 Tue 2026-03-17 > O: dropped. Reply Tue 2026-03-10 … Wed 2026-03-11, after the check-in on the same day.
    // T10 from O: +30 Thu 2026-04-09; +60 Sat 2026-05-09.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-08'],
      ['check-in', 'T5', '2026-03-10', '2026-03-10'],
      ['outcome-reply', 'T11', '2026-03-10', '2026-03-11'],
      ['stay-in-touch', 'T10', '2026-04-09', '2026-05-08'],
    ],
  },
  {
    name: 'T11 rejection in the room: the thank-you is the reply; T10 from the interview day',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'rejection', date: '2026-03-02' } },
    // O = I Mon 2026-03-02: no separate reply, no check-ins. T10: +30 Wed 2026-04-01; +60 Fri 2026-05-01.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-01'],
      ['stay-in-touch', 'T10', '2026-04-01', '2026-05-01'],
    ],
  },
  {
    name: 'T11 offer on the spot: thank-you and LinkedIn only',
    input: { interviewDate: '2026-03-02', outcome: { kind: 'offer', date: '2026-03-02' } },
    // O = I Mon 2026-03-02: the thank-you accepts; nothing further after an offer.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-03-03'],
    ],
  },
  {
    name: 'T11 GB at the year end: rejection on Christmas Eve; T10 after the holidays',
    input: { interviewDate: '2026-12-07', region: 'GB', outcome: { kind: 'rejection', date: '2026-12-24' } },
    // I Mon 2026-12-07. T5 I+8 Tue 2026-12-15 … I+14 Mon 2026-12-21 (before O Thu 2026-12-24: unchanged).
    // T8 Tue 2026-12-22 … nbd(Mon 2026-12-28, substitute) = Tue 2026-12-29, cut to Thu 2026-12-24.
    // Reply Thu 2026-12-24 … Fri 2026-12-25. T10: +30 Sat 2027-01-23 → Mon 2027-01-25; +60 Mon 2027-02-22.
    steps: [
      ['thank-you', 'T1', '2026-12-07', '2026-12-08'],
      ['linkedin', 'T12', '2026-12-07', '2027-02-22'],
      ['check-in', 'T5', '2026-12-15', '2026-12-21'],
      ['final-check-in', 'T8', '2026-12-22', '2026-12-24'],
      ['outcome-reply', 'T11', '2026-12-24', '2026-12-25'],
      ['stay-in-touch', 'T10', '2027-01-25', '2027-02-22'],
    ],
  },
  {
    name: 'outside the holiday table (2031, US): weekends only, with a notice',
    input: { interviewDate: '2031-03-03', region: 'US' },
    // I Mon 2031-03-03. T5: I+8 Tue 2031-03-11; I+14 Mon 2031-03-17. T8: Tue 2031-03-18 … Mon 2031-03-24.
    // T10: L = Tue 2031-03-18; +30 Thu 2031-04-17; +60 Sat 2031-05-17.
    steps: [
      ['thank-you', 'T1', '2031-03-03', '2031-03-04'],
      ['linkedin', 'T12', '2031-03-03', '2031-05-16'],
      ['check-in', 'T5', '2031-03-11', '2031-03-17'],
      ['final-check-in', 'T8', '2031-03-18', '2031-03-24'],
      ['stay-in-touch', 'T10', '2031-04-17', '2031-05-16'],
    ],
    notices: ['Public holidays for 2031 are not known, so only weekends are skipped for dates in that year.'],
  },
  {
    name: 'a plan running from the last known year into an unknown one gets the notice',
    input: { interviewDate: '2030-12-16', region: 'US' },
    // I Mon 2030-12-16. T5: I+8 Tue 2030-12-24 (Christmas Eve is no federal holiday); I+14 Mon 2030-12-30.
    // T8: Tue 2030-12-31 … Mon 2031-01-06. T10: L = Tue 2030-12-31; +30 Thu 2031-01-30; +60 Sat 2031-03-01.
    steps: [
      ['thank-you', 'T1', '2030-12-16', '2030-12-17'],
      ['linkedin', 'T12', '2030-12-16', '2031-02-28'],
      ['check-in', 'T5', '2030-12-24', '2030-12-30'],
      ['final-check-in', 'T8', '2030-12-31', '2031-01-06'],
      ['stay-in-touch', 'T10', '2031-01-30', '2031-02-28'],
    ],
    notices: ['Public holidays for 2031 are not known, so only weekends are skipped for dates in that year.'],
  },
  {
    name: 'region none needs no holidays, so 2031 gets no notice',
    input: { interviewDate: '2031-03-03', region: 'none' },
    // As the US case above, without the notice.
    steps: [
      ['thank-you', 'T1', '2031-03-03', '2031-03-04'],
      ['linkedin', 'T12', '2031-03-03', '2031-05-16'],
      ['check-in', 'T5', '2031-03-11', '2031-03-17'],
      ['final-check-in', 'T8', '2031-03-18', '2031-03-24'],
      ['stay-in-touch', 'T10', '2031-04-17', '2031-05-16'],
    ],
  },
  {
    name: 'empty form fields count as not given',
    input: { interviewDate: '2026-03-02', interviewEnd: '', region: '', decisionDate: '', checkInDate: '', offerDeadline: '', today: '' } as unknown as PlanInput,
    // Same as the first case.
    steps: [
      ['thank-you', 'T1', '2026-03-02', '2026-03-03'],
      ['linkedin', 'T12', '2026-03-02', '2026-05-15'],
      ['check-in', 'T5', '2026-03-10', '2026-03-16'],
      ['final-check-in', 'T8', '2026-03-17', '2026-03-23'],
      ['stay-in-touch', 'T10', '2026-04-16', '2026-05-15'],
    ],
  },
];

describe('planFollowUps: hand-worked plans', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name', ({ input, steps, notices }) => {
    const plan = planFollowUps(input);
    expect(stepsOf(plan).map(summary)).toEqual(steps);
    expect(plan.ok && plan.notices).toEqual(notices ?? undefined);
  });
});

describe('planFollowUps: T1 deadline', () => {
  it.each([
    // [interview date, end time, deadline expected, thank-you until]
    // Mon 2026-03-02 14:30 + 24 h = Tue 2026-03-03 14:30.
    ['2026-03-02', '14:30', '2026-03-03T14:30', '2026-03-03'],
    // Fri 2026-03-06 23:59 + 24 h = Sat 2026-03-07 23:59: a weekend does not move it.
    ['2026-03-06', '23:59', '2026-03-07T23:59', '2026-03-07'],
    // Thu 2026-12-31 00:00 + 24 h = Fri 2027-01-01 00:00.
    ['2026-12-31', '00:00', '2027-01-01T00:00', '2027-01-01'],
    // Mon 2028-02-28 16:00 + 24 h = Tue 2028-02-29 16:00 (leap day).
    ['2028-02-28', '16:00', '2028-02-29T16:00', '2028-02-29'],
    // Sun 2027-02-28 09:05 + 24 h = Mon 2027-03-01 09:05 (no leap day in 2027).
    ['2027-02-28', '09:05', '2027-03-01T09:05', '2027-03-01'],
  ])('%s ending %s → deadline %s', (interviewDate, interviewEnd, deadline, until) => {
    const thankYou = stepsOf(planFollowUps({ interviewDate, interviewEnd }))[0];
    expect(thankYou).toMatchObject({ kind: 'thank-you', from: interviewDate, until, deadline });
  });

  it('has no deadline field when no end time is known (the end of the next day)', () => {
    const thankYou = stepsOf(planFollowUps({ interviewDate: '2026-03-02' }))[0];
    expect(thankYou).toEqual({ kind: 'thank-you', rule: 'T1', from: '2026-03-02', until: '2026-03-03', scenario: 'thank-you' });
  });

  it('gives no other step a deadline', () => {
    const steps = stepsOf(planFollowUps({ interviewDate: '2026-03-02', interviewEnd: '10:00', offerDeadline: '2026-03-13' }));
    expect(steps.filter((step) => step.deadline !== undefined).map((step) => step.kind)).toEqual(['thank-you']);
  });
});

describe('planFollowUps: the template each step suggests', () => {
  it.each([
    // [outcome, kind of the step carrying it, scenario expected]
    [{ kind: 'offer', date: '2026-03-05' }, 'outcome-reply', 'thank-you-offer'],
    [{ kind: 'rejection', date: '2026-03-05' }, 'outcome-reply', 'reply-to-rejection'],
    [{ kind: 'withdrawal', date: '2026-03-05' }, 'outcome-reply', 'withdraw'],
    // Told on the interview day: one note (the thank-you) does both jobs.
    [{ kind: 'offer', date: '2026-03-02' }, 'thank-you', 'thank-you-offer'],
    [{ kind: 'rejection', date: '2026-03-02' }, 'thank-you', 'thank-you-not-a-fit'],
    [{ kind: 'withdrawal', date: '2026-03-02' }, 'thank-you', 'withdraw'],
  ] as const)('%j → %s suggests %s', (outcome, kind, scenario) => {
    const steps = stepsOf(planFollowUps({ interviewDate: '2026-03-02', outcome }));
    expect(steps.find((step) => step.kind === kind)?.scenario).toBe(scenario);
  });

  it('names the template of every other kind of step', () => {
    const steps = stepsOf(planFollowUps({ interviewDate: '2026-03-02', offerDeadline: '2026-03-13' }));
    expect(Object.fromEntries(steps.map((step) => [step.kind, step.scenario]))).toEqual({
      'thank-you': 'thank-you',
      linkedin: 'linkedin-connect',
      'timeline-update': 'timeline-update',
      'check-in': 'check-in',
      'final-check-in': 'final-check-in',
      'stay-in-touch': 'stay-in-touch',
    });
  });
});

describe('planFollowUps: the LinkedIn step has no closing day', () => {
  it('is flexible, from the interview day to the plan’s last business day', () => {
    // I Mon 2026-03-02, no region: the plan ends with T10 Thu 2026-04-16 … pbd(Sat 2026-05-16) = Fri 2026-05-15.
    const linkedIn = stepsOf(planFollowUps({ interviewDate: '2026-03-02' })).find((step) => step.kind === 'linkedin');
    expect(linkedIn).toEqual({ kind: 'linkedin', rule: 'T12', from: '2026-03-02', until: '2026-05-15', scenario: 'linkedin-connect', flexible: true });
  });

  it('starts on the next business day after a Saturday interview, while the thank-you keeps its calendar hours', () => {
    // I Sat 2026-03-07: T1 counts hours, Sat … Sun 2026-03-08; T12 opens Mon 2026-03-09.
    const steps = stepsOf(planFollowUps({ interviewDate: '2026-03-07' }));
    expect(summary(steps[0] as Step)).toEqual(['thank-you', 'T1', '2026-03-07', '2026-03-08']);
    expect(steps.find((step) => step.kind === 'linkedin')?.from).toBe('2026-03-09');
  });
});

describe('planFollowUps: public holidays inside a step’s window', () => {
  it('names Thanksgiving inside the check-in window and New Year’s Day and Martin Luther King Jr. Day inside T10', () => {
    // I Mon 2026-11-16, US. T5: Tue 2026-11-24 … Mon 2026-11-30, with Thu 2026-11-26 Thanksgiving inside.
    // T8: Tue 2026-12-01 … Mon 2026-12-07, no holiday. T10: L = Tue 2026-12-01; +30 Thu 2026-12-31;
    // +60 Sat 2027-01-30 → Fri 2027-01-29: Fri 2027-01-01 and Mon 2027-01-18 inside. LinkedIn (flexible) names none.
    const steps = stepsOf(planFollowUps({ interviewDate: '2026-11-16', region: 'US' }));
    const holidays = Object.fromEntries(steps.map((step) => [step.kind, step.holidays]));
    expect(holidays).toEqual({
      'thank-you': undefined,
      linkedin: undefined,
      'check-in': [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
      'final-check-in': undefined,
      'stay-in-touch': [
        { date: '2027-01-01', name: 'New Year’s Day' },
        { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
      ],
    });
  });

  it('names Thanksgiving when the thank-you’s deadline lands on it', () => {
    // I Wed 2026-11-25 ending 14:00: deadline Thu 2026-11-26 14:00, Thanksgiving; T1 counts hours, so it stays.
    const thankYou = stepsOf(planFollowUps({ interviewDate: '2026-11-25', interviewEnd: '14:00', region: 'US' }))[0];
    expect(thankYou?.deadline).toBe('2026-11-26T14:00');
    expect(thankYou?.holidays).toEqual([{ date: '2026-11-26', name: 'Thanksgiving Day' }]);
  });

  it('names none with region none, and none on a weekend (Independence Day 2026 is a Saturday; Friday is the holiday)', () => {
    expect(stepsOf(planFollowUps({ interviewDate: '2026-11-16' })).some((step) => step.holidays)).toBe(false);
    // I Thu 2026-07-02 ending 10:00, US: thank-you Thu … Fri 2026-07-03 (observed), then Sat 2026-07-04 is outside.
    const thankYou = stepsOf(planFollowUps({ interviewDate: '2026-07-02', interviewEnd: '10:00', region: 'US' }))[0];
    expect(thankYou?.holidays).toEqual([{ date: '2026-07-03', name: 'Independence Day (substitute day)' }]);
  });
});

/** [what is wrong, input, every error expected as [field, start of the message]] */
type ErrorCase = [string, unknown, [string, string][]];

const ERROR_CASES: ErrorCase[] = [
  ['no input at all', undefined, [['interviewDate', 'Enter the date of your interview.']]],
  ['null input', null, [['interviewDate', 'Enter the date of your interview.']]],
  ['a string instead of an object', '2026-03-02', [['interviewDate', 'Enter the date of your interview.']]],
  ['an array instead of an object', ['2026-03-02'], [['interviewDate', 'Enter the date of your interview.']]],
  ['no interview date', {}, [['interviewDate', 'Enter the date of your interview.']]],
  ['an impossible date', { interviewDate: '2026-02-30' }, [['interviewDate', 'That date doesn’t exist.']]],
  ['29 February in a common year', { interviewDate: '2027-02-29' }, [['interviewDate', 'That date doesn’t exist.']]],
  ['month 13', { interviewDate: '2026-13-01' }, [['interviewDate', 'That date doesn’t exist.']]],
  ['a date without leading zeros', { interviewDate: '2026-3-2' }, [['interviewDate', 'Enter the date as year, month and day']]],
  ['a number instead of a date', { interviewDate: 20260302 }, [['interviewDate', 'Enter the date as year, month and day']]],
  ['a Date object instead of a string', { interviewDate: new Date(0) }, [['interviewDate', 'Enter the date as year, month and day']]],
  ['a year out of range', { interviewDate: '1066-10-14' }, [['interviewDate', 'Check the year']]],
  ['an end time past 23:59', { interviewDate: '2026-03-02', interviewEnd: '24:00' }, [['interviewEnd', 'Enter the time the interview ended']]],
  ['an end time without a leading zero', { interviewDate: '2026-03-02', interviewEnd: '9:30' }, [['interviewEnd', 'Enter the time the interview ended']]],
  ['an end time in 12-hour form', { interviewDate: '2026-03-02', interviewEnd: '2:30 PM' }, [['interviewEnd', 'Enter the time the interview ended']]],
  ['an end time as a number', { interviewDate: '2026-03-02', interviewEnd: 1430 }, [['interviewEnd', 'Enter the time the interview ended']]],
  ['an unknown region', { interviewDate: '2026-03-02', region: 'FR' }, [['region', 'Choose a holiday region']]],
  ['a region in lower case', { interviewDate: '2026-03-02', region: 'us' }, [['region', 'Choose a holiday region']]],
  ['a region as a number', { interviewDate: '2026-03-02', region: 1 }, [['region', 'Choose a holiday region']]],
  ['a decision date before the interview', { interviewDate: '2026-03-02', decisionDate: '2026-03-01' }, [['decisionDate', 'The decision date is before your interview.']]],
  ['an impossible decision date', { interviewDate: '2026-03-02', decisionDate: '2026-04-31' }, [['decisionDate', 'That date doesn’t exist.']]],
  ['a check-in date before the interview', { interviewDate: '2026-03-02', checkInDate: '2026-02-27' }, [['checkInDate', 'The check-in date is before your interview.']]],
  ['noContact as text', { interviewDate: '2026-03-02', noContact: 'yes' }, [['noContact', 'Answer yes or no']]],
  ['an offer deadline before the interview', { interviewDate: '2026-03-02', offerDeadline: '2026-02-28' }, [['offerDeadline', 'The other offer’s deadline is before your interview.']]],
  // Without today, the interview day is today: a deadline that day has passed for planning.
  ['an offer deadline on the interview day', { interviewDate: '2026-03-02', offerDeadline: '2026-03-02' }, [['offerDeadline', 'The other offer’s deadline must be after today.']]],
  ['an offer deadline already past', { interviewDate: '2026-03-02', today: '2026-03-10', offerDeadline: '2026-03-09' }, [['offerDeadline', 'The other offer’s deadline must be after today.']]],
  ['an offer deadline today', { interviewDate: '2026-03-02', today: '2026-03-10', offerDeadline: '2026-03-10' }, [['offerDeadline', 'The other offer’s deadline must be after today.']]],
  // today Sat 2026-03-07 → next business day Mon 2026-03-09; X Mon 2026-03-09 → business day before Fri 2026-03-06.
  ['an offer deadline too close for a business day ahead', { interviewDate: '2026-03-02', today: '2026-03-07', offerDeadline: '2026-03-09' }, [['offerDeadline', 'The other offer’s deadline is too close']]],
  // US: today Thu 2026-07-02; X Fri 2026-07-03 is itself the observed holiday; the business day before is Thu 07-02 = from: fine.
  // X Mon 2026-07-06 with today Fri 2026-07-03 → from Mon 07-06, until Thu 07-02: empty.
  ['an offer deadline right after a holiday weekend', { interviewDate: '2026-06-29', today: '2026-07-03', offerDeadline: '2026-07-06', region: 'US' }, [['offerDeadline', 'The other offer’s deadline is too close']]],
  ['an outcome given as text', { interviewDate: '2026-03-02', outcome: 'offer' }, [['outcome', 'Choose what happened']]],
  ['an unknown outcome', { interviewDate: '2026-03-02', outcome: { kind: 'hired', date: '2026-03-05' } }, [['outcome.kind', 'Choose what happened']]],
  ['an outcome without a date', { interviewDate: '2026-03-02', outcome: { kind: 'offer' } }, [['outcome.date', 'Enter the date you heard the outcome']]],
  ['an outcome dated before the interview', { interviewDate: '2026-03-02', outcome: { kind: 'rejection', date: '2026-03-01' } }, [['outcome.date', 'The outcome date is before your interview.']]],
  ['an outcome with an impossible date', { interviewDate: '2026-03-02', outcome: { kind: 'rejection', date: '2026-02-29' } }, [['outcome.date', 'That date doesn’t exist.']]],
  ['an empty outcome object', { interviewDate: '2026-03-02', outcome: {} }, [['outcome.kind', 'Choose what happened'], ['outcome.date', 'Enter the date you heard the outcome']]],
  ['an invalid today', { interviewDate: '2026-03-02', today: 'tomorrow' }, [['today', 'Enter the date as year, month and day']]],
  [
    'several problems at once, each reported',
    { interviewDate: '2026-02-30', interviewEnd: '7pm', region: 'XX', decisionDate: '2026-02-31', outcome: { kind: 'maybe', date: 'soon' } },
    [
      ['interviewDate', 'That date doesn’t exist.'],
      ['interviewEnd', 'Enter the time the interview ended'],
      ['region', 'Choose a holiday region'],
      ['decisionDate', 'That date doesn’t exist.'],
      ['outcome.kind', 'Choose what happened'],
      ['outcome.date', 'Enter the date as year, month and day'],
    ],
  ],
  [
    'dates before the interview, each tied to its field',
    { interviewDate: '2026-03-10', decisionDate: '2026-03-09', checkInDate: '2026-03-01', offerDeadline: '2026-03-02', outcome: { kind: 'offer', date: '2026-03-03' } },
    [
      ['decisionDate', 'The decision date is before your interview.'],
      ['checkInDate', 'The check-in date is before your interview.'],
      ['offerDeadline', 'The other offer’s deadline is before your interview.'],
      ['outcome.date', 'The outcome date is before your interview.'],
    ],
  ],
];

describe('planFollowUps: input errors', () => {
  it.each(ERROR_CASES)('%s', (_what, input, expected) => {
    const plan = planFollowUps(input as PlanInput);
    expect(plan.ok).toBe(false);
    const errors = plan.ok ? [] : plan.errors;
    expect(errors.map((error) => error.field)).toEqual(expected.map(([field]) => field));
    errors.forEach((error, index) => {
      expect(error.message.startsWith(expected[index]?.[1] ?? '∅'), `${error.message}`).toBe(true);
      expect(error.message).toMatch(/^[A-Z].*\.$/);
    });
  });

  it('accepts dates equal to the interview day', () => {
    // D = C = O = I Mon 2026-03-02: all allowed (not before the interview).
    const plan = planFollowUps({ interviewDate: '2026-03-02', decisionDate: '2026-03-02', checkInDate: '2026-03-02' });
    expect(plan.ok).toBe(true);
  });

  it('ignores properties it does not know', () => {
    const plan = planFollowUps({ interviewDate: '2026-03-02', colour: 'blue' } as unknown as PlanInput);
    expect(plan.ok).toBe(true);
  });

  it('survives a getter that throws', () => {
    const hostile = Object.defineProperty({}, 'interviewDate', {
      get() {
        throw new Error('boom');
      },
    });
    const plan = planFollowUps(hostile as PlanInput);
    expect(plan).toEqual({ ok: false, errors: [{ field: 'interviewDate', message: expect.any(String) }] });
  });
});
