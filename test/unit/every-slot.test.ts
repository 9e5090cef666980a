// Every scenario × channel × tone at every slot of the wording scheme: no note says a telling word twice, and a detail in the writer's own voice is never framed as the interviewer's words.
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, renderNotes, SCENARIO_IDS, TONE_IDS, type Channel, type NoteInput, type ScenarioId, type Tone } from '../../src/lib/templates/index';

/**
 * Words a reader hears twice when two sentences of one short note both use them ("I'm still thinking about … I'm still
 * keen …", "Our chat about … I left our chat …"). Plain words a note cannot avoid (role, team, time, know) are not here.
 */
const TELLING = new Set([
  'answer', 'appreciate', 'away', 'chat', 'decide', 'either', 'enjoyed', 'even', 'excited', 'give', 'glad', 'grateful',
  'great', 'happy', 'honestly', 'hope', 'interest', 'interested', 'keen', 'keep', 'loved', 'lovely', 'match', 'mind',
  'much', 'opening', 'pleasure', 'possible', 'real', 'really', 'share', 'stay', 'still', 'stuck', 'talk', 'telling',
  'things', 'touch', 'update', 'valued', 'wanted', 'well', 'help', 'helps', 'love',
]);

/** Details typed three ways: as a thing, as something said, and in the writer's own voice. */
const DETAILS = [
  ['the plan to open a second store', 'the night crew handoff', 'the new scheduling software', 'the warehouse move', 'cutting waste on the bakery line'],
  ['your team is moving the warehouse next spring', 'She said the night crew runs the handoff', 'the budget will double next year', 'you lead the audit', 'the vans will go electric in March'],
  ['I asked how the team measures on-time deliveries', 'we both grew up in Ohio', 'I showed my route plan', 'we compared notes on forecasting', 'I described my last busy season'],
] as const;

/**
 * A panel of 49: the wording scheme (slots.ts) gives 49 slots, and a panel of 49 takes every one, so every pair of
 * wordings of two different parts meets in some note; a pair that echoes cannot hide in an untried slot.
 */
function panelOf49(scenario: ScenarioId, channel: Channel, tone: Tone, details: readonly string[]): NoteInput[] {
  return Array.from({ length: 49 }, (_, index) => ({
    scenario, channel, tone,
    you: { name: 'Jordan Ellis', email: 'jordan@example.com' },
    interviewer: { name: `Alex ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}kins` },
    company: 'Harborline Foods', role: 'Operations Coordinator', interviewDate: '2026-11-24',
    detail: details[index % details.length], fit: 'my years at a front desk', promised: 'my portfolio',
    news: 'her promotion', offerDeadline: '2026-12-10', startDate: '2027-01-04',
  }));
}

/** The telling words that stand in two different sentences of a note's body, leaving out the words the person typed. */
function echoes(paragraphs: readonly string[], typed: string): string[] {
  const own = new Set(typed.toLowerCase().split(/[^a-z]+/));
  const sentences = paragraphs.join(' ').split(/(?<=[.!?])\s+/);
  const firstSeen = new Map<string, number>();
  const repeated = new Set<string>();
  sentences.forEach((sentence, index) => {
    for (const word of sentence.toLowerCase().replaceAll('’', "'").split(/[^a-z']+/)) {
      if (!TELLING.has(word) || own.has(word)) continue;
      const seen = firstSeen.get(word);
      if (seen === undefined) firstSeen.set(word, index);
      else if (seen !== index) repeated.add(word);
    }
  });
  return [...repeated];
}

describe('echoes()', () => {
  it.each([
    [['I’m still thinking about the plan.', 'I’m still keen.'], '', ['still']],
    [['Our chat about it was great. I left our chat hoping.'], '', ['chat']],
    [['I really, really liked it.'], '', []],
    [['I loved the plan. It was lovely.'], '', []],
    [['Still thinking about the talk.', 'Hope to talk again.'], 'the talk', []],
  ] as const)('%j (typed %j) → %j', (paragraphs, typed, expected) => {
    expect(echoes(paragraphs, typed)).toEqual(expected);
  });
});

/** The words before a detail that report it as the reader's own words or deeds ("You mentioned that …", "hearing that …"). */
const REPORTING = /\b(that|how|saying|hearing|about|of)\s*$/i;

/** Whether a sentence frames a detail in the writer's own voice ("I asked…", "we both…") as something the reader said. */
function reportsOwnVoice(sentence: string, detail: string): boolean {
  const at = sentence.indexOf(detail);
  return /^(I|we)\b/.test(detail) && at >= 0 && REPORTING.test(sentence.slice(0, at));
}

describe('reportsOwnVoice()', () => {
  it.each([
    ['You mentioned that I asked about shifts.', 'I asked about shifts', true],
    ['I often think about hearing that we grew up nearby.', 'we grew up nearby', true],
    ['One moment stayed with me: I asked about shifts.', 'I asked about shifts', false],
    ['You mentioned that the vans go electric.', 'the vans go electric', false],
  ] as const)('%j', (sentence, detail, expected) => {
    expect(reportsOwnVoice(sentence, detail)).toBe(expected);
  });
});

describe('every slot', () => {
  for (const scenario of SCENARIO_IDS) {
    for (const channel of CHANNEL_IDS) {
      for (const tone of TONE_IDS) {
        it(`${scenario}, ${channel}, ${tone}: no telling word twice; “I …” details not reported as theirs`, () => {
          const echoed: string[] = [];
          const reported = new Set<string>();
          for (const details of DETAILS) {
            const inputs = panelOf49(scenario, channel, tone, details);
            const notes = renderNotes(inputs);
            inputs.forEach((input, index) => {
              const rendered = notes[index];
              if (!rendered?.ok) return;
              const body = rendered.note.paragraphs.join(' ');
              const words = echoes(rendered.note.paragraphs, `${input.detail} ${input.news}`);
              if (words.length > 0) echoed.push(`${words.join(', ')}: ${body}`);
              for (const sentence of body.split(/(?<=[.!?])\s+/)) {
                if (reportsOwnVoice(sentence, input.detail ?? '')) reported.add(sentence);
              }
            });
          }
          expect(echoed).toEqual([]);
          expect([...reported]).toEqual([]);
        });
      }
    }
  }
});
