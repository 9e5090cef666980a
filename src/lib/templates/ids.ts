// The scenario, channel and tone ids and the honorifics as lists, with type guards for values from forms, URLs or untyped callers.
import type { Channel, ScenarioId, Tone } from './types';

/** Every scenario, in the order a job search meets them (docs/architecture.md, The engine). */
export const SCENARIO_IDS: readonly ScenarioId[] = [
  'thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw', 'reply-to-rejection',
  'check-in', 'final-check-in', 'timeline-update', 'stay-in-touch', 'linkedin-connect',
];
export const CHANNEL_IDS: readonly Channel[] = ['email', 'letter', 'card', 'linkedin'];
export const TONE_IDS: readonly Tone[] = ['formal', 'warm'];

/** Optional inputs a scenario makes use of (the builder shows only these). */
export type OptionalField = 'interviewDate' | 'detail' | 'fit' | 'promised' | 'news' | 'offerDeadline' | 'startDate' | 'others';

/** The optional inputs each scenario uses, in the order the builder asks for them. */
export const SCENARIO_FIELDS: Readonly<Record<ScenarioId, readonly OptionalField[]>> = {
  'thank-you': ['interviewDate', 'detail', 'fit', 'promised', 'others'],
  'thank-you-offer': ['interviewDate', 'detail', 'fit', 'startDate', 'promised', 'others'],
  'thank-you-not-a-fit': ['interviewDate', 'detail', 'promised', 'others'],
  withdraw: ['interviewDate', 'detail', 'others'],
  'reply-to-rejection': ['interviewDate', 'detail', 'others'],
  'check-in': ['interviewDate', 'detail', 'fit'],
  'final-check-in': ['interviewDate', 'detail'],
  'timeline-update': ['interviewDate', 'offerDeadline', 'detail'],
  'stay-in-touch': ['interviewDate', 'news', 'detail'],
  'linkedin-connect': ['interviewDate', 'detail'],
};

/** True when the scenario's note uses that optional input. */
export function usesField(scenario: ScenarioId | undefined, field: OptionalField): boolean {
  return scenario !== undefined && SCENARIO_FIELDS[scenario].includes(field);
}

/** Honorifics a form may offer, in the form the greeting prints. */
export const HONORIFICS = ['Dr.', 'Ms.', 'Mr.', 'Mrs.', 'Mx.', 'Professor'] as const;

/** The thank-you scenarios: four parts (C1), the thank-you length (C2), sent within a day (T1). */
export const THANK_YOU_SCENARIOS: readonly ScenarioId[] = ['thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw'];

/** @example isScenarioId('check-in') // true */
export function isScenarioId(value: unknown): value is ScenarioId {
  return SCENARIO_IDS.includes(value as ScenarioId);
}

/** @example isChannel('card') // true */
export function isChannel(value: unknown): value is Channel {
  return CHANNEL_IDS.includes(value as Channel);
}

/** @example isTone('warm') // true */
export function isTone(value: unknown): value is Tone {
  return TONE_IDS.includes(value as Tone);
}
