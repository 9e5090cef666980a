// Reading a NoteInput from any caller, once: cleanInput() never fails and trims every field; inputErrors() lists what must be fixed, tied to the field; validateInput() gives the typed ValidInput the rest of the engine trusts.
import { compareDates, isIsoDate } from '../dates';
import { isChannel, isScenarioId, isTone } from './ids';
import { NAME_MAX, OTHERS_MAX, TEXT_MAX, TITLE_MAX } from './limits';
import { splitName, type PersonName } from './names';
import { oneLine } from './one-line';
import { hasWords } from './text';
import type { Channel, FieldError, ScenarioId, Tone } from './types';

export { NAME_MAX, OTHERS_MAX, TEXT_MAX, TITLE_MAX } from './limits';

/** The input with every text trimmed to one line ('' when missing or not text). */
/** An input that passed inputErrors(): the choices are made, and each date is '' or a real 'YYYY-MM-DD'. */
export interface ValidInput extends CleanInput {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
}

export type Validated = { ok: true; input: ValidInput } | { ok: false; errors: FieldError[] };

export interface CleanInput {
  scenario?: ScenarioId;
  channel?: Channel;
  tone?: Tone;
  you: { name: string; email: string; phone: string; address: string[] };
  interviewer: { typedName: string; name: PersonName; title: string; email: string };
  company: string;
  role: string;
  interviewDate: string;
  detail: string;
  fit: string;
  connection: string;
  promised: string;
  news: string;
  offerDeadline: string;
  startDate: string;
  others: string[];
}

const EMAIL_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * True for a plain ASCII email address such as mail apps accept (no display name, no spaces).
 * @example isEmailAddress('sam.lee@example.com') // true
 */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL_ADDRESS.test(value) && !value.includes('..');
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function addressLines(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split(/\r\n|\r|\n/).map(oneLine).filter(Boolean);
}

function otherNames(value: unknown, interviewer: string): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map(oneLine).filter((name) => hasWords(name) && name !== interviewer);
  return [...new Set(names)];
}

/**
 * The input, cleaned field by field; never throws, whatever it is given.
 * @example cleanInput(null).company // ''
 */
export function cleanInput(raw: unknown): CleanInput {
  const input = record(raw);
  const you = record(input.you);
  const interviewer = record(input.interviewer);
  const typedName = oneLine(interviewer.name);
  return {
    ...(isScenarioId(input.scenario) ? { scenario: input.scenario } : {}),
    ...(isChannel(input.channel) ? { channel: input.channel } : {}),
    ...(isTone(input.tone) ? { tone: input.tone } : {}),
    you: { name: oneLine(you.name), email: oneLine(you.email), phone: oneLine(you.phone), address: addressLines(you.address) },
    interviewer: {
      typedName,
      name: splitName(typedName, oneLine(interviewer.honorific)),
      title: oneLine(interviewer.title),
      email: oneLine(interviewer.email),
    },
    company: oneLine(input.company),
    role: oneLine(input.role),
    interviewDate: oneLine(input.interviewDate),
    detail: oneLine(input.detail),
    fit: oneLine(input.fit),
    connection: oneLine(input.connection),
    promised: oneLine(input.promised),
    news: oneLine(input.news),
    offerDeadline: oneLine(input.offerDeadline),
    startDate: oneLine(input.startDate),
    others: otherNames(input.others, typedName).slice(0, OTHERS_MAX),
  };
}

function requiredText(field: string, value: string, max: number, missing: string, tooLong: string): FieldError[] {
  if (!hasWords(value)) return [{ field, message: missing }];
  return value.length > max ? [{ field, message: tooLong }] : [];
}

function optionalText(field: string, value: string, what: string): FieldError[] {
  return value.length > TEXT_MAX ? [{ field, message: `${what} is too long. Keep it under ${TEXT_MAX} characters.` }] : [];
}

function dateErrors(field: string, value: string, what: string): FieldError[] {
  if (!value || isIsoDate(value)) return [];
  return [{ field, message: `The ${what} is not a real date. Pick it again, or write it like 2026-11-17.` }];
}

function emailErrors(field: string, value: string, whose: string): FieldError[] {
  if (!value || isEmailAddress(value)) return [];
  return [{ field, message: `${whose} email address does not look right. Check it, or leave it empty.` }];
}

