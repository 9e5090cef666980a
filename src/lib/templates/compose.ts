// From a valid input and its panel plan to the finished note: context, the scenario's sentences, then the channel's layout.
import { buildContext, type NotePlan, type Writing } from './context';
import { layoutNote } from './layout';
import type { ScenarioTemplate } from './scenario';
import { tidy } from './text';
import type { ValidInput } from './validate';
import { letterDate } from './when';
import type { Rendered } from './types';

/** The letter's date: the day of writing when known, else the interview day for notes written the same day, else none. */
function dateLine(input: ValidInput, { today, locale }: Writing, recent: boolean): string {
  if (today) return letterDate(today, locale);
  return recent && input.interviewDate ? letterDate(input.interviewDate, locale) : '';
}

/**
 * The note for an input that passed validation, in its scenario's wording and its plan's slot; a LinkedIn note whose
 * detail cannot fit is a field error.
 * @example composeNote(valid, { locale: 'en-US' }, { slot: { x: 0, y: 0 }, useFit: true }, thankYou).ok // true
 */
export function composeNote(input: ValidInput, writing: Writing, plan: NotePlan, template: ScenarioTemplate): Rendered {
  const context = buildContext(input, writing, plan, template.recent);
  const subject = tidy(template.subject(context));
  return layoutNote(input, context, subject, dateLine(input, writing, template.recent), template.draft(context));
}
