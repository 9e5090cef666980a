// The coach on a labelled corpus of hand-written notes: every flaw caught with the right finding (and place), and at most one false alarm across the good notes. Prints the score.
import { afterAll, describe, expect, it } from 'vitest';
import { reviewText, type Finding } from '../../src/lib/coach';
import { CORPUS, type CorpusNote } from './fixtures/coach-corpus';

const good = CORPUS.filter((note) => note.label === 'good');
const flawed = CORPUS.filter((note) => note.label === 'flawed');
const caught: string[] = [];
const falseAlarms: string[] = [];

function review(note: CorpusNote): Finding[] {
  return reviewText(note.input, { ...(note.subject !== undefined ? { subject: note.subject } : {}), text: note.text }, note.others ?? [], note.now ? { now: note.now } : {});
}

function alarms(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.level !== 'pass');
}

describe('the corpus', () => {
  it('holds at least 40 notes, half of them flawed, each with one distinct id', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(good.length - flawed.length)).toBeLessThanOrEqual(1);
    expect(new Set(CORPUS.map((note) => note.id)).size).toBe(CORPUS.length);
    for (const note of flawed) expect(note.flaw, note.id).toBeDefined();
  });
});

describe('every flaw is caught', () => {
  it.each(flawed.map((note) => [note.id, note] as const))('%s', (_, note) => {
    const flaw = note.flaw!;
    const found = alarms(review(note)).filter((finding) => finding.rule === flaw.rule && flaw.message.test(finding.message));
    if (found.length > 0) caught.push(note.id);
    expect(found.length, JSON.stringify(alarms(review(note)), null, 1)).toBeGreaterThan(0);
    if (flaw.at) {
      const at = found[0]!.at;
      expect(at, 'the finding points at its place in the text').toBeDefined();
      expect(note.text.slice(at!.start, at!.end)).toBe(flaw.at);
    }
  });
});

describe('good notes stay quiet', () => {
  it.each(good.map((note) => [note.id, note] as const))('%s', (_, note) => {
    const found = alarms(review(note));
    if (found.length > 0) falseAlarms.push(`${note.id}: ${found.map((finding) => finding.message).join(' | ')}`);
  });

  it('raises at most one false alarm in all the good notes', () => {
    expect(falseAlarms, falseAlarms.join('\n')).toHaveLength(Math.min(falseAlarms.length, 1));
  });
});

afterAll(() => {
  console.log(`coach corpus: flaws caught ${caught.length} / ${flawed.length}; false alarms ${falseAlarms.length} / ${good.length}`);
  for (const line of falseAlarms) console.log(`  false alarm · ${line}`);
});
