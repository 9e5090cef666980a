// Nothing copied: no run of eight words in a built guide, or in any note the engine writes, also occurs in a source article.
// The source articles live outside the repository (SEEDS_DIR, by default ../shared/seeds next to it); where they are
// absent the test is skipped, and says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, SCENARIO_IDS, TONE_IDS, renderNotes, sampleInput } from '../../src/lib/templates/index';
import { ROOT, guideBlocks, guideSlugs, normalise } from './support/site';

/** Runs of this many words in common count as copying. */
const RUN = 8;

const seedsDir = path.resolve(ROOT, process.env.SEEDS_DIR ?? '../shared/seeds');
const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort() : [];

/** Every run of RUN consecutive words in a text, as normalised strings. */
function runs(text: string): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  const found: string[] = [];
  for (let index = 0; index + RUN <= words.length; index += 1) found.push(words.slice(index, index + RUN).join(' '));
  return found;
}

/** Every run in the seeds, mapped to the seed file it first occurs in. */
function seedRuns(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of seedFiles) {
    for (const run of runs(readFileSync(path.join(seedsDir, file), 'utf8'))) if (!map.has(run)) map.set(run, file);
  }
  return map;
}

/** The runs of `text` found in the seeds, as 'run (seed file)'. */
function copied(text: string, seeds: Map<string, string>): string[] {
  return [...new Set(runs(text))].filter((run) => seeds.has(run)).map((run) => `“${run}” (${seeds.get(run)})`);
}

if (seedFiles.length === 0) {
  console.warn(`originality: no source articles at ${seedsDir}; the copy check is skipped (set SEEDS_DIR to run it).`);
}

describe('originality against the source articles', () => {
  if (seedFiles.length === 0) {
    it.skip(`needs the source articles in ${seedsDir} (set SEEDS_DIR)`, () => {});
    return;
  }
  const seeds = seedRuns();

  it('reads the source articles', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    expect(seeds.size).toBeGreaterThan(1000);
  });

  // The whole of the guide's main text, sample notes included. The closing aside is left out: it cites the
  // articles by their titles, and quoting a title is citing, not copying.
  it.each(guideSlugs())('the guide %s shares no run of eight words with them', (slug) => {
    expect(copied(guideBlocks(slug, { samples: true }).join('\n'), seeds)).toEqual([]);
  });

  it('no note the engine writes shares a run of eight words with them', () => {
    const found: string[] = [];
    let notes = 0;
    for (const scenario of SCENARIO_IDS) {
      for (const channel of CHANNEL_IDS) {
        for (const tone of TONE_IDS) {
          // A panel of fourteen takes every wording of every part at least once (templates/slots.ts), written on the
          // interview day and a week later, so "today" and "on Tuesday" both appear.
          const inputs = Array.from({ length: 14 }, (_, index) => ({ ...sampleInput(scenario, channel, tone, index), interviewer: { name: `Person${index} Sample` } }));
          for (const today of ['2026-11-17', '2026-11-24']) {
            for (const [index, rendered] of renderNotes(inputs, { today }).entries()) {
              if (!rendered.ok) continue;
              notes += 1;
              found.push(...copied(rendered.note.text, seeds).map((run) => `${scenario}/${channel}/${tone}/${index}: ${run}`));
            }
          }
        }
      }
    }
    expect(notes).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });
});
