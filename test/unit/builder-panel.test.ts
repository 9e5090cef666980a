// The builder's notes: inputs per card, notes and findings for the whole panel, the problems to list, alike notes, and the page ids fields point at.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, emptyInterviewer, type BuilderDraft } from '../../src/lib/builder/draft';
import { asksForAddress, cardFieldId, choiceId, fieldDomId, sharedOptionalFields } from '../../src/lib/builder/fields';
import { noteInputs, sameFindings, splitOthers, unwrittenPanel } from '../../src/lib/builder/note-inputs';
import { alikePairs, answersChanged, buildPanel, checksAreCurrent, editsOf, mustCheckNow, panelProblems, reviewPanel, sameInput, standing, withFindings, writePanel } from '../../src/lib/builder/panel';
import { mainContactId, noteCardIds, writesOneNote } from '../../src/lib/builder/recipients';
import type { Finding } from '../../src/lib/coach';
import { SCENARIO_IDS, type ScenarioId } from '../../src/lib/templates/index';
import { loadWording } from '../../src/lib/templates/load';

// buildPanel writes with the wording this page has loaded (as the builder does once it has downloaded it).
beforeAll(() => Promise.all(SCENARIO_IDS.map(loadWording)));

function panelDraft(details: string[] = ['the shared inbox for support tickets', 'how the night shift hands over open cases']): BuilderDraft {
  const draft = emptyDraft();
  draft.you = { name: 'Noor Haddad', email: 'noor@example.org', phone: '555-0134', address: '9 Birch Lane' };
  draft.company = 'Acme Tools';
  draft.role = 'Support Lead';
  draft.interviewDate = '2026-11-16';
  draft.fit = 'my four years running a help desk';
  draft.promised = 'the link to my onboarding guide';
  draft.news = 'the new office in Leeds';
  draft.offerDeadline = '2026-12-04';
  draft.others = 'Sam Lee, Ana Ruiz';
  const names = ['Jane Roe', 'Omar Price', 'Lena Fischer'];
  draft.interviewers = details.map((detail, index) => ({ ...emptyInterviewer(`p${index + 1}`), name: names[index] ?? `Person ${index}`, detail }));
  return draft;
}

describe('splitOthers', () => {
  it.each([
    ['', []],
    ['Sam Lee', ['Sam Lee']],
    ['Sam Lee, Ana Ruiz;  Kim Park ,', ['Sam Lee', 'Ana Ruiz', 'Kim Park']],
    ['Sam Lee\nAna Ruiz', ['Sam Lee', 'Ana Ruiz']],
  ])('%j → %j', (typed, names) => {
    expect(splitOthers(typed)).toEqual(names);
  });
});

describe('noteInputs', () => {
  it('gives each card its own interviewer and detail, with the shared inputs', () => {
    const inputs = noteInputs(panelDraft());
    expect(inputs.map((input) => [input.interviewer.name, input.detail])).toEqual([
      ['Jane Roe', 'the shared inbox for support tickets'],
      ['Omar Price', 'how the night shift hands over open cases'],
    ]);
    expect(inputs.every((input) => input.company === 'Acme Tools' && input.role === 'Support Lead' && input.interviewDate === '2026-11-16')).toBe(true);
  });

  it.each<[ScenarioId, string[], string[]]>([
    ['thank-you', ['fit', 'promised'], ['news', 'offerDeadline', 'startDate']],
    ['timeline-update', ['offerDeadline'], ['fit', 'promised', 'news', 'startDate']],
    ['stay-in-touch', ['news'], ['fit', 'promised', 'offerDeadline']],
    ['final-check-in', [], ['fit', 'promised', 'news', 'offerDeadline']],
  ])('%s uses %j and leaves out %j', (scenario, kept, dropped) => {
    const draft = panelDraft();
    draft.scenario = scenario;
    const [input] = noteInputs(draft);
    for (const field of kept) expect(input).toHaveProperty(field);
    for (const field of dropped) expect(input).not.toHaveProperty(field);
  });

  it('asks only the first interviewer to pass thanks to the others (C9), and only where the scenario does that', () => {
    const draft = panelDraft();
    expect(noteInputs(draft).map((input) => input.others)).toEqual([['Sam Lee', 'Ana Ruiz'], undefined]);
    draft.scenario = 'thank-you-not-a-fit';
    expect(noteInputs(draft).map((input) => input.others)).toEqual([['Sam Lee', 'Ana Ruiz'], undefined]);
    draft.scenario = 'stay-in-touch';
    expect(noteInputs(draft).map((input) => input.others)).toEqual([undefined, undefined]);
  });

  it('passes the postal address only to a letter', () => {
    const draft = panelDraft();
    expect(noteInputs(draft)[0]?.you.address).toBeUndefined();
    draft.channel = 'letter';
    expect(noteInputs(draft)[0]?.you.address).toBe('9 Birch Lane');
  });
});

