// wordsOf(): the words every comparison and check reads, with a table of typed text and a property against the rule it follows (split on anything but a letter, a digit or an apostrophe).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/templates/similarity';

/** The rule, written as plainly as it reads: lower case, curly apostrophes made straight, split, apostrophe-only runs dropped. */
function byTheRule(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter((word) => word.replace(/'/g, '') !== '');
}

describe('wordsOf', () => {
  it.each([
    ['I’m glad, Dana!', ["i'm", 'glad', 'dana']],
    ['the 2nd round — at 9:30', ['the', '2nd', 'round', 'at', '9', '30']],
    ["'quoted' words '' here", ["'quoted'", 'words', 'here']],
    ['García-López and Zoë', ['garcía', 'lópez', 'and', 'zoë']],
    ['東京 office', ['東京', 'office']],
    ['math 𝒜𝒷 letters', ['math', '𝒜𝒷', 'letters']],
    ['', []],
  ])('wordsOf(%j) → %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it('splits any text as the rule does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(wordsOf(text)).toEqual(byTheRule(text));
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'İ', '’', "'", ' ', '-', '1', '𝒜', '\uD835') }), (text) => {
      expect(wordsOf(text)).toEqual(byTheRule(text));
    }), { numRuns: 1000 });
  });
});
