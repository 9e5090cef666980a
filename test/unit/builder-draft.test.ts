// The builder's saved draft: a round trip keeps every field, and each kind of damaged or foreign saved text gives its reason, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_VERSION, MAX_INTERVIEWERS, SAVED_TEXT_MAX, emptyDraft, emptyInterviewer, isBlankDraft, nextInterviewerId, onlyTyped,
  serializeDraft, typedText, type BuilderDraft,
} from '../../src/lib/builder/draft';
import { DRAFT_NOTICES, parseDraft, type DraftProblem } from '../../src/lib/builder/saved-draft';

function filledDraft(): BuilderDraft {
  return {
    scenario: 'timeline-update', channel: 'letter', tone: 'warm',
    you: { name: 'Noor Haddad', email: 'noor@example.org', phone: '555-0134', address: '9 Birch Lane\nSpringfield' },
    company: 'Acme Tools', role: 'Support Lead', interviewDate: '2026-11-16', fit: 'four years on a help desk',
    promised: 'my portfolio link', news: 'the new office', offerDeadline: '2026-12-04', startDate: '2027-01-04', others: 'Sam Lee, Ana Ruiz',
    interviewers: [
      { id: 'p1', name: 'Jane Roe', honorific: 'Dr.', title: 'Head of Support', email: 'jane@example.com', detail: 'the shared inbox', connection: '',
        edit: { subject: 'Thanks – Support Lead', text: 'Dear Dr. Roe,\n\nMy own words.', base: 'Dear Dr. Roe,\n\nThe engine’s words.' } },
      { id: 'p7', name: 'Omar Price', honorific: '', title: '', email: '', detail: 'night shift handovers', connection: 'my two years on nights' },
    ],
    contact: 'p7',
  };
}

/** A saved text with the draft part changed by `change`. */
function savedWith(change: (draft: Record<string, unknown>) => void, version: unknown = DRAFT_VERSION): string {
  const draft = JSON.parse(serializeDraft(filledDraft())).draft as Record<string, unknown>;
  change(draft);
  return JSON.stringify({ version, draft });
}

