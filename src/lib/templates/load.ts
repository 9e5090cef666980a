// Each scenario's wording on demand, for the browser: the template builder downloads only the scenarios the person writes (the registry, scenarios.ts, says where each lives). The maps hold downloaded modules, as the browser's own module map does.
import type { ScenarioTemplate } from './scenario';
import { SCENARIO_REGISTRY } from './scenarios';
import type { ScenarioId } from './types';

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
  const pending = loading.get(scenario) ?? SCENARIO_REGISTRY[scenario].load().then((template) => {
    loaded.set(scenario, template);
    return template;
  }).finally(() => loading.delete(scenario));
  loading.set(scenario, pending);
  return pending;
}
