// The coach and the similarity measure remember what they have read, for speed; a note changed in place is read again, and what they return is the caller's to change.
import { describe, expect, it } from 'vitest';
import { reviewNote } from '../../src/lib/coach';
import { renderNote, sampleInput, type Note } from '../../src/lib/templates/index';
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

describe('reviewNote with remembered notes', () => {
  function sample(): Note {
    const result = renderNote(sampleInput('thank-you', 'email', 'formal'));
    if (!result.ok) throw new Error('the sample should render');
    return result.note;
  }
  const input = sampleInput('thank-you', 'email', 'formal');

  it('reads a note changed in place afresh', () => {
    const note = sample();
    expect(reviewNote(input, note).filter((finding) => finding.rule === 'C8' && finding.level !== 'pass')).toEqual([]);
    note.paragraphs[0] = `${note.paragraphs[0]} the the`;
    note.text = `${note.text} the the`;
    expect(reviewNote(input, note).some((finding) => finding.rule === 'C8' && finding.message.includes('the the'))).toBe(true);
  });

  it('reads the same content under another input or time afresh', () => {
    const note = sample();
    const withoutTime = reviewNote(input, note);
    expect(withoutTime.some((finding) => finding.rule === 'T1')).toBe(false);
    expect(reviewNote(input, note, [], { now: '2026-11-17T10:00' }).some((finding) => finding.rule === 'T1')).toBe(true);
    expect(reviewNote({ ...input, you: { ...input.you, phone: '', email: '' } }, note).some((finding) => finding.rule === 'C6' && finding.level === 'warn')).toBe(true);
  });

  it('reads an input changed in place afresh', () => {
    const note = sample();
    const changing = sampleInput('thank-you', 'email', 'formal');
    expect(reviewNote(changing, note).some((finding) => finding.rule === 'C6' && finding.level === 'warn')).toBe(false);
    changing.you = { ...changing.you, email: '', phone: '' };
    expect(reviewNote(changing, note).some((finding) => finding.rule === 'C6' && finding.level === 'warn')).toBe(true);
    changing.detail = 'something never written in the note';
    expect(reviewNote(changing, note).some((finding) => finding.rule === 'C1' && finding.field === 'detail')).toBe(true);
  });

  it('compares a note with another note changed in place afresh (the same detail, C3)', () => {
    const note = sample();
    const other = sample();
    other.paragraphs = ['Something else entirely, about the rota.'];
    expect(reviewNote(input, note, [other]).some((finding) => finding.rule === 'C3' && finding.level === 'warn')).toBe(false);
    other.paragraphs.push(`We spoke about ${input.detail}.`);
    expect(reviewNote(input, note, [other]).some((finding) => finding.rule === 'C3' && finding.level === 'warn')).toBe(true);
  });

  it('returns findings the caller may change without changing the next review', () => {
    const note = sample();
    const first = reviewNote(input, note);
    const expected = structuredClone(first);
    first[0]!.message = 'changed';
    first.length = 0;
    expect(reviewNote(input, note)).toEqual(expected);
  });
});
