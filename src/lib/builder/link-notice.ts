// What the builder tells the person about a link's values: the ones refused (each named, with why) and the saved answers a link changed. Loaded only when a link brought values, so the builder's first load stays small.
import { TITLE_MAX } from '../templates/limits';
import type { BuilderDraft } from './draft';
import type { PrefillKey, PrefillValues } from './prefill';

/** How the page names each field a link can fill in, and why a value for it can be refused. */
const LINK_FIELDS: Readonly<Record<PrefillKey, { name: string; refused: string }>> = {
  scenario: { name: 'the situation', refused: 'not one this page knows' },
  channel: { name: 'how you send it', refused: 'not a way this page knows' },
  tone: { name: 'the tone', refused: 'not formal or warm' },
  interviewDate: { name: 'the interview date', refused: 'not a real date' },
  offerDeadline: { name: 'the other offer’s deadline', refused: 'not a real date' },
  startDate: { name: 'the start date', refused: 'not a real date' },
  company: { name: 'the company', refused: `empty or longer than ${TITLE_MAX} characters` },
  role: { name: 'the job title', refused: `empty or longer than ${TITLE_MAX} characters` },
};

/**
 * What to tell the person about the link's values that were refused, each named with why; '' when none was.
 * @example refusedNotice(['interviewDate']) // 'Part of the link could not be used, so it was left out: the interview date (not a real date).'
 */
export function refusedNotice(rejected: readonly PrefillKey[]): string {
  if (rejected.length === 0) return '';
  const named = rejected.map((key) => `${LINK_FIELDS[key].name} (${LINK_FIELDS[key].refused})`).join('; ');
  return `Part of the link could not be used, so it was left out: ${named}.`;
}

/**
 * The fields a link would change in a saved draft, by how the page names them.
 * @example changedByLink(draft, { scenario: 'check-in' }) // ['the situation'] when the draft was a thank-you
 */
export function changedByLink(draft: BuilderDraft, values: PrefillValues): string[] {
  return (Object.keys(LINK_FIELDS) as PrefillKey[]).filter((key) => values[key] !== undefined && values[key] !== draft[key]).map((key) => LINK_FIELDS[key].name);
}
