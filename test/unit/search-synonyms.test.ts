// The search's word map: what people type becomes the words the guides use, and stop words are never searched alone.
import { describe, expect, it } from 'vitest';
import { SYNONYMS, applySynonyms, isStopWord, meaningfulWords, normaliseQuery, searchPlan } from '../../src/components/search-synonyms';

describe('normaliseQuery', () => {
  it.each([
    ['Haven’t heard back!', 'havent heard back'],
    ['  Thank-You   LETTER ', 'thank you letter'],
    ['thankyou', 'thank you'],
    ['Followup e-mail', 'follow up email'],
    ['LinkedIn?', 'linkedin'],
    ['<img src=x>', 'img src x'],
    ['', ''],
  ])('%j → %j', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});

describe('applySynonyms', () => {
  it.each([
    ['ghosted', 'checking heard back'],
    ['i got ghosted', 'i got checking heard back'],
    ['havent heard back', 'checking heard back'],
    ['turned down', 'rejection'],
    ['didnt get the job', 'rejection'],
    ['thank you email', 'writing thank note'],
    // The longer phrase wins: “thank you letter” is one phrase, not “thank you” and a stray “letter”.
    ['thank you letter', 'writing thank note'],
    ['second interview', 'interviewer panel'],
    ['several interviewers', 'interviewer panel'],
    // “turn down the offer” is withdrawing, though “turned down” alone is a rejection.
    ['turn down the offer', 'withdrawing'],
    // A word inside a longer word is not a phrase: “panelled” stays.
    ['panelled', 'panelled'],
    ['zebra', 'zebra'],
  ])('%j → %j', (query, expected) => {
    expect(applySynonyms(query)).toBe(expected);
  });

  it('replaces each phrase once and never inside a replacement', () => {
    const synonyms = [{ says: ['a b'], means: 'b c' }, { says: ['b'], means: 'x' }];
    // “a b” becomes “b c”; the “b” it brought is not replaced again, the later one is.
    expect(applySynonyms('a b then b', synonyms)).toBe('b c then x');
  });
});

describe('stop words', () => {
  it.each([['you', true], ['You', true], ['the', true], ['thank', false], ['interview', false]])('%j is a stop word: %j', (word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });
  it('leaves only the words that carry meaning', () => {
    expect(meaningfulWords('what should i say to the recruiter')).toEqual(['say', 'recruiter']);
  });
});

describe('searchPlan', () => {
  it.each([
    ['ghosted', ['checking heard back', 'ghosted']],
    ['Thank you', ['writing thank note', 'thank']],
    ['thankyou', ['writing thank note', 'thank']],
    ['Thank-you letter', ['writing thank note', 'thank letter', 'thank', 'letter']],
    ['haven’t heard back from the recruiter', ['checking heard back recruiter', 'havent heard back recruiter', 'havent', 'heard', 'back', 'recruiter']],
    ['rejection', ['rejection']],
    ['zebra xylophone', ['zebra xylophone', 'zebra', 'xylophone']],
    // Nothing but stop words: searched as typed rather than not at all.
    ['what you do', ['what you do']],
    ['   ', []],
  ])('%j → %j', (query, expected) => {
    expect(searchPlan(query)).toEqual(expected);
  });
});

describe('the map itself', () => {
  it('holds every phrase normalised, once', () => {
    const phrases = SYNONYMS.flatMap((synonym) => synonym.says);
    for (const phrase of phrases) expect(normaliseQuery(phrase), phrase).toBe(phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
  it('never maps to stop words alone', () => {
    for (const synonym of SYNONYMS) expect(meaningfulWords(synonym.means).length, synonym.means).toBeGreaterThan(0);
  });
});
