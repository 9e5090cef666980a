// Each scenario's wording on demand, for the browser: the template builder downloads only the scenarios the person writes. The maps hold downloaded modules, as the browser's own module map does.
import type { ScenarioTemplate } from './scenario';
import type { ScenarioId } from './types';

/** Where each scenario's wording lives; each becomes a file of its own in the build. Typed by ScenarioId, so a scenario added to the registry (scenarios.ts) without its wording does not compile. */
const LOADERS: Readonly<Record<ScenarioId, () => Promise<ScenarioTemplate>>> = {
  'thank-you': () => import('./thank-you').then((module) => module.thankYou),
  'thank-you-offer': () => import('./thank-you-offer').then((module) => module.thankYouOffer),
  'thank-you-not-a-fit': () => import('./thank-you-not-a-fit').then((module) => module.thankYouNotAFit),
  withdraw: () => import('./withdraw').then((module) => module.withdraw),
  'reply-to-rejection': () => import('./reply-to-rejection').then((module) => module.replyToRejection),
  'check-in': () => import('./check-in').then((module) => module.checkIn),
  'final-check-in': () => import('./final-check-in').then((module) => module.finalCheckIn),
  'timeline-update': () => import('./timeline-update').then((module) => module.timelineUpdate),
  'stay-in-touch': () => import('./stay-in-touch').then((module) => module.stayInTouch),
  'linkedin-connect': () => import('./linkedin-connect').then((module) => module.linkedinConnect),
};

const loaded = new Map<ScenarioId, ScenarioTemplate>();
const loading = new Map<ScenarioId, Promise<ScenarioTemplate>>();

/**
 * A scenario's wording once it has been loaded, else undefined.
 * @example loadedWording('check-in') // undefined until loadWording('check-in') has resolved
 */
export function loadedWording(scenario: ScenarioId): ScenarioTemplate | undefined {
  return loaded.get(scenario);
}

/**
 * Loads a scenario's wording (once; later calls share the first download). A failed download is forgotten, so the next call tries again.
 * @example await loadWording('check-in'); loadedWording('check-in')?.recent // false
 */
export function loadWording(scenario: ScenarioId): Promise<ScenarioTemplate> {
  const known = loaded.get(scenario);
  if (known) return Promise.resolve(known);
  const pending = loading.get(scenario) ?? LOADERS[scenario]().then((template) => {
    loaded.set(scenario, template);
    return template;
  }).finally(() => loading.delete(scenario));
  loading.set(scenario, pending);
  return pending;
}
