// Who gets a note in each situation, as the guides advise: thank-yous, LinkedIn invites and stay-in-touch notes go to every interviewer; check-ins, timeline updates, a withdrawal and a reply to a rejection go to the main contact only.
import type { ScenarioId } from '../templates/types';
import type { BuilderDraft } from './draft';

/** The situations whose one note goes to the main contact (usually the recruiter or hiring manager), not to each interviewer. */
const ONE_NOTE: readonly ScenarioId[] = ['check-in', 'final-check-in', 'timeline-update', 'withdraw', 'reply-to-rejection'];

/**
 * True when the situation writes one note, to the main contact.
 * @example writesOneNote('check-in') // true
 * @example writesOneNote('thank-you-offer') // false
 */
export function writesOneNote(scenario: ScenarioId): boolean {
  return ONE_NOTE.includes(scenario);
}

/**
 * The id of the card that gets the one note: the chosen main contact while that card is still there, else the first card.
 * @example mainContactId({ contact: 'p3', interviewers: [{ id: 'p1' }, { id: 'p3' }] }) // 'p3'
 */
export function mainContactId(draft: Pick<BuilderDraft, 'contact'> & { interviewers: readonly { id: string }[] }): string {
  const { interviewers, contact } = draft;
  return interviewers.some((person) => person.id === contact) ? contact : interviewers[0]?.id ?? 'p1';
}

/**
 * The ids of the cards that get a note: every card, or only the main contact's for a one-note situation.
 * @example noteCardIds({ scenario: 'check-in', contact: '', interviewers: [{ id: 'p1' }, { id: 'p2' }] }) // ['p1']
 */
export function noteCardIds(draft: Pick<BuilderDraft, 'scenario' | 'contact'> & { interviewers: readonly { id: string }[] }): string[] {
  return writesOneNote(draft.scenario) ? [mainContactId(draft)] : draft.interviewers.map((person) => person.id);
}