describe('unwrittenPanel', () => {
  it('keeps every card waiting, with its id and input, before the note engine is here', () => {
    const draft = panelDraft();
    const panel = unwrittenPanel(draft);
    expect(panel.map((entry) => [entry.id, entry.waiting, entry.rendered.ok, entry.findings.length])).toEqual([['p1', true, false, 0], ['p2', true, false, 0]]);
    expect(panel.map((entry) => entry.input)).toEqual(noteInputs(draft));
  });
});

describe('buildPanel', () => {
  it('writes every card’s note with its own detail and reviews it', () => {
    const panel = buildPanel(panelDraft(), { today: '2026-11-16', now: '2026-11-16T17:00' });
    expect(panel.map((entry) => entry.id)).toEqual(['p1', 'p2']);
    for (const [index, entry] of panel.entries()) {
      expect(entry.rendered.ok).toBe(true);
      if (!entry.rendered.ok) continue;
      expect(entry.rendered.note.text.toLowerCase()).toContain(entry.input.detail?.toLowerCase());
      expect(entry.rendered.note.greeting).toContain(['Roe', 'Price'][index]);
      expect(entry.findings.some((finding) => finding.rule === 'T1' && finding.level === 'pass')).toBe(true);
      // The one alarm left is the promised link (C7): the person pastes it into the note before sending.
      expect(entry.findings.filter((finding) => finding.level !== 'pass').map((finding) => finding.rule)).toEqual(['C7']);
    }
  });

  it('lists what is missing instead of a note, with no findings', () => {
    const panel = buildPanel(emptyDraft());
    expect(panel[0]?.rendered.ok).toBe(false);
    expect(panel[0]?.waiting).toBe(false);
    expect(panel[0]?.findings).toEqual([]);
  });

  it('waits, writing and checking nothing, for a complete card whose scenario’s wording is not at hand', () => {
    const draft = panelDraft();
    draft.scenario = 'thank-you-not-a-fit';
    draft.interviewers[1]!.name = '';
    const panel = buildPanel(draft, { today: '2026-11-17', wordingOf: () => undefined });
    expect(panel[0]).toMatchObject({ waiting: true, rendered: { ok: false, errors: [] }, findings: [] });
    // The second card lacks its name: that is known without any wording, and said the same way as with it.
    const withWording = buildPanel(draft, { today: '2026-11-17' });
    expect(panel[1]?.waiting).toBe(false);
    expect(panel[1]?.rendered).toEqual(withWording[1]?.rendered);
    expect(withWording[0]?.rendered.ok).toBe(true);
  });

  it('warns both notes when two people get the same detail (C3)', () => {
    const panel = buildPanel(panelDraft(['the shared inbox for support tickets', 'the shared inbox for support tickets']));
    for (const entry of panel) expect(entry.findings.some((finding) => finding.rule === 'C3' && finding.level === 'warn' && finding.field === 'detail')).toBe(true);
  });

  it.each(SCENARIO_IDS)('writes a %s note for a full panel in every channel', (scenario) => {
    for (const channel of ['email', 'letter', 'card', 'linkedin'] as const) {
      const draft = panelDraft();
      draft.scenario = scenario;
      draft.channel = channel;
      const panel = buildPanel(draft, { today: '2026-11-17' });
      expect(panel.every((entry) => entry.rendered.ok)).toBe(true);
    }
  });
});

describe('sameInput', () => {
  const input = { scenario: 'thank-you', you: { name: 'Noor' }, others: ['Ann', 'Ben'] };
  it.each<[string, unknown, boolean]>([
    ['the same answers in a new object', { scenario: 'thank-you', you: { name: 'Noor' }, others: ['Ann', 'Ben'] }, true],
    ['another name inside', { scenario: 'thank-you', you: { name: 'Nour' }, others: ['Ann', 'Ben'] }, false],
    ['the others in another order', { scenario: 'thank-you', you: { name: 'Noor' }, others: ['Ben', 'Ann'] }, false],
    ['one name fewer', { scenario: 'thank-you', you: { name: 'Noor' }, others: ['Ann'] }, false],
    ['a field more', { scenario: 'thank-you', you: { name: 'Noor' }, others: ['Ann', 'Ben'], detail: '' }, false],
    ['a list where a text was', { scenario: ['thank-you'], you: { name: 'Noor' }, others: ['Ann', 'Ben'] }, false],
    ['nothing', null, false],
  ])('%s → %s', (_label, other, same) => {
    expect(sameInput(input, other)).toBe(same);
  });
});