describe('serializeDraft → parseDraft', () => {
  it('gives back every field as typed, cards numbered again in order', () => {
    const result = parseDraft(serializeDraft(filledDraft()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = filledDraft();
    expected.interviewers[1]!.id = 'p2'; // ids are not saved; cards are numbered again when read
    expected.contact = 'p2'; // the main contact is saved as its card's place
    expect(result.draft).toEqual(expected);
  });

  it('keeps an empty draft empty', () => {
    const result = parseDraft(serializeDraft(emptyDraft()));
    expect(result).toEqual({ ok: true, draft: emptyDraft() });
  });

  it('keeps hostile text as plain text', () => {
    const draft = filledDraft();
    draft.interviewers[0]!.detail = '<script>alert(1)</script>';
    draft.company = '"},"version":99,"x":{"';
    const result = parseDraft(serializeDraft(draft));
    expect(result.ok && result.draft.interviewers[0]!.detail).toBe('<script>alert(1)</script>');
    expect(result.ok && result.draft.company).toBe('"},"version":99,"x":{"');
  });

  it('reads missing text fields of the same version as empty', () => {
    const result = parseDraft(savedWith((draft) => { delete draft.news; delete (draft.you as Record<string, unknown>).phone; }));
    expect(result.ok && [result.draft.news, result.draft.you.phone]).toEqual(['', '']);
  });
});

describe('parseDraft: what it keeps of a draft saved by an older page or grown too long', () => {
  it('reads a draft saved before cards had a connection, an edit or a main contact', () => {
    const old = JSON.stringify({ version: 1, draft: {
      scenario: 'check-in', channel: 'email', tone: 'formal', you: { name: 'Noor Haddad', email: '', phone: '', address: '' },
      company: 'Acme Tools', role: 'Support Lead', interviewDate: '', fit: '', promised: '', news: '', offerDeadline: '', startDate: '', others: '',
      interviewers: [{ name: 'Jane Roe', honorific: '', title: '', email: '', detail: 'the inbox' }],
    } });
    const result = parseDraft(old);
    expect(result.ok && result.draft.interviewers).toEqual([{ id: 'p1', name: 'Jane Roe', honorific: '', title: '', email: '', detail: 'the inbox', connection: '' }]);
    expect(result.ok && result.draft.contact).toBe('');
  });

  it('cuts a field longer than a field holds to its length instead of dropping the draft (2,001 characters pasted)', () => {
    const result = parseDraft(savedWith((draft) => {
      (draft.interviewers as Record<string, unknown>[])[0]!.detail = 'y'.repeat(SAVED_TEXT_MAX + 1);
      draft.company = 'c'.repeat(SAVED_TEXT_MAX + 1);
    }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.draft.interviewers[0]!.detail).toBe('y'.repeat(2000));
    expect(result.ok && result.draft.company).toBe('c'.repeat(2000));
    expect(result.ok && result.draft.you.name).toBe('Noor Haddad'); // the rest is all there
  });

  it.each([
    ['not an object', 'mine'],
    ['no base', { text: 'mine' }],
    ['a number for text', { text: 4, base: '' }],
  ])('leaves out a damaged edit (%s) and keeps the card', (_label, edit) => {
    const result = parseDraft(savedWith((draft) => { (draft.interviewers as Record<string, unknown>[])[0]!.edit = edit; }));
    expect(result.ok && result.draft.interviewers[0]).toEqual({ id: 'p1', name: 'Jane Roe', honorific: 'Dr.', title: 'Head of Support', email: 'jane@example.com', detail: 'the shared inbox', connection: '' });
  });

  it.each([[-1, ''], [5, ''], [1.5, ''], ['1', ''], [0, ''], [1, 'p2']])('a saved main contact of %j reads as %j', (contact, id) => {
    const result = parseDraft(savedWith((draft) => { draft.contact = contact; }));
    expect(result.ok && result.draft.contact).toBe(id);
  });
});

describe('typedText', () => {
  it.each([
    ['name', 'Jane\u202E Roe\u2066', 'Jane Roe'],
    ['company', '\u202AAcme\u202C Tools\u2069', 'Acme Tools'],
    ['email', 'jane@exa\u202Dmple.com', 'jane@example.com'],
    ['detail', 'mixed \u202E text stays in a long answer', 'mixed \u202E text stays in a long answer'],
    ['detail', 'z'.repeat(2001), 'z'.repeat(2000)],
  ])('%s: %j → %j', (key, typed, kept) => {
    expect(typedText(key, typed)).toBe(kept);
  });
});

describe('parseDraft: what it refuses, and why', () => {
  const cases: [string, unknown, DraftProblem][] = [
    ['nothing saved', null, 'missing'],
    ['an empty string', '', 'missing'],
    ['not JSON', '{"version":1,', 'unreadable'],
    ['JSON but not an object', '[1,2,3]', 'unreadable'],
    ['a number', '42', 'unreadable'],
    ['not a string at all', 42, 'unreadable'],
    ['no version (saved before versions existed)', JSON.stringify({ draft: {} }), 'old-version'],
    ['an older version', savedWith(() => {}, 0), 'old-version'],
    ['a version that is text', savedWith(() => {}, '1'), 'old-version'],
    ['a newer version', savedWith(() => {}, DRAFT_VERSION + 1), 'newer-version'],
    ['no draft part', JSON.stringify({ version: DRAFT_VERSION }), 'invalid'],
    ['an unknown scenario', savedWith((draft) => { draft.scenario = 'bribe'; }), 'invalid'],
    ['an unknown channel', savedWith((draft) => { draft.channel = 'fax'; }), 'invalid'],
    ['an unknown tone', savedWith((draft) => { draft.tone = 'loud'; }), 'invalid'],
    ['a number where text belongs', savedWith((draft) => { draft.company = 7; }), 'invalid'],
    ['no interviewer card', savedWith((draft) => { draft.interviewers = []; }), 'invalid'],
    ['more cards than the form allows', savedWith((draft) => { draft.interviewers = Array.from({ length: MAX_INTERVIEWERS + 1 }, () => ({ name: 'A' })); }), 'invalid'],
    ['a card that is not an object', savedWith((draft) => { draft.interviewers = ['Jane Roe']; }), 'invalid'],
    ['a card with an object for a name', savedWith((draft) => { draft.interviewers = [{ name: { first: 'Jane' } }]; }), 'invalid'],
    ['"you" missing', savedWith((draft) => { delete draft.you; }), 'invalid'],
  ];
  it.each(cases)('%s → %s', (_label, saved, reason) => {
    expect(parseDraft(saved)).toEqual({ ok: false, reason });
  });

  it('has a plain notice for every reason worth telling', () => {
    for (const reason of ['unreadable', 'old-version', 'newer-version', 'invalid'] as const) expect(DRAFT_NOTICES[reason]).toMatch(/^[A-Z].+\.$/);
  });

  it('never throws, whatever the saved text is', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((value) => JSON.stringify({ version: 1, draft: value }))), (saved) => {
      const result = parseDraft(saved);
      expect(typeof result.ok).toBe('boolean');
    }));
  });
});

