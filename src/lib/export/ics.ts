// Calendar export: the timeline's steps as an RFC 5545 iCalendar file, hand-written to stay small in the browser.
import { addDays, fromDayNumber, isIsoDate, minutesOfDay, toDayNumber } from '../dates';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../locale';
import { RULES } from '../rules';
import { deadlineWords } from '../step-state';
import { stepLabel, stepReason } from '../steps';
import type { Step } from '../timeline';

/** How the calendar file is made. */
export interface IcsOptions {
  /** When the file is made; becomes every event's DTSTAMP (in UTC). Injected so the output is reproducible. */
  now: Date;
  /** Names the calendar and each event, e.g. 'Acme – product designer'; also keeps two interviews' events apart. */
  title?: string;
  /** The right-hand side of every UID; default 'after-the-interview.invalid'. */
  uidDomain?: string;
  /** How each event's text writes its dates ('en-GB': 'Tuesday, 10 March 2026'); 'en-US' by default. */
  locale?: Locale;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const PRODID = '-//After the Interview//Follow-up timeline//EN';
const DEADLINE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * The steps as an iCalendar (.ics) text: one event per step, all-day over from…until, or timed up to a known deadline.
 * @example stepsToIcs(plan.steps, { now: new Date() }) // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function stepsToIcs(steps: readonly Step[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const title = options.title?.trim() ?? '';
  const domain = (options.uidDomain ?? '').replace(/[^A-Za-z0-9.-]/g, '') || 'after-the-interview.invalid';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (title) lines.push(`X-WR-CALNAME:${escapeText(`Follow-ups: ${title}`)}`);
  const locale = isLocale(options.locale) ? options.locale : DEFAULT_LOCALE;
  for (const step of steps) lines.push(...eventLines(step, { stamp, title, domain, locale }));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One VEVENT. A thank-you with a deadline is a timed event from the interview's end to the deadline, in floating
 * local time (no time zone: it is meant for the job seeker's own calendar, in whatever zone they are); a flexible step
 * (no closing day) is an all-day event on its first day only; every other step is an all-day event whose exclusive
 * DTEND is the day after `until`. The description says the deadline in the page's words, then the short reason. */
function eventLines(step: Step, context: { stamp: string; title: string; domain: string; locale: string | undefined }): string[] {
  if (!isIsoDate(step.from) || !isIsoDate(step.until)) throw new RangeError(`Step dates must be YYYY-MM-DD: ${step.from}…${step.until}`);
  const deadline = step.deadline === undefined ? undefined : DEADLINE.exec(step.deadline);
  if (step.deadline !== undefined && (!deadline || !isIsoDate(deadline[1]))) throw new RangeError(`Step deadline must be YYYY-MM-DDTHH:MM: ${step.deadline}`);
  const label = stepLabel(step);
  const kind = String(step.kind).replace(/[^a-z-]/g, '');
  const uidParts = [kind, step.from, step.until, step.deadline?.replace(/\D/g, ''), context.title && hash(context.title)];
  const lines = ['BEGIN:VEVENT', `UID:${uidParts.filter(Boolean).join('-')}@${context.domain}`, `DTSTAMP:${context.stamp}`];
  if (deadline && deadline[1] !== undefined && deadline[2] !== undefined) {
    const end = deadline[1] + deadline[2];
    lines.push(`DTSTART:${localDateTime(minutesBefore(end, RULES.T1.numbers.hours * 60))}`, `DTEND:${localDateTime(end)}`);
  } else {
    const last = step.flexible ? step.from : step.until;
    lines.push(`DTSTART;VALUE=DATE:${compactDate(step.from)}`, `DTEND;VALUE=DATE:${compactDate(addDays(last, 1))}`);
  }
  const when = deadlineWords(step, undefined, context.locale);
  const summary = context.title ? `${label} (${context.title})` : label;
  const description = [`${when.charAt(0).toUpperCase()}${when.slice(1)}.`, stepReason(step)].filter(Boolean).join('\n');
  lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** 'YYYY-MM-DD' → 'YYYYMMDD'. */
function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

/** A date and time 'YYYY-MM-DDHH:MM' moved back by so many minutes. */
function minutesBefore(dateTime: string, minutes: number): string {
  const total = toDayNumber(dateTime.slice(0, 10)) * 1440 + minutesOfDay(dateTime.slice(10)) - minutes;
  const dayNumber = Math.floor(total / 1440);
  const minuteOfDay = total - dayNumber * 1440;
  const time = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
  return fromDayNumber(dayNumber) + time;
}

/** 'YYYY-MM-DDHH:MM' → floating 'YYYYMMDDTHHMM00'. */
function localDateTime(dateTime: string): string {
  return `${compactDate(dateTime.slice(0, 10))}T${dateTime.slice(10).replace(':', '')}00`;
}

/** A UTC timestamp 'YYYYMMDDTHHMMSSZ'. */
function utcStamp(now: Date): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('stepsToIcs needs a valid `now` date');
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A short stable hash (FNV-1a, hex) so events of different interviews get different UIDs. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return (value >>> 0).toString(16);
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon, comma and line breaks; other control
 * characters are dropped, so no raw CR or LF can ever start a new property.
 * @example escapeText('Hi, you;\nthere') // 'Hi\\, you\\;\\nthere'
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** Octets a code point takes in UTF-8 (a lone surrogate is written as U+FFFD, three octets). */
function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded to at most 75 octets per physical line (RFC 5545 §3.1), never inside a UTF-8 character.
 * @example foldLine('A'.repeat(80)) // 'AAA…(75)\r\n AAAAA'
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}