describe('writePanel, reviewPanel and the checks that follow typing', () => {
  const options = { today: '2026-11-16', now: '2026-11-16T17:00' };

  it('writes the notes buildPanel writes, with no findings until reviewPanel checks them', () => {
    const draft = panelDraft();
    const written = writePanel(draft, options);
    expect(written.map((entry) => entry.findings)).toEqual([[], []]);
    const built = buildPanel(draft, options);
    expect(written.map((entry) => entry.rendered)).toEqual(built.map((entry) => entry.rendered));
    expect(reviewPanel(written, options)).toEqual(built);
  });

  it('knows whether a check still fits: the same notes, card for card', () => {
    const draft = panelDraft();
    const written = writePanel(draft, options);
    const checked = reviewPanel(written, options);
    expect(checksAreCurrent(written, checked)).toBe(true);
    expect(mustCheckNow(written, checked)).toBe(false);
    // A letter typed into the second card's detail: that card's note is new, so the check is out of date, but it may
    // wait for a pause (same cards, same choices), and meanwhile the card shows its last findings.
    draft.interviewers = draft.interviewers.map((person, index) => (index === 1 ? { ...person, detail: `${person.detail}s` } : person));
    const typed = writePanel(draft, options, written);
    expect(typed[0]).toBe(written[0]);
    expect(typed[0]?.input).toBe(written[0]?.input); // the unchanged card keeps its objects, so what is keyed on them holds
    expect(typed[1]?.rendered).not.toBe(written[1]?.rendered);
    expect(checksAreCurrent(typed, checked)).toBe(false);
    expect(mustCheckNow(typed, checked)).toBe(false);
    expect(withFindings(typed, checked).map((entry) => entry.findings)).toEqual(checked.map((entry) => entry.findings));
  });

  it('writes again only the note whose answers changed, and the panel reads as one written afresh', () => {
    const draft = panelDraft(['the shared inbox for support tickets', 'how the night shift hands over open cases', 'the customer survey results']);
    const before = writePanel(draft, options);
    draft.interviewers = draft.interviewers.map((person, index) => (index === 1 ? { ...person, detail: 'the new rota for weekend cover' } : person));
    const after = writePanel(draft, options, before);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after).toEqual(writePanel(draft, options));
  });

  it.each<[string, (draft: BuilderDraft) => void]>([
    ['another company (every note names it)', (draft) => { draft.company = 'Birch & Co'; }],
    ['another day (the place of every note changes)', () => undefined],
    ['the cards reordered', (draft) => { draft.interviewers = [...draft.interviewers].reverse(); }],
    ['another tone', (draft) => { draft.tone = 'warm'; }],
    ['a card removed', (draft) => { draft.interviewers = draft.interviewers.slice(1); }],
  ])('after %s, every note reads as one written afresh', (label, change) => {
    const draft = panelDraft(['the shared inbox for support tickets', 'how the night shift hands over open cases', 'the customer survey results']);
    const before = writePanel(draft, options);
    change(draft);
    const later = label.startsWith('another day') ? { ...options, today: '2026-11-20' } : options;
    const after = writePanel(draft, later, before);
    expect(after).toEqual(writePanel(draft, later));
    if (!label.includes('reordered')) expect(after.some((entry, index) => entry === before[index])).toBe(false);
  });

  it('after any run of edits, writing from the last panel gives what writing afresh gives', () => {
    const fields = ['name', 'detail', 'honorific', 'connection'] as const;
    fc.assert(fc.property(
      fc.array(fc.record({ card: fc.nat(3), field: fc.constantFrom(...fields), value: fc.constantFrom('', 'Dr', 'Ana Ruiz', 'the survey', 'her mentoring plan', 'my time at a clinic') }), { maxLength: 8 }),
      (edits) => {
        const draft = panelDraft(['the shared inbox for support tickets', 'how the night shift hands over open cases', 'the customer survey results', 'the rota']);
        let panel = writePanel(draft, options);
        for (const { card, field, value } of edits) {
          draft.interviewers = draft.interviewers.map((person, index) => (index === card ? { ...person, [field]: value } : person));
          panel = writePanel(draft, options, panel);
          expect(panel).toEqual(writePanel(draft, options));
        }
      },
    ), { numRuns: 60 });
  });

  it.each<[string, (draft: BuilderDraft) => void]>([
    ['a card added', (draft) => { draft.interviewers = [...draft.interviewers, { ...emptyInterviewer('p3'), name: 'Lena Fischer', detail: 'the survey' }]; }],
    ['the cards reordered', (draft) => { draft.interviewers = [...draft.interviewers].reverse(); }],
    ['another scenario', (draft) => { draft.scenario = 'check-in'; }],
    ['another channel', (draft) => { draft.channel = 'card'; }],
    ['another tone', (draft) => { draft.tone = draft.tone === 'formal' ? 'warm' : 'formal'; }],
  ])('checks at once after %s', (_label, change) => {
    const draft = panelDraft();
    const checked = reviewPanel(writePanel(draft, options), options);
    change(draft);
    expect(mustCheckNow(writePanel(draft, options), checked)).toBe(true);
  });

  it('checks at once when a card gets its first note, and shows no findings on a card with no note', () => {
    const draft = panelDraft();
    draft.interviewers[1]!.name = '';
    const checked = reviewPanel(writePanel(draft, options), options);
    expect(checked[1]?.findings).toEqual([]);
    draft.interviewers[1]!.name = 'Omar Price';
    expect(mustCheckNow(writePanel(draft, options), checked)).toBe(true);
    expect(mustCheckNow(writePanel(draft, options), [])).toBe(true);
    const emptied = panelDraft();
    emptied.interviewers[0]!.name = '';
    expect(withFindings(writePanel(emptied, options), reviewPanel(writePanel(panelDraft(), options), options))[0]?.findings).toEqual([]);
  });
});

