// Each scenario's wording on demand (templates/load.ts): nothing until asked for, then the same notes renderNote writes, each downloaded once, and a failed download tried again.
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_IDS, SCENARIO_IDS, TONE_IDS, renderNote, sampleInput } from '../../src/lib/templates/index';
import { renderNoteWith } from '../../src/lib/templates/render';

/** A fresh copy of load.ts, as a page that has just opened has it. */
async function freshLoader() {
  vi.resetModules();
  return import('../../src/lib/templates/load');
}

describe('loadWording', () => {
  it('holds no wording until a scenario is asked for, and only that scenario after', async () => {
    const { loadWording, loadedWording } = await freshLoader();
    expect(SCENARIO_IDS.filter((id) => loadedWording(id) !== undefined)).toEqual([]);
    await loadWording('check-in');
    expect(SCENARIO_IDS.filter((id) => loadedWording(id) !== undefined)).toEqual(['check-in']);
  });

  it.each(SCENARIO_IDS)('gives %s notes word for word as renderNote writes them', async (scenario) => {
    const { loadWording, loadedWording } = await freshLoader();
    const input = sampleInput(scenario, 'email', 'formal');
    expect(renderNoteWith(loadedWording, input, { today: '2026-11-17' })).toBeUndefined();
    await loadWording(scenario);
    for (const channel of CHANNEL_IDS) {
      for (const tone of TONE_IDS) {
        const each = sampleInput(scenario, channel, tone, 1);
        expect(renderNoteWith(loadedWording, each, { today: '2026-11-17' })).toEqual(renderNote(each, { today: '2026-11-17' }));
      }
    }
  });

  it('downloads a scenario once when it is asked for twice at the same time', async () => {
    const { loadWording } = await freshLoader();
    const [first, second] = await Promise.all([loadWording('withdraw'), loadWording('withdraw')]);
    expect(first).toBe(second);
    expect(await loadWording('withdraw')).toBe(first);
  });

  it('tries again after a failed download', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/templates/final-check-in', () => { throw new Error('offline'); });
    const { loadWording, loadedWording } = await import('../../src/lib/templates/load');
    await expect(loadWording('final-check-in')).rejects.toThrow();
    expect(loadedWording('final-check-in')).toBeUndefined();
    vi.doUnmock('../../src/lib/templates/final-check-in');
    const template = await loadWording('final-check-in');
    expect(loadedWording('final-check-in')).toBe(template);
  });
});

describe('the scenario registry', () => {
  it('loads, for each scenario of the registry, the same wording the build uses', async () => {
    const { SCENARIO_REGISTRY } = await import('../../src/lib/templates/scenarios');
    const { TEMPLATES } = await import('../../src/lib/templates/all');
    const { loadWording } = await import('../../src/lib/templates/load');
    expect(Object.keys(SCENARIO_REGISTRY)).toEqual([...SCENARIO_IDS]);
    for (const id of SCENARIO_IDS) {
      const wording = await loadWording(id);
      expect(wording.id).toBe(id);
      expect(wording).toBe(TEMPLATES[id]);
    }
  });
});
