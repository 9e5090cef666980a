// The note-similarity measure remembers notes it has met by their paragraphs list; a list changed in place, or a new greeting, is measured again.
import { describe, expect, it } from 'vitest';
import { noteSimilarity } from '../../src/lib/templates/similarity';

describe('noteSimilarity with remembered notes', () => {
  const other = { greeting: 'Dear Sam,', paragraphs: ['Thank you for the talk about the new rota and the weekend cover plan.'] };

  it.each<[string, (note: { greeting: string; paragraphs: string[] }) => void, boolean]>([
    ['the same note met again', () => {}, false],
    ['a paragraph replaced in place', (note) => { note.paragraphs[0] = 'Something else entirely, about a survey of customers and their wait times.'; }, true],
    ['a paragraph added in place', (note) => { note.paragraphs.push('Another paragraph about a survey of customers and their wait times.'); }, true],
    ['a greeting naming a word of the body', (note) => { note.greeting = 'Dear Rota,'; }, true],
  ])('%s', (_label, change, changed) => {
    const note = { greeting: 'Dear Sam,', paragraphs: [...other.paragraphs] };
    expect(noteSimilarity(note, other)).toBe(1);
    change(note);
    const measured = noteSimilarity(note, other);
    expect(measured < 1).toBe(changed);
    // A new array with the same content, never seen before, measures the same as the remembered one.
    expect(noteSimilarity({ greeting: note.greeting, paragraphs: [...note.paragraphs] }, other)).toBe(measured);
  });
});