describe('panelProblems', () => {
  it('is empty when every note is written', () => {
    const draft = panelDraft();
    expect(panelProblems(draft, buildPanel(draft))).toEqual([]);
  });

  it('lists shared inputs once, then each card’s inputs with the card’s number', () => {
    const draft = panelDraft();
    draft.you.name = '';
    draft.company = '';
    draft.interviewers[1]!.name = '';
    draft.interviewers[1]!.email = 'not an address';
    const problems = panelProblems(draft, buildPanel(draft));
    expect(problems.map((problem) => problem.target)).toEqual(['tb-you-name', 'tb-company', 'tb-p2-name', 'tb-p2-email']);
    expect(problems[0]?.message).toBe('Type your name as you want to sign the note.');
    expect(problems[2]?.message).toBe('Interviewer 2: Type the name of the person who interviewed you.');
  });

  it('does not number the card when there is only one', () => {
    const draft = emptyDraft();
    const problems = panelProblems(draft, buildPanel(draft));
    expect(problems.map((problem) => problem.target)).toEqual(['tb-you-name', 'tb-company', 'tb-role', 'tb-p1-name']);
    expect(problems.at(-1)?.message).toBe('Type the name of the person who interviewed you.');
  });
});

describe('alikePairs', () => {
  it.each<[string, string[], [number, number][]]>([
    ['different details', ['the shared inbox for support tickets', 'how the night shift hands over open cases', 'the survey of customers'], []],
    ['the same detail, typed differently', ['The shared inbox!', 'the shared   inbox', 'the survey of customers'], [[0, 1]]],
    ['the first and third alike', ['the shared inbox', 'the survey of customers', 'the shared inbox'], [[0, 2]]],
    ['all three alike', ['the shared inbox', 'the shared inbox', 'the shared inbox'], [[0, 1], [0, 2], [1, 2]]],
    ['no details at all (not the same detail)', ['', '', ''], []],
  ])('%s → %j', (_label, details, pairs) => {
    expect(alikePairs(buildPanel(panelDraft(details)))).toEqual(pairs);
  });

  it.each(['email', 'letter', 'card', 'linkedin'] as const)('finds the same detail in a %s', (channel) => {
    const draft = panelDraft(['the shared inbox for support tickets', 'the survey of customers', 'the shared inbox for support tickets']);
    draft.channel = channel;
    expect(alikePairs(buildPanel(draft))).toEqual([[0, 2]]);
  });

  it('skips notes that cannot be written yet', () => {
    const draft = panelDraft(['the shared inbox', 'the shared inbox']);
    draft.interviewers[1]!.name = '';
    expect(alikePairs(buildPanel(draft))).toEqual([]);
  });
});

