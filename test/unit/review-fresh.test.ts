// The coach and the similarity measure remember nothing between calls: a note changed in place is read again, results never depend on earlier calls, and what they return is the caller's to change.
import { describe, expect, it } from 'vitest';
import { reviewNote, reviewText } from '../../src/lib/coach';
import { renderNote, renderNotes, sampleInput, type Note } from '../../src/lib/templates/index';
import { noteSimilarity } from '../../src/lib/templates/similarity';

describe('noteSimilarity measures afresh', () => {
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
    expect(noteSimilarity({ greeting: note.greeting, paragraphs: [...note.paragraphs] }, other)).toBe(measured);
  });
});

describe('reviewText reads what it is given, every time', () => {
  const input = sampleInput('thank-you', 'email', 'formal');
  function sample(): Note {
    const result = renderNote(input);
    if (!result.ok) throw new Error('the sample should render');
    return result.note;
  }
  const doubled = (findings: ReturnType<typeof reviewText>): boolean => findings.some((finding) => finding.rule === 'C8' && finding.message.includes('the the'));

  it('reads a note changed in place afresh', () => {
    const edited = { subject: sample().subject ?? '', text: sample().text };
    expect(doubled(reviewText(input, edited))).toBe(false);
    edited.text = edited.text.replace(' the ', ' the the ');
    expect(doubled(reviewText(input, edited))).toBe(true);
  });

  it('reads an input changed in place afresh', () => {
    const changing = sampleInput('thank-you', 'email', 'formal');
    const edited = { subject: sample().subject ?? '', text: sample().text };
    expect(reviewText(changing, edited).some((finding) => finding.rule === 'C6' && finding.level === 'warn')).toBe(false);
    changing.you = { ...changing.you, email: '', phone: '' };
    const reread = reviewText(changing, { ...edited, text: edited.text.replace(/\n\(555\)[^\n]*\n[^\n]*$/, '') });
    expect(reread.some((finding) => finding.rule === 'C6' && finding.level === 'warn')).toBe(true);
  });

  it('compares with another note changed in place afresh', () => {
    const mine = { text: sample().text };
    const other = { text: 'Dear Sam,\n\nSomething else entirely, about the rota.\n\nBest,\nPriya Raman' };
    const sameDetail = () => reviewText(input, mine, [other]).some((finding) => finding.rule === 'C3' && finding.level === 'warn');
    expect(sameDetail()).toBe(false);
    other.text = other.text.replace('the rota.', `the rota. We spoke about ${input.detail}.`);
    expect(sameDetail()).toBe(true);
  });

  it('gives the same findings whatever was reviewed before, in any order', () => {
    const panel = [0, 1, 2].map((index) => sampleInput('thank-you', 'email', 'warm', index));
    const notes = renderNotes(panel).map((result) => (result.ok ? result.note : undefined!));
    const review = (index: number) => reviewNote(panel[index]!, notes[index]!, notes, { now: '2026-11-18T09:00' });
    const fresh = [0, 1, 2].map(review);
    expect([2, 1, 0].map(review).reverse()).toEqual(fresh);
    // A note first reviewed with another time and another input, then as it was.
    reviewNote({ ...panel[0]!, tone: 'formal' }, notes[0]!, [], { now: '2026-12-20' });
    expect(review(0)).toEqual(fresh[0]);
  });

  it('returns findings the caller may change without changing the next review', () => {
    const note = sample();
    const first = reviewNote(input, note);
    const expected = structuredClone(first);
    first[0]!.message = 'changed';
    if (first[0]!.at) first[0]!.at.start = -1;
    first.length = 0;
    expect(reviewNote(input, note)).toEqual(expected);
  });
});
