// Details as people type them: a phrase or a whole sentence, about the reader in the third person or not, each turned into the sentence a note says.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/lib/templates/context';
import { readMention, readPromised } from '../../src/lib/templates/mention';
import { splitName } from '../../src/lib/templates/names';
import { detailLine } from '../../src/lib/templates/phrases';
import { tidy } from '../../src/lib/templates/text';
import { validateInput, type ValidInput } from '../../src/lib/templates/validate';

/** A formal thank-you to Dana Whitfield in the slot (0, 0), so every part takes its first wording:
 * a phrase → "I especially valued our discussion of …", a clause → "You mentioned that …, which I have been thinking
 * about since.", a clause in the writer's own voice → "One moment from our conversation has stayed with me: …". */
function sentenceFor(detail: string): string {
  const validated = validateInput({
    scenario: 'thank-you', channel: 'email', tone: 'formal', you: { name: 'Priya Raman' },
    interviewer: { name: 'Dana Whitfield', honorific: 'Ms.' }, company: 'Harborline', role: 'Coordinator', detail,
  });
  if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
  const c = buildContext(validated.input as ValidInput, { locale: 'en-US' }, { slot: { x: 0, y: 0 }, useFit: false }, true);
  return tidy(detailLine(c));
}

const PHRASE = (text: string): string => `I especially valued our discussion of ${text}.`;
const CLAUSE = (text: string): string => `You mentioned that ${text}, which I have been thinking about since.`;
const OWN = (text: string): string => `One moment from our conversation has stayed with me: ${text}.`;

describe('a detail as typed → the sentence in the note', () => {
  it.each([
    // Phrases, as the form's hint asks.
    ['the hybrid schedule', PHRASE('the hybrid schedule')],
    ['The roadmap for 2027', PHRASE('the roadmap for 2027')],
    ['the new app that is launching in May', PHRASE('the new app that is launching in May')],
    ['Kubernetes migration', PHRASE('Kubernetes migration')],
    ['Migrating to Postgres', PHRASE('migrating to Postgres')],
    ['How the team handles on-call', PHRASE('how the team handles on-call')],
    ['your plans for the Denver office.', PHRASE('your plans for the Denver office')],
    ['  the   weekly demo day!  ', PHRASE('the weekly demo day')],
    ['“the 90-day onboarding plan”', PHRASE('the 90-day onboarding plan')],
    ['SQL tuning', PHRASE('SQL tuning')],
    // A noun described by what the reader did to it is still a thing to name, not a sentence.
    ['the Spanish-language help line you launched', PHRASE('the Spanish-language help line you launched')],
    ['the plan you’re rolling out next spring', PHRASE('the plan you’re rolling out next spring')],
    ['the survey she ran last year', PHRASE('the survey you ran last year')],
    // Lead-ins that only say a conversation happened are dropped.
    ['We talked about the hybrid schedule', PHRASE('the hybrid schedule')],
    ['we discussed the budget for next year', PHRASE('the budget for next year')],
    ['We spoke about mentoring new nurses', PHRASE('mentoring new nurses')],
    ['Talked about AI tools', PHRASE('AI tools')],
    ['Our chat about the new warehouse in Dayton', PHRASE('the new warehouse in Dayton')],
    ['our conversation about remote onboarding', PHRASE('remote onboarding')],
    ['The discussion on customer churn', PHRASE('customer churn')],
    ['I enjoyed hearing about your trip to Lisbon', PHRASE('your trip to Lisbon')],
    ['I really enjoyed learning about the lab’s new microscope', PHRASE('the lab’s new microscope')],
    ['Discussed the Q3 launch', PHRASE('the Q3 launch')],
    ['We went over the safety checklist.', PHRASE('the safety checklist')],
    ['We covered how the team plans sprints', PHRASE('how the team plans sprints')],
    // The reader in the third person becomes "you" (written to her).
    ['her mentoring program', PHRASE('your mentoring program')],
    ['His point that tests should run in under a minute', PHRASE('your point that tests should run in under a minute')],
    ['the way she runs standups', PHRASE('the way you run standups')],
    ['Dana’s plan to open a second store', PHRASE('your plan to open a second store')],
    ["Ms. Whitfield's book on logistics", PHRASE('your book on logistics')],
    ['We discussed how she mentors junior analysts', PHRASE('how you mentor junior analysts')],
    ['She walked me through the onboarding plan', PHRASE('the onboarding plan you walked me through')],
    ['She showed me the lab', PHRASE('the lab you showed me')],
    ['he walked me through how releases are tested', PHRASE('how releases are tested')],
    // Whole sentences keep what was said, in a frame that takes a clause.
    ['She told me the team is moving to Rust next year.', CLAUSE('the team is moving to Rust next year')],
    ['she said that her team reviews every pull request', CLAUSE('your team reviews every pull request')],
    ['Dana mentioned the office is dog-friendly', CLAUSE('the office is dog-friendly')],
    ['She explained that the budget doubles in spring', CLAUSE('the budget doubles in spring')],
    ['I learned that they ship every Friday', CLAUSE('they ship every Friday')],
    ['the data team will double next year', CLAUSE('the data team will double next year')],
    ['The budget has been cut', CLAUSE('the budget has been cut')],
    ['he leads the platform group', CLAUSE('you lead the platform group')],
    ['she’s been at the company for ten years', CLAUSE('you’ve been at the company for ten years')],
    ['She is starting a new analytics team', CLAUSE('you are starting a new analytics team')],
    ['Apparently the clinic opens on Saturdays now', CLAUSE('the clinic opens on Saturdays now')],
    ['It’s a fully remote team', CLAUSE('it’s a fully remote team')],
    // Sentences in the writer's own voice take a frame that fits any sentence.
    ['I asked about growth paths and she said juniors get a mentor', OWN('I asked about growth paths and you said juniors get a mentor')],
    ['We both grew up in Ohio', OWN('we both grew up in Ohio')],
  ])('%j', (typed, sentence) => {
    expect(sentenceFor(typed)).toBe(sentence);
  });

  it('finds nothing to say in text without words, or in a lead-in alone', () => {
    expect(readMention('  …  ')).toBeUndefined();
    expect(readMention('We talked about')).toBeUndefined();
  });

  it('marks news about the reader as theirs, for congratulations', () => {
    const them = splitName('Dana Whitfield', 'Ms.');
    expect(readMention('her promotion to VP', them)).toEqual({ kind: 'phrase', text: 'your promotion to VP', theirs: true });
    expect(readMention('She was promoted to VP', them)).toEqual({ kind: 'clause', text: 'you were promoted to VP', theirs: true });
    expect(readMention('the new distribution center in Dayton', them)?.theirs).toBe(false);
  });
});

describe('a promised item as typed → the thing itself', () => {
  it.each([
    ['the link to my portfolio', 'the link to my portfolio'],
    ['I will send my portfolio by Friday.', 'my portfolio'],
    ['I’ll share my writing samples', 'my writing samples'],
    ['Send her the case study tomorrow', 'the case study'],
    ['I promised to send the slides from my talk', 'the slides from my talk'],
    ['My references', 'my references'],
  ])('%j → %j', (typed, item) => {
    expect(readPromised(typed, splitName('Dana Whitfield'))).toBe(item);
  });
});
