// The scenario, channel and tone ids and the honorifics as lists, with type guards for values from forms, URLs or untyped callers. The scenario lists come from the registry (scenarios.ts).
import type { OptionalField } from './fields';
import { SCENARIO_REGISTRY } from './scenarios';
import type { Channel, ScenarioId, Tone } from './types';

export type { OptionalField } from './fields';

/** Every scenario, in the order a job search meets them. */
export const SCENARIO_IDS = Object.keys(SCENARIO_REGISTRY) as readonly ScenarioId[];
export const CHANNEL_IDS: readonly Channel[] = ['email', 'letter', 'card', 'linkedin'];
export const TONE_IDS: readonly Tone[] = ['formal', 'warm'];

/** The optional inputs each scenario uses, in the order the builder asks for them. */
export const SCENARIO_FIELDS = Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIO_REGISTRY[id].fields])) as Readonly<Record<ScenarioId, readonly OptionalField[]>>;

/** True when the scenario's note uses that optional input. */
export function usesField(scenario: ScenarioId | undefined, field: OptionalField): boolean {
  return scenario !== undefined && SCENARIO_FIELDS[scenario].includes(field);
}

/** Honorifics a form may offer, in the form the greeting prints. */
export const HONORIFICS = ['Dr.', 'Ms.', 'Mr.', 'Mrs.', 'Mx.', 'Professor'] as const;

/** The thank-you scenarios: four parts (C1), the thank-you length (C2), sent within a day (T1). */
export const THANK_YOU_SCENARIOS: readonly ScenarioId[] = SCENARIO_IDS.filter((id) => SCENARIO_REGISTRY[id].thankYou);

/** The scenarios written to the main contact only (check-ins, a withdrawal, a reply to a rejection); the rest go to each interviewer. */
export const MAIN_CONTACT_SCENARIOS: readonly ScenarioId[] = SCENARIO_IDS.filter((id) => SCENARIO_REGISTRY[id].audience === 'main');

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
