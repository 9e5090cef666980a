// Plain language: each built guide reads at US grade 9 or lower (Flesch–Kincaid), measured over what a reader reads.
//
// Measured: the title, the lede, every heading, paragraph and list item, the rule quotes (<Rule>) and the links into
// the tools. Left out: the sample notes, because they are examples of a note to an employer, in the register of
// business mail and full of invented names and addresses; and the closing aside (rules and source titles), which
// is reference, not reading.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { afterAll, describe, expect, it } from 'vitest';
import { guideBlocks, guideSlugs } from './support/site';

const MAX_GRADE = 9;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(Dr|Mr|Mrs|Ms|Mx|St|etc|e\.g|i\.e|vs)\./g;

type Counts = Record<'sentence' | 'word' | 'syllable', number>;

/**
 * Sentences, words and syllables of text given as blocks. A block that ends without a full stop (a heading, a list
 * item) is one sentence; a hyphenated word is one word with the syllables of its parts.
 */
function count(blocks: readonly string[]): Counts {
  const totals: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    const text = block.replace(/[‘’]/g, "'").replace(ABBREVIATIONS, '$1');
    const sentences = text.split(/(?<=[.!?…])["”)]?\s+/).filter((sentence) => /[a-z0-9]/i.test(sentence));
    totals.sentence += sentences.length;
    for (const word of text.match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/gi) ?? []) {
      totals.word += 1;
      totals.syllable += word.split('-').reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
    }
  }
  return totals;
}

const grades: { guide: string; grade: number; sentences: number; words: number }[] = [];

describe('readability', () => {
  it('counts a known text as expected', () => {
    // Three sentences (the last a heading), thirteen words, eighteen syllables (“Dr.” does not end a sentence).
    expect(count(['Send Dr. Lee a note.', 'Then follow up after the interview.', 'A thank-you'])).toEqual({ sentence: 3, word: 13, syllable: 18 });
  });

  it.each(guideSlugs())(`the guide %s reads at grade ${MAX_GRADE} or lower`, (slug) => {
    const counts = count(guideBlocks(slug, { samples: false }));
    const grade = Math.round(fleschKincaid(counts) * 10) / 10;
    grades.push({ guide: slug, grade, sentences: counts.sentence, words: counts.word });
    expect(counts.word).toBeGreaterThan(100);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  afterAll(() => {
    console.log('Flesch–Kincaid grade of each guide (sample notes and the sources aside left out):');
    console.table(grades.sort((a, b) => a.guide.localeCompare(b.guide)));
  });
});