describe('cards and blank drafts', () => {
  it.each([
    [[], 'p1'],
    [[{ id: 'p1' }], 'p2'],
    [[{ id: 'p1' }, { id: 'p3' }], 'p4'],
    [[{ id: 'p9' }, { id: 'p2' }], 'p10'],
    [[{ id: 'odd' }], 'p1'],
  ])('nextInterviewerId(%j) → %s', (cards, id) => {
    expect(nextInterviewerId(cards)).toBe(id);
  });

  it.each<[string, (draft: BuilderDraft) => void, boolean]>([
    ['a fresh draft', () => {}, true],
    ['other choices only', (draft) => { draft.scenario = 'check-in'; draft.tone = 'warm'; }, true],
    ['two empty cards', (draft) => { draft.interviewers.push(emptyInterviewer('p2')); }, true],
    ['your name typed', (draft) => { draft.you.name = 'N'; }, false],
    ['a card’s detail typed', (draft) => { draft.interviewers[0]!.detail = 'x'; }, false],
    ['a note edited', (draft) => { draft.interviewers[0]!.edit = { text: 'x', base: '' }; }, false],
    ['the others to thank typed', (draft) => { draft.others = 'Sam'; }, false],
  ])('isBlankDraft: %s → %s', (_label, change, blank) => {
    const draft = emptyDraft();
    change(draft);
    expect(isBlankDraft(draft)).toBe(blank);
  });
});

describe('onlyTyped: which changes the builder may write into the notes just after the page has shown them', () => {
  const before = filledDraft();
  const [jane, omar] = before.interviewers as [BuilderDraft['interviewers'][number], BuilderDraft['interviewers'][number]];
  it.each<[string, BuilderDraft, boolean]>([
    ['nothing changed', { ...before }, true],
    ['a letter more in the job title', { ...before, role: 'Support Leads' }, true],
    ['your phone number', { ...before, you: { ...before.you, phone: '555-0199' } }, true],
    ['a card’s detail', { ...before, interviewers: [{ ...jane, detail: 'the shared inbox rota' }, omar] }, true],
    ['a note edited', { ...before, interviewers: [jane, { ...omar, edit: { text: 'Hi Omar', base: 'Dear Mr. Price' } }] }, true],
    ['another situation', { ...before, scenario: 'check-in' }, false],
    ['another channel', { ...before, channel: 'email' }, false],
    ['another tone', { ...before, tone: 'formal' }, false],
    ['another main contact', { ...before, contact: 'p1' }, false],
    ['a card added', { ...before, interviewers: [jane, omar, emptyInterviewer('p8')] }, false],
    ['a card removed', { ...before, interviewers: [jane] }, false],
    ['two cards swapped', { ...before, interviewers: [omar, jane] }, false],
    ['a card replaced by a new one in its place', { ...before, interviewers: [jane, emptyInterviewer('p8')] }, false],
  ])('%s → %s', (_, next, expected) => {
    expect(onlyTyped(before, next)).toBe(expected);
  });
});
