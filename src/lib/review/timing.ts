// The coach's timing checks, when the moment of review is known: a thank-you within T1 (and a line owning up when it is late), a check-in inside its window (T4, T5, T8) that asks a clear question.
import { addBusinessDays, nextBusinessDay } from '../business-days';
import { addDays, compareDates, daysBetween, isIsoDate, laterDate } from '../dates';
import { RULES } from '../rules';
import { dayInWords } from '../templates/when';
import type { ScenarioId } from '../templates/types';
import type { Review } from './context';
import { pass, warn, type Finding } from './finding';

const THANK_YOU_GRACE_DAYS = Math.ceil(RULES.T1.numbers.hours / 24);
/** Scenarios whose note answers T1 (a thank-you for the interview itself). */
const T1_SCENARIOS: readonly ScenarioId[] = ['thank-you', 'thank-you-offer', 'thank-you-not-a-fit'];
/** Words that own up to a late note: an apology, "belated", or the note itself called late (never "late deliveries"). */
const OWNS_UP = /\b(sorry|apolog\w*|belated\w*|overdue|slow to (?:write|reply|send|get)|(?:took|taken) me (?:a while|longer|so long|a few days)|should have (?:written|sent)|(?:note|email|message|thank-you|reply|thanks) (?:is|comes?|arrives?)[^.!?]{0,20}\blate|(?:days?|week) late|late (?:in|with) (?:writing|sending|replying))\b/i;
const ASKS = /\?|\b(could you|would you|can you|let me know|please (?:let|tell|share|update|keep)|any (?:update|news)|an update|wondering|wonder if|(?:love|like|glad|grateful) to (?:hear|know)|appreciate (?:knowing|hearing|an update|any news)|be grateful (?:for|to)|if you (?:could|can) (?:share|tell|let)|would help me|(?:quick|short|brief) (?:word|note|reply|update)|keep me posted|where things stand|next steps)\b/i;

/**
 * T1: a thank-you goes out within a day of the interview; a late one says so (no end time known: by the end of the next day).
 * @example thankYouTiming(makeReview(input, { text }, [], { now: '2026-11-20' }))[0]?.rule // 'T1' (a warn unless the note says it is late)
 */
export function thankYouTiming(review: Review): Finding[] {
  const { input, today, body } = review;
  if (!today || !input.scenario || !T1_SCENARIOS.includes(input.scenario) || !isIsoDate(input.interviewDate)) return [];
  const daysSince = daysBetween(input.interviewDate, today);
  if (daysSince < 0) return [warn('T1', 'The interview date is after today. Check the date.', { field: 'interviewDate' })];
  if (daysSince <= THANK_YOU_GRACE_DAYS) return [pass('T1', `You are on time: send it today, within ${RULES.T1.numbers.hours} hours of the interview.`)];
  if (OWNS_UP.test(body)) return [pass('T1', 'Your note is late, and it says so kindly: send it today.')];
  return [warn('T1', `Your interview was ${daysSince} days ago, past the ${RULES.T1.numbers.hours}-hour mark. Send it today anyway, and add a line such as “I’m sorry this note comes a few days late.”`)];
}

/** The window for a check-in of this scenario: T4 from the decision date, else T5 from the interview; T8 for the final one. */
function window(review: Review, interviewDate: string, final: boolean): { rule: string; from: string; until: string } {
  const { region, decisionDate } = review;
  let rule = 'T5';
  let from: string;
  let until: string;
  if (decisionDate) {
    rule = 'T4';
    from = addBusinessDays(decisionDate, RULES.T4.numbers.startBusinessDays, region);
    until = nextBusinessDay(addDays(decisionDate, RULES.T4.numbers.closeDays), region);
  } else {
    from = nextBusinessDay(addDays(interviewDate, RULES.T5.numbers.startDays), region);
    until = nextBusinessDay(addDays(interviewDate, RULES.T5.numbers.closeDays), region);
  }
  until = laterDate(from, until);
  if (!final) return { rule, from, until };
  const { finalAfterDays } = RULES.T8.numbers;
  return { rule: 'T8', from: nextBusinessDay(addDays(from, finalAfterDays), region), until: nextBusinessDay(addDays(until, finalAfterDays), region) };
}

/**
 * T4, T5, T8: a check-in sent inside its window, and one that asks something.
 * @example checkIn(makeReview(checkInInput, { text }, [], { now: '2026-11-18' })).some((finding) => finding.level === 'warn') // true: too soon
 */
export function checkIn(review: Review): Finding[] {
  const { input, today, body } = review;
  const final = input.scenario === 'final-check-in';
  if (input.scenario !== 'check-in' && !final) return [];
  const findings: Finding[] = [];
  findings.push(ASKS.test(body) ? pass(final ? 'T8' : 'T5', 'Your check-in asks a clear question.')
    : warn(final ? 'T8' : 'T5', 'Ask one clear question, such as “Is there any news on your decision?”, so they know what you need.'));
  if (today && isIsoDate(input.interviewDate)) {
    const { rule, from, until } = window(review, input.interviewDate, final);
    if (compareDates(today, from) < 0) {
      findings.push(warn(rule, final
        ? `It is too soon for a final check-in. Wait until ${dayInWords(from, today)}, a week after the first one.`
        : `It is too soon to check in: ${daysBetween(review.decisionDate ?? input.interviewDate, today)} days have passed. Wait until ${dayInWords(from, today)}.`, { field: 'interviewDate' }));
    } else if (compareDates(today, until) > 0) {
      findings.push(warn(rule, final
        ? `The time for a final check-in ended on ${dayInWords(until, today)}. After this long, a light stay-in-touch note fits better.`
        : `The usual time for a first check-in ended on ${dayInWords(until, today)}. If you have checked in once already, send a final check-in instead; if not, send this one today.`, { field: 'interviewDate' }));
    } else {
      findings.push(pass(rule, `You are checking in at the right time: between ${dayInWords(from, today)} and ${dayInWords(until, today)}.`));
    }
  }
  return findings;
}
