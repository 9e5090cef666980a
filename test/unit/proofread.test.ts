// The proofreading scanners the coach uses on free text: a word written twice in a row, and "i" written for "I". Table-driven; places counted by hand.
import { describe, expect, it } from 'vitest';
import { doubledWord, lowerCaseI } from '../../src/lib/review/proofread';

describe('doubledWord', () => {
  it.each([
    ['Thank you you for today.', { start: 6, end: 13 }],
    ['The the plan.', { start: 0, end: 7 }],
    ['I was glad to to hear it.', { start: 11, end: 16 }],
    ['We met on\non Monday.', { start: 7, end: 12 }],
    ['Árbol árbol', { start: 0, end: 11 }],
  ])('finds the repeat in %j', (text, place) => {
    expect(doubledWord(text)).toEqual(place);
  });

  it.each([
    'The theory holds.',
    'that that’s fine', // a word, then the same letters inside a longer word
    'don’t don’t', // the letters before an apostrophe are followed by it, not by a space
    'I said no, no.', // a comma between
    'Hello world.',
    '',
  ])('finds no repeat in %j', (text) => {
    expect(doubledWord(text)).toBeUndefined();
  });
});

describe('lowerCaseI', () => {
  it.each([
    ['Yes, i think so.', 5],
    ['i’m glad.', 0],
    ["so i'd say", 3],
    ['and i, too', 4],
    ['Then i\nleft.', 5],
  ])('finds the lower-case I in %j', (text, at) => {
    expect(lowerCaseI(text)).toBe(at);
  });

  it.each(['I think so.', 'in it is', 'e.i. code', 'Wi Fi', 'pi', 'mi casa'])('finds none in %j', (text) => {
    expect(lowerCaseI(text)).toBe(-1);
  });
});