describe('fields', () => {
  it.each<[ScenarioId, string[]]>([
    ['thank-you', ['fit', 'promised', 'others']],
    ['thank-you-offer', ['fit', 'startDate', 'promised', 'others']],
    ['timeline-update', ['offerDeadline']],
    ['stay-in-touch', ['news']],
    ['linkedin-connect', []],
  ])('%s asks for %j besides the shared basics', (scenario, fields) => {
    expect(sharedOptionalFields(scenario)).toEqual(fields);
  });

  it.each([['letter', true], ['email', false], ['card', false], ['linkedin', false]] as const)('asksForAddress(%s) → %s', (channel, asks) => {
    expect(asksForAddress(channel)).toBe(asks);
  });

  const chosen = { scenario: 'check-in', channel: 'card', tone: 'warm' } as const;
  it.each([
    ['you.name', 'tb-you-name'],
    ['you.address', 'tb-you-address'],
    ['interviewer.name', 'tb-p4-name'],
    ['interviewer.email', 'tb-p4-email'],
    ['detail', 'tb-p4-detail'],
    ['offerDeadline', 'tb-offer-deadline'],
    ['others', 'tb-others'],
    ['tone', 'tb-tone-warm'],
    ['channel', 'tb-channel-card'],
    ['scenario', 'tb-scenario-check-in'],
    ['outcome', undefined],
  ])('fieldDomId(%s) → %s', (field, id) => {
    expect(fieldDomId(field, 'p4', chosen)).toBe(id);
  });

  it('builds card and choice ids', () => {
    expect(cardFieldId('p2', 'honorific')).toBe('tb-p2-honorific');
    expect(choiceId('scenario', 'withdraw')).toBe('tb-scenario-withdraw');
  });
});

describe('sameFindings', () => {
  const good: Finding = { rule: 'C2', level: 'pass', message: 'Short.' };
  const fix: Finding = { rule: 'C3', level: 'warn', message: 'Add a detail.', field: 'detail' };
  it.each<[string, Finding[], Finding[], boolean]>([
    ['both empty', [], [], true],
    ['equal copies', [good, fix], [{ ...good }, { ...fix }], true],
    ['another order', [good, fix], [fix, good], false],
    ['one more', [good], [good, fix], false],
    ['another message', [fix], [{ ...fix, message: 'Add one.' }], false],
    ['another level', [fix], [{ ...fix, level: 'fail' }], false],
    ['another field', [fix], [{ ...fix, field: 'tone' }], false],
  ])('%s → %s', (_label, a, b, same) => {
    expect(sameFindings(a, b)).toBe(same);
  });

  it('holds for an unchanged panel reviewed again', () => {
    const draft = panelDraft();
    const [first, second] = [buildPanel(draft), buildPanel({ ...draft })];
    expect(first.every((entry, index) => sameFindings(entry.findings, second[index]!.findings))).toBe(true);
    expect(writePanel({ ...draft }, {}, first)[0]).toBe(first[0]); // a note whose answers are as before is given back as the same object
  });
});

describe('who gets a note', () => {
  it.each<[ScenarioId, boolean]>([
    ['thank-you', false], ['thank-you-offer', false], ['thank-you-not-a-fit', false], ['linkedin-connect', false], ['stay-in-touch', false],
    ['check-in', true], ['final-check-in', true], ['timeline-update', true], ['withdraw', true], ['reply-to-rejection', true],
  ])('%s writes one note to the main contact: %s', (scenario, one) => {
    expect(writesOneNote(scenario)).toBe(one);
  });

  it('writes a check-in to the main contact only: the first card, or the one picked while it is there', () => {
    const draft = panelDraft(['the shared inbox', 'night shift handovers', 'the survey']);
    draft.scenario = 'check-in';
    expect(noteCardIds(draft)).toEqual(['p1']);
    draft.contact = 'p3';
    expect(noteCardIds(draft)).toEqual(['p3']);
    const panel = buildPanel(draft, { today: '2026-11-17' });
    expect(panel.map((entry) => [entry.id, entry.input.interviewer.name])).toEqual([['p3', 'Lena Fischer']]);
    draft.interviewers = draft.interviewers.slice(0, 2); // the picked card removed
    expect(mainContactId(draft)).toBe('p1');
    draft.scenario = 'thank-you';
    expect(noteCardIds(draft)).toEqual(['p1', 'p2']);
  });

  it('passes a card’s connection to its own note only, where the situation asks for it', () => {
    const draft = panelDraft();
    draft.interviewers[1]!.connection = 'my two years on the night shift';
    expect(noteInputs(draft).map((input) => input.connection)).toEqual([undefined, 'my two years on the night shift']);
    draft.scenario = 'linkedin-connect';
    expect(noteInputs(draft).map((input) => input.connection)).toEqual([undefined, undefined]);
  });
});

