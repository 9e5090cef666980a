// tidy(): the spacing, stops and first capital of every sentence the engine writes; a table of sentences and a property over any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/lib/templates/text';

describe('tidy', () => {
  it.each([
    ['thank you  for meeting with me at Acme Inc. .', 'Thank you for meeting with me at Acme Inc.'],
    ['I enjoyed it , really .', 'I enjoyed it, really.'],
    ['We met at Yahoo!.', 'We met at Yahoo!'],
    ['  spaced\tout\n', 'Spaced out'],
    ['eBay is next.', 'eBay is next.'],
    ['élan counts.', 'Élan counts.'],
    ['Already tidy.', 'Already tidy.'],
    ['Wait… really?', 'Wait… really?'],
    ['', ''],
  ])('tidy(%j) → %j', (sentence, expected) => {
    expect(tidy(sentence)).toBe(expected);
  });

  it('leaves no doubled or stray space, whatever it is given', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', '\t', '\n', '.', '!', ',', '?', '…', 'I', 'n', 'c') }), (text) => {
      expect(tidy(text)).not.toMatch(/[^\S ]| {2}|^ | $| [,.!?;:]/);
    }), { numRuns: 1000 });
  });
});
