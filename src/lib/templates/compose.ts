// From a valid, cleaned input to the finished note: context, the scenario's sentences, then the channel's layout.
import { isIsoDate } from '../dates';
import { DEFAULT_LOCALE, isLocale } from '../locale';
import { buildContext, type RenderOptions } from './context';
import { layoutNote } from './layout';
import type { ScenarioTemplate } from './scenario';
import { tidy } from './text';
import type { CleanInput } from './validate';
import { letterDate } from './when';
import type { Note } from './types';

/** The letter's date: the day of writing when known, else the interview day for notes written the same day, else none. */
function dateLine(input: CleanInput, options: RenderOptions, recent: boolean): string {
  const locale = isLocale(options.locale) ? options.locale : DEFAULT_LOCALE;
  if (isIsoDate(options.today)) return letterDate(options.today, locale);
  return recent && isIsoDate(input.interviewDate) ? letterDate(input.interviewDate, locale) : '';
}

/**
 * The note for an input that passed validation, in its scenario's wording.
 * @example composeNote(cleanInput(sampleInput('thank-you', 'card', 'warm')), {}, thankYou).greeting // 'Dear Dana,'
 */
export function composeNote(input: CleanInput, options: RenderOptions, template: ScenarioTemplate): Note {
  const context = buildContext(input, options, template.recent);
  const subject = tidy(template.subject(context));
  return layoutNote(input, context, subject, dateLine(input, options, template.recent), template.draft(context));
}