describe('edited notes', () => {
  const options = { today: '2026-11-17', now: '2026-11-17T09:30' };

  it('are checked as edited: text typed over the note is what the coach reads', () => {
    const draft = panelDraft();
    const written = writePanel(draft, options);
    const note = written[0]!.rendered.ok ? written[0]!.rendered.note : undefined;
    if (!note) throw new Error('the first note should be written');
    // A placeholder typed into the note (C8 fails on "[name]"): only the edited card's checks say so.
    draft.interviewers[0]!.edit = { text: note.text.replace(note.paragraphs[0]!, `${note.paragraphs[0]} I also met [name].`), base: note.text };
    const checked = reviewPanel(written, options, editsOf(draft));
    const fails = (index: number) => checked[index]!.findings.filter((finding) => finding.rule === 'C8' && finding.level === 'fail').map((finding) => finding.message);
    expect(fails(0)).toEqual(['“[name]” looks like a placeholder. Replace it with real words.']);
    expect(fails(1)).toEqual([]);
    expect(checksAreCurrent(written, checked, editsOf(draft))).toBe(true);
    draft.interviewers[0]!.edit = { ...draft.interviewers[0]!.edit, text: `${draft.interviewers[0]!.edit.text} More.` };
    expect(checksAreCurrent(written, checked, editsOf(draft))).toBe(false); // typing in the note makes the check stale
  });

  it('stand as edited (subject and text), and know when the answers changed under them', () => {
    const draft = panelDraft();
    const [entry] = writePanel(draft, options);
    const note = entry!.rendered.ok ? entry!.rendered.note : undefined;
    if (!note) throw new Error('the first note should be written');
    expect(standing(entry!, undefined)).toEqual({ subject: note.subject, text: note.text });
    const edit = { subject: 'My subject', text: 'My own note.', base: note.text };
    expect(standing(entry!, edit)).toEqual({ subject: 'My subject', text: 'My own note.' });
    expect(answersChanged(entry!, edit)).toBe(false);
    draft.company = 'Acme Tools Ltd';
    const [after] = writePanel(draft, options);
    expect(answersChanged(after!, edit)).toBe(true);
    expect(standing(after!, edit)?.text).toBe('My own note.'); // never overwritten without asking
    expect(answersChanged(after!, undefined)).toBe(false);
  });

  it('four interviewers with their own details: no two notes read alike', () => {
    const draft = panelDraft(['the shared inbox for support tickets', 'how the night shift hands over open cases', 'the customer survey results']);
    draft.interviewers.push({ ...emptyInterviewer('p4'), name: 'Ravi Menon', detail: 'training plans for new agents' });
    const panel = buildPanel(draft, options);
    expect(panel.every((entry) => entry.rendered.ok)).toBe(true);
    expect(alikePairs(panel, editsOf(draft))).toEqual([]);
  });
});

describe('reviewTexts (the builder’s review of the notes as they stand)', () => {
  it.each(['email', 'letter', 'card', 'linkedin'] as const)('finds on an unedited %s note what reviewNote finds on the written note', async (channel) => {
    const { reviewNote } = await import('../../src/lib/coach');
    const { reviewTexts } = await import('../../src/lib/builder/review');
    const draft = panelDraft();
    draft.channel = channel;
    const [entry] = writePanel(draft, { today: '2026-11-17' });
    if (!entry?.rendered.ok) throw new Error('the note should be written');
    const { note } = entry.rendered;
    const levels = (findings: Finding[]) => findings.map((finding) => `${finding.rule} ${finding.level}`);
    expect(levels(reviewTexts([{ input: entry.input, text: standing(entry, undefined)! }])[0]!)).toEqual(levels(reviewNote(entry.input, note)));
  });
});