function orderErrors(input: CleanInput, today: string | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const interview = isIsoDate(input.interviewDate) ? input.interviewDate : undefined;
  const { offerDeadline, startDate } = input;
  if (interview && isIsoDate(offerDeadline) && compareDates(offerDeadline, interview) < 0) {
    errors.push({ field: 'offerDeadline', message: 'The offer deadline is before the interview date. Check both dates.' });
  } else if (today && isIsoDate(offerDeadline) && compareDates(offerDeadline, today) < 0) {
    errors.push({ field: 'offerDeadline', message: 'The offer deadline has already passed. Check the date.' });
  }
  if (interview && isIsoDate(startDate) && compareDates(startDate, interview) < 0) {
    errors.push({ field: 'startDate', message: 'The start date is before the interview date. Check both dates.' });
  }
  return errors;
}

function choiceErrors(input: CleanInput): FieldError[] {
  return [
    ...(input.scenario ? [] : [{ field: 'scenario', message: 'Choose what the note is for.' }]),
    ...(input.channel ? [] : [{ field: 'channel', message: 'Choose how you will send it: email, letter, card or LinkedIn.' }]),
    ...(input.tone ? [] : [{ field: 'tone', message: 'Choose a tone: formal or warm.' }]),
  ];
}

function interviewerNameErrors(input: CleanInput): FieldError[] {
  const typed = input.interviewer.typedName;
  if (hasWords(typed) && !hasWords(input.interviewer.name.first)) {
    return [{ field: 'interviewer.name', message: 'Type the interviewer’s name as well as their title, like “Dr. Jane Roe”.' }];
  }
  return requiredText('interviewer.name', typed, NAME_MAX, 'Type the name of the person who interviewed you.',
    `The interviewer’s name is too long. Keep it under ${NAME_MAX} characters.`);
}

/**
 * Everything the job seeker must fix before a note can be written, several at once; [] when the input is fine.
 * @example inputErrors(cleanInput({})).map((error) => error.field) // ['scenario', 'channel', 'tone', 'you.name', …]
 */
export function inputErrors(input: CleanInput, today?: string): FieldError[] {
  return [
    ...choiceErrors(input),
    ...requiredText('you.name', input.you.name, NAME_MAX, 'Type your name as you want to sign the note.',
      `Your name is too long. Keep it under ${NAME_MAX} characters.`),
    ...emailErrors('you.email', input.you.email, 'Your'),
    ...optionalText('you.phone', input.you.phone, 'Your phone number'),
    ...optionalText('you.address', input.you.address.join(' '), 'Your address'),
    ...interviewerNameErrors(input),
    ...optionalText('interviewer.title', input.interviewer.title, 'The interviewer’s job title'),
    ...emailErrors('interviewer.email', input.interviewer.email, 'The interviewer’s'),
    ...requiredText('company', input.company, TITLE_MAX, 'Type the name of the company.',
      `The company name is too long. Keep it under ${TITLE_MAX} characters.`),
    ...requiredText('role', input.role, TITLE_MAX, 'Type the job title you interviewed for.',
      `The job title is too long. Keep it under ${TITLE_MAX} characters.`),
    ...dateErrors('interviewDate', input.interviewDate, 'interview date'),
    ...dateErrors('offerDeadline', input.offerDeadline, 'offer deadline'),
    ...dateErrors('startDate', input.startDate, 'start date'),
    ...orderErrors(input, today),
    ...optionalText('detail', input.detail, 'The detail'),
    ...optionalText('fit', input.fit, 'How you fit'),
    ...optionalText('connection', input.connection, 'How this connects to you'),
    ...optionalText('promised', input.promised, 'What you promised'),
    ...optionalText('news', input.news, 'The news'),
    ...input.others.some((name) => name.length > NAME_MAX)
      ? [{ field: 'others', message: `One of the other names is too long. Keep each under ${NAME_MAX} characters.` }] : [],
  ];
}

/**
 * Any input, cleaned and checked once: the typed ValidInput, or every field to fix. Never throws.
 * @example validateInput({}).ok // false
 */
export function validateInput(raw: unknown, today?: string): Validated {
  const input = cleanInput(raw);
  const errors = inputErrors(input, today);
  if (errors.length > 0 || !input.scenario || !input.channel || !input.tone) return { ok: false, errors };
  return { ok: true, input: { ...input, scenario: input.scenario, channel: input.channel, tone: input.tone } };
}
