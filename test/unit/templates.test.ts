// The note engine: every scenario × channel × tone, full and bare input; greetings, subjects, signatures, letter blocks, LinkedIn limit, names, errors, panels.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/rules';
import {
  renderNote,
  renderNotes,
  SCENARIOS,
  CHANNELS,
  TONES,
  FIELD_HINTS,
  sampleInput,
  type Channel,
  type Note,
  type NoteInput,
  type ScenarioId,
  type Tone,
} from '../../src/lib/templates/index';
import { NEAR_COPY_SIMILARITY, noteSimilarity } from '../../src/lib/templates/similarity';

const ALL_SCENARIOS: ScenarioId[] = [
  'thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw', 'reply-to-rejection',
  'check-in', 'final-check-in', 'timeline-update', 'stay-in-touch', 'linkedin-connect',
];
const ALL_CHANNELS: Channel[] = ['email', 'letter', 'card', 'linkedin'];
const ALL_TONES: Tone[] = ['formal', 'warm'];
const COMBINATIONS = ALL_SCENARIOS.flatMap((scenario) =>
  ALL_CHANNELS.flatMap((channel) => ALL_TONES.map((tone) => [scenario, channel, tone] as const)));

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;
const DETAIL = 'the plan to move support tickets into one shared inbox';

/** Only what the engine requires. */
function bare(scenario: ScenarioId, channel: Channel, tone: Tone): NoteInput {
  return {
    scenario, channel, tone,
    you: { name: 'Noor Haddad' },
    interviewer: { name: 'Jane Roe' },
    company: 'Acme Tools',
    role: 'Support Lead',
  };
}

/** Every input filled in. 2026-11-17 is a Tuesday; 2026-12-04 a Friday; 2026-12-07 a Monday. */
function full(scenario: ScenarioId, channel: Channel, tone: Tone): NoteInput {
  return {
    ...bare(scenario, channel, tone),
    you: { name: 'Noor Haddad', email: 'noor.haddad@example.org', phone: '555-0134', address: '9 Birch Lane\nDayton, OH 45402' },
    interviewer: { name: 'Jane Roe', honorific: 'Dr.', title: 'Head of Support', email: 'jane.roe@example.com' },
    interviewDate: '2026-11-17',
    detail: DETAIL,
    fit: 'my four years running a help desk for a retail chain',
    promised: 'the link to my onboarding guide',
    news: 'the opening of your new office in Austin',
    offerDeadline: '2026-12-04',
    startDate: '2026-12-07',
    others: ['Ann Lee', 'Bo Park'],
  };
}

function rendered(input: NoteInput, options?: Parameters<typeof renderNote>[1]): Note {
  const result = renderNote(input, options);
  if (!result.ok) throw new Error(`expected a note, got ${JSON.stringify(result.errors)}`);
  return result.note;
}

/** Sentences by a plain rule of thumb: ., ! or ? followed by a space or the end (titles such as "Dr." taken out first). */
function countSentences(paragraph: string): number {
  return paragraph.replace(/\b(Dr|Ms|Mr|Mrs|Mx)\./g, '$1').split(/[.!?…](?:\s|$)/).filter((part) => part.trim()).length;
}

function expectCleanText(note: Note): void {
  const everything = [note.subject ?? '', note.greeting, ...note.paragraphs, note.closing, ...note.signature, note.text].join('\n');
  for (const bad of ['undefined', 'null', '[object', 'NaN', '  ', ' ,', ' .', '..', '\n\n\n', '\r']) {
    expect(everything, `contains ${JSON.stringify(bad)}`).not.toContain(bad);
  }
  expect(note.paragraphs.length).toBeGreaterThan(0);
  for (const paragraph of note.paragraphs) {
    expect(paragraph.trim()).toBe(paragraph);
    // A paragraph ends a sentence, or with the line left for a promised link or answer under the sentence announcing it.
    expect(paragraph).toMatch(/[.!?…]$|below\.\n\[(Paste the link here|Write it here)\]$/);
  }
  for (const line of note.text.split('\n')) expect(line).toBe(line.trimEnd());
  expect(note.text).toBe(note.text.trim());
}

describe('renderNote: all 80 combinations', () => {
  it('covers 10 scenarios × 4 channels × 2 tones', () => {
    expect(COMBINATIONS).toHaveLength(80);
    expect(SCENARIOS.map((scenario) => scenario.id)).toEqual(ALL_SCENARIOS);
  });

  describe.each(COMBINATIONS)('%s · %s · %s', (scenario, channel, tone) => {
    it.each([['full input', full], ['required input only', bare]] as const)('%s renders a clean note', (_, make) => {
      const input = make(scenario, channel, tone);
      const note = rendered(input);
      expectCleanText(note);

      // C4: greeting per tone and honorific (the bare input has no honorific).
      const honorific = make === full;
      const expectedGreeting = tone === 'formal'
        ? (honorific ? 'Dear Dr. Roe,' : 'Dear Jane Roe,')
        : channel === 'email' || channel === 'linkedin' ? 'Hi Jane,' : 'Dear Jane,';
      expect(note.greeting).toBe(expectedGreeting);
      expect(note.text.startsWith(channel === 'letter' ? 'Noor Haddad' : expectedGreeting)).toBe(true);

      // C5: only email has a subject, and it names the role and more.
      if (channel === 'email') {
        expect(note.subject).toContain('Support Lead');
        expect(note.subject!.length).toBeGreaterThan('Support Lead'.length + 5);
        expect(note.subject).not.toMatch(/[\r\n]/);
      } else {
        expect(note.subject).toBeUndefined();
      }

      // C3: the detail is there, whole, when given (it may open a sentence, so with a capital).
      if (make === full) expect(note.text.toLowerCase()).toContain(DETAIL);

      // C6: signature with full name and the contacts given.
      expect(note.signature[0]).toBe('Noor Haddad');
      if (channel === 'email' && make === full) expect(note.signature).toEqual(['Noor Haddad', '555-0134', 'noor.haddad@example.org']);
      if (channel === 'email' && make === bare) expect(note.signature).toEqual(['Noor Haddad']);

      // Letter: sender block, then recipient block, then greeting.
      if (channel === 'letter') {
        const sender = make === full ? 'Noor Haddad\n9 Birch Lane\nDayton, OH 45402\n555-0134\nnoor.haddad@example.org' : 'Noor Haddad';
        const recipient = make === full ? 'Dr. Jane Roe\nHead of Support\nAcme Tools' : 'Jane Roe\nAcme Tools';
        expect(note.text.startsWith(`${sender}\n\n`)).toBe(true);
        const recipientAt = note.text.indexOf(`\n\n${recipient}\n\n${note.greeting}\n\n`);
        expect(recipientAt).toBeGreaterThan(0);
        expect(note.text.endsWith(`${note.closing}\nNoor Haddad`)).toBe(true);
      }

      // Card: handwritten register, 2 to 4 sentences in one paragraph.
      if (channel === 'card') {
        expect(note.paragraphs).toHaveLength(1);
        const sentences = countSentences(note.paragraphs[0]!);
        expect(sentences).toBeGreaterThanOrEqual(2);
        expect(sentences).toBeLessThanOrEqual(4);
      }

      // C10: LinkedIn fits 200 characters.
      if (channel === 'linkedin') expect(note.text.length).toBeLessThanOrEqual(LINKEDIN_LIMIT);

      // C2: short enough.
      if (channel === 'email' || channel === 'letter') expect(note.paragraphs.length).toBeLessThanOrEqual(4);
    });
  });
});

describe('optional inputs change the note naturally', () => {
  it('says when the interview was: the weekday for a thank-you, the date for later notes', () => {
    expect(rendered(full('thank-you', 'email', 'formal')).text).toContain('on Tuesday');
    expect(rendered(full('check-in', 'email', 'formal')).text).toContain('on November 17');
    expect(rendered(full('thank-you', 'email', 'warm'), { today: '2026-11-18' }).text).toContain('yesterday');
    expect(rendered(full('thank-you', 'email', 'warm'), { today: '2026-11-17' }).text).toContain('today');
  });

  it('names the date in a letter or card, which is read days after it is posted', () => {
    for (const channel of ['letter', 'card'] as const) {
      for (const [today, when] of [['2026-11-17', 'on November 17'], ['2026-11-18', 'on November 17'], [undefined, 'on November 17'], ['2027-01-04', 'on November 17, 2026']] as const) {
        for (const tone of ['formal', 'warm'] as const) {
          const text = rendered({ ...full('thank-you', channel, tone), offerDeadline: '' }, today ? { today } : {}).text;
          expect(text, `${channel} ${tone} ${today}`).not.toMatch(/\b(today|yesterday|on Tuesday)\b/);
          if (channel === 'letter') expect(text, `${channel} ${tone} ${today}`).toContain(when);
        }
      }
    }
  });

  it('writes the offer deadline and the start date in words', () => {
    expect(rendered(full('timeline-update', 'email', 'formal')).text).toContain('by Friday, December 4');
    expect(rendered(full('thank-you-offer', 'letter', 'warm')).text).toContain('Monday, December 7');
    expect(rendered(full('timeline-update', 'card', 'warm'), { today: '2025-12-01' }).text).toContain('Friday, December 4, 2026');
  });

  it('dates a letter: today when given, the interview day for a thank-you, else no date line', () => {
    expect(rendered(full('check-in', 'letter', 'formal'), { today: '2026-11-30' }).text).toContain('\n\nNovember 30, 2026\n\n');
    expect(rendered(full('thank-you', 'letter', 'formal')).text).toContain('\n\nNovember 17, 2026\n\n');
    const checkIn = rendered(full('check-in', 'letter', 'formal')).text;
    expect(checkIn).not.toContain('2026\n\n');
    expect(checkIn).toMatch(/noor\.haddad@example\.org\n\nDr\. Jane Roe/);
  });

  it('says where a promised link is and leaves a line to paste it; a letter never encloses a link (C7)', () => {
    expect(rendered(full('thank-you', 'email', 'formal')).text).toContain('As promised, I have put the link to my onboarding guide below.\n[Paste the link here]');
    const letter = rendered(full('thank-you', 'letter', 'warm')).text;
    expect(letter).toContain('As promised, I’ve put the link to my onboarding guide below.\n[Paste the link here]');
    expect(letter).not.toContain('enclosed');
    expect(rendered(full('thank-you', 'card', 'formal')).text).not.toContain('As promised');
    expect(rendered(full('thank-you', 'linkedin', 'formal')).text).not.toContain('As promised');
  });

  it.each([
    // [what was typed, channel, the sentence the note must hold, the line under it]
    ['my writing samples', 'email', 'As promised, I have attached my writing samples.', undefined],
    ['my writing samples', 'letter', 'As promised, I have enclosed my writing samples.', undefined],
    ['I will send my portfolio by Friday.', 'email', 'As promised, I have attached my portfolio.', undefined],
    ['my portfolio at https://noor.example/work', 'email', 'As promised, here is my portfolio at https://noor.example/work.', undefined],
    ['the GitHub link for the ticket bot', 'email', 'As promised, I have put the GitHub link for the ticket bot below.', '[Paste the link here]'],
    ['my answer to your question about weekend cover', 'email', 'As promised, I have included my answer to your question about weekend cover below.', '[Write it here]'],
  ] as const)('promised %j by %s', (promised, channel, sentence, line) => {
    const text = rendered({ ...full('thank-you', channel, 'formal'), promised }).text;
    expect(text).toContain(line ? `${sentence}\n${line}` : sentence);
    if (!line) expect(text).not.toContain('[');
  });

  it('asks to pass thanks on to the others by name (C9)', () => {
    expect(rendered(full('thank-you', 'email', 'formal')).text).toContain('Please pass my thanks to Ann Lee and Bo Park as well.');
    const three = { ...full('thank-you', 'letter', 'warm'), others: ['Ann Lee', 'Bo Park', 'Cy Diaz'] };
    expect(rendered(three).text).toContain('Ann Lee, Bo Park, and Cy Diaz');
  });

  it('puts a connection of this interviewer’s own right after the detail, and leaves the shared fit out of that note (C1)', () => {
    const input = { ...full('thank-you', 'email', 'formal'), connection: 'my year on a team that merged three inboxes' };
    const paragraphs = rendered(input).paragraphs.join(' ');
    const detailAt = paragraphs.toLowerCase().indexOf(DETAIL);
    const connectionAt = paragraphs.indexOf('my year on a team that merged three inboxes');
    expect(detailAt).toBeGreaterThanOrEqual(0);
    expect(connectionAt).toBeGreaterThan(detailAt);
    expect(paragraphs.slice(detailAt, connectionAt).split(/[.!?] /).length).toBe(2);
    expect(paragraphs).not.toContain('my four years running a help desk');
  });

  it('uses the shared fit in its own sentence, never welded onto the detail (C1)', () => {
    const text = rendered(full('thank-you', 'email', 'formal')).text;
    const sentence = text.split(/(?<=[.!?])\s/).find((part) => part.toLowerCase().includes(DETAIL)) ?? '';
    expect(sentence).not.toContain('help desk');
    expect(text).toContain('my four years running a help desk for a retail chain');
  });

  it('ties a stay-in-touch note to the news', () => {
    expect(rendered(full('stay-in-touch', 'email', 'warm')).text.toLowerCase()).toContain('the opening of your new office in austin');
  });

  it('cleans typed fragments: spaces trimmed, closing punctuation dropped, a leading article in lower case', () => {
    const input = { ...bare('thank-you', 'letter', 'formal'), company: '  Acme   Tools ', detail: ' The weekly   demo day. ' };
    const note = rendered(input);
    expect(note.text).toMatch(/(the|The) weekly demo day[ .]/);
    expect(note.text).not.toContain('day..');
    expect(note.text).toContain('Acme Tools');
    expectCleanText(note);
  });

  it('renders the same note for the same input every time', () => {
    expect(rendered(full('check-in', 'email', 'warm'))).toEqual(rendered(full('check-in', 'email', 'warm')));
  });

  it('keeps line breaks out of the subject', () => {
    const note = rendered({ ...bare('thank-you', 'email', 'formal'), role: 'Support Lead\r\nBcc: evil@example.com' });
    expect(note.subject).not.toMatch(/[\r\n]/);
  });
});

describe('LinkedIn notes fit 200 characters', () => {
  it('keeps a long detail whole, dropping stock sentences first, and never cuts a phrase (C10)', () => {
    const long = 'the way your team rebuilt the whole returns process from scratch after the holiday rush';
    for (const scenario of ALL_SCENARIOS) {
      for (const tone of ALL_TONES) {
        const note = rendered({ ...full(scenario, 'linkedin', tone), detail: long });
        expect(note.text.length).toBeLessThanOrEqual(LINKEDIN_LIMIT);
        expect(note.text.toLowerCase()).toContain(long);
        expect(note.text).not.toContain('…');
      }
    }
  });

  it('asks to shorten a detail that cannot fit even alone, saying by how much', () => {
    // "Hi Jane,\n" is 9 characters; the shortest frame a note can take around a detail is the detail itself plus a few
    // words, so a 230-character detail is over the 200 by at least 39 characters in every wording.
    const detail = `the ${'very '.repeat(44)}long story`;
    expect(detail.length).toBe(234);
    const result = renderNote({ ...full('thank-you', 'linkedin', 'warm'), detail });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe('detail');
    const over = Number(/at least (\d+) characters/.exec(result.errors[0]?.message ?? '')?.[1]);
    expect(over).toBeGreaterThanOrEqual(234 + 9 - LINKEDIN_LIMIT);
    // Cutting exactly that many characters makes it fit.
    const cut = renderNote({ ...full('thank-you', 'linkedin', 'warm'), detail: detail.slice(0, detail.length - over) });
    expect(cut.ok).toBe(true);
  });

  it('stays within the limit with the longest names and titles allowed', () => {
    const huge = (word: string, length: number): string => `${word} ${'x'.repeat(length - word.length - 1)}`;
    for (const scenario of ALL_SCENARIOS) {
      const input: NoteInput = {
        ...full(scenario, 'linkedin', 'formal'),
        you: { name: huge('Noor', 80) },
        interviewer: { name: huge('Jane', 80), honorific: 'Professor' },
        company: huge('Acme', 120),
        role: huge('Lead', 120),
      };
      // With the detail, a note either fits or asks to shorten the detail; without it, a note always fits.
      const result = renderNote(input);
      if (result.ok) expect(result.note.text.length).toBeLessThanOrEqual(LINKEDIN_LIMIT);
      else expect(result.errors.map((error) => error.field)).toEqual(['detail']);
      const note = rendered({ ...input, detail: '' });
      expect(note.text.length).toBeLessThanOrEqual(LINKEDIN_LIMIT);
      expect(note.text).not.toContain('undefined');
    }
  });
});

describe('name splitting and greetings (C4)', () => {
  it.each([
    // [typed name, honorific field, formal greeting, warm email greeting]
    ['Cher', '', 'Dear Cher,', 'Hi Cher,'],
    ['Cher', 'Ms', 'Dear Ms. Cher,', 'Hi Ms. Cher,'],
    ['Dr. Okafor', '', 'Dear Dr. Okafor,', 'Hi Dr. Okafor,'],
    ['Okafor', 'Dr.', 'Dear Dr. Okafor,', 'Hi Dr. Okafor,'],
    ['rebecca stone', '', 'Dear Rebecca Stone,', 'Hi Rebecca,'],
    ["SEAN O'NEIL", 'Mr.', "Dear Mr. O'Neil,", 'Hi Sean,'],
    ['ian mcadams', 'mr', 'Dear Mr. McAdams,', 'Hi Ian,'],
    ['ANNA VAN DER BERG', 'Ms.', 'Dear Ms. van der Berg,', 'Hi Anna,'],
    ['lucía garcía-lópez', 'Dr', 'Dear Dr. García-López,', 'Hi Lucía,'],
    ['DeShawn McAdams', 'Mr.', 'Dear Mr. McAdams,', 'Hi DeShawn,'],
    ['Anne-Marie Lopez-Garcia', 'Ms.', 'Dear Ms. Lopez-Garcia,', 'Hi Anne-Marie,'],
    ['Ludwig van Beethoven', 'Mr', 'Dear Mr. van Beethoven,', 'Hi Ludwig,'],
    ['María José de la Cruz', 'ms', 'Dear Ms. de la Cruz,', 'Hi María,'],
    ['Robert De Niro', 'Mr.', 'Dear Mr. De Niro,', 'Hi Robert,'],
    ['Aisha bin Laden-Hart', 'Dr', 'Dear Dr. bin Laden-Hart,', 'Hi Aisha,'],
    ['   Jane     Roe  ', '', 'Dear Jane Roe,', 'Hi Jane,'],
    ['Dr Jane Roe', '', 'Dear Dr. Roe,', 'Hi Jane,'],
    ['dr. Jane Roe', '', 'Dear Dr. Roe,', 'Hi Jane,'],
    ['Ms. Jane Roe', 'Dr.', 'Dear Dr. Roe,', 'Hi Jane,'],
    ['Prof Alan Turing', '', 'Dear Professor Turing,', 'Hi Alan,'],
    ['Mx Sam Lee', '', 'Dear Mx. Lee,', 'Hi Sam,'],
    ['Jane Roe, PhD', 'Dr.', 'Dear Dr. Roe,', 'Hi Jane,'],
    ['Martin Luther King Jr.', 'Dr.', 'Dear Dr. King,', 'Hi Martin,'],
    ['María José de la Cruz', '', 'Dear María José de la Cruz,', 'Hi María,'],
  ])('%j with honorific %j → %j / %j', (name, honorific, formal, warm) => {
    const input = (tone: Tone): NoteInput => ({ ...bare('thank-you', 'email', tone), interviewer: { name, honorific } });
    expect(rendered(input('formal')).greeting).toBe(formal);
    expect(rendered(input('warm')).greeting).toBe(warm);
  });

  it('prints the honorific and the whole name in the letter’s recipient block', () => {
    const input = { ...bare('thank-you', 'letter', 'formal'), interviewer: { name: 'Ludwig van Beethoven', honorific: 'mr' } };
    expect(rendered(input).text).toContain('\n\nMr. Ludwig van Beethoven\nAcme Tools\n\nDear Mr. van Beethoven,');
  });
});

describe('input errors', () => {
  const fieldsOf = (input: unknown, options?: { today?: string }): string[] => {
    const result = renderNote(input as NoteInput, options);
    return result.ok ? [] : result.errors.map((error) => error.field);
  };

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'thank-you'],
    ['an empty object', {}],
    ['an array', []],
  ])('never throws on %s and lists every required field', (_, input) => {
    expect(fieldsOf(input)).toEqual(['scenario', 'channel', 'tone', 'you.name', 'interviewer.name', 'company', 'role']);
  });

  it('reports each problem with its field and a plain sentence, several at once', () => {
    const result = renderNote({
      scenario: 'thank-you-later' as ScenarioId, channel: 'fax' as Channel, tone: 'casual' as Tone,
      you: { name: '   ', email: 'noor at example' },
      interviewer: { name: 'Dr.', email: 'jane@' },
      company: '', role: 12 as unknown as string,
      interviewDate: '2026-02-30', offerDeadline: 'next Friday', startDate: '2026-13-01',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      'scenario', 'channel', 'tone', 'you.name', 'you.email', 'interviewer.name', 'interviewer.email',
      'company', 'role', 'interviewDate', 'offerDeadline', 'startDate',
    ]);
    for (const error of result.errors) {
      expect(error.message).toMatch(/^[A-Z“].*[.]$/);
      expect(error.message).not.toMatch(/undefined|null|regex|ISO|NaN/i);
    }
    expect(result.errors.find((error) => error.field === 'interviewer.name')?.message).toContain('name');
  });

  it('treats missing nested objects as missing names', () => {
    expect(fieldsOf({ ...bare('thank-you', 'email', 'formal'), you: undefined, interviewer: null })).toEqual(['you.name', 'interviewer.name']);
  });

  it('checks dates: real calendar dates, deadlines and start dates not before the interview, a deadline not already past', () => {
    expect(fieldsOf({ ...bare('thank-you', 'email', 'formal'), interviewDate: '2028-02-29' })).toEqual([]);
    expect(fieldsOf({ ...bare('thank-you', 'email', 'formal'), interviewDate: '2026-02-29' })).toEqual(['interviewDate']);
    expect(fieldsOf({ ...bare('timeline-update', 'email', 'formal'), interviewDate: '2026-11-17', offerDeadline: '2026-11-10' })).toEqual(['offerDeadline']);
    expect(fieldsOf({ ...bare('timeline-update', 'email', 'formal'), offerDeadline: '2026-11-20' }, { today: '2026-11-23' })).toEqual(['offerDeadline']);
    expect(fieldsOf({ ...bare('thank-you-offer', 'email', 'formal'), interviewDate: '2026-11-17', startDate: '2026-11-16' })).toEqual(['startDate']);
  });

  it('refers over-long fields back to the job seeker', () => {
    expect(fieldsOf({ ...bare('thank-you', 'email', 'formal'), detail: 'x '.repeat(400) })).toEqual(['detail']);
    expect(fieldsOf({ ...bare('thank-you', 'email', 'formal'), you: { name: 'N'.repeat(200) } })).toEqual(['you.name']);
  });

  it('ignores optional inputs of the wrong type rather than printing them', () => {
    const note = rendered({ ...bare('thank-you', 'email', 'formal'), detail: 5 as unknown as string, others: 'Ann' as unknown as string[] });
    expectCleanText(note);
  });
});

describe('several interviewers get notes of their own (C3)', () => {
  const panel = [
    { name: 'Jane Roe', detail: 'the plan to move support tickets into one shared inbox' },
    { name: 'Omar Price', detail: 'how the night shift hands over open cases' },
    { name: 'Lena Fischer', detail: 'your goal of answering every chat within two minutes' },
  ];
  const inputsFor = (scenario: ScenarioId, channel: Channel, tone: Tone): NoteInput[] =>
    panel.map(({ name, detail }) => ({ ...full(scenario, channel, tone), interviewer: { name }, detail, others: [] }));

  /** The body's sentences with the interviewer's detail taken out, to compare the wording around it. */
  const wording = (note: Note, detail: string): Set<string> =>
    new Set(note.paragraphs.join(' ').split(/(?<=[.!?])\s+/).filter((sentence) => !sentence.includes(detail)));

  it.each(COMBINATIONS)('renderNotes: %s · %s · %s read differently, beyond the name and detail', (scenario, channel, tone) => {
    const inputs = inputsFor(scenario, channel, tone);
    const notes = renderNotes(inputs).map((result) => (result.ok ? result.note : undefined));
    for (let a = 0; a < notes.length; a += 1) {
      for (let b = a + 1; b < notes.length; b += 1) {
        expect(noteSimilarity(notes[a]!, notes[b]!)).toBeLessThan(NEAR_COPY_SIMILARITY);
        if (channel !== 'linkedin') {
          const shared = [...wording(notes[a]!, panel[a]!.detail)].filter((sentence) => wording(notes[b]!, panel[b]!.detail).has(sentence));
          expect(shared.length).toBeLessThan(wording(notes[a]!, panel[a]!.detail).size);
        }
      }
    }
  });

  it.each(ALL_TONES)('renderNote alone (a stable hash of name and detail) also varies the thank-you (%s)', (tone) => {
    for (const channel of ['email', 'letter', 'card'] as const) {
      const [first, second] = inputsFor('thank-you', channel, tone).map((input) => rendered(input));
      expect(noteSimilarity(first!, second!)).toBeLessThan(NEAR_COPY_SIMILARITY);
      expect(first!.paragraphs.join(' ').replace(panel[0]!.detail, '')).not.toBe(second!.paragraphs.join(' ').replace(panel[1]!.detail, ''));
    }
  });
});

describe('scenario sense per channel', () => {
  const CHECK_INS: ScenarioId[] = ['check-in', 'final-check-in'];
  it.each(CHECK_INS.flatMap((scenario) => ALL_CHANNELS.flatMap((channel) => ALL_TONES.map((tone) => [scenario, channel, tone] as const))))(
    '%s by %s (%s) asks for an update', (scenario, channel, tone) => {
      for (const make of [full, bare]) {
        const { text } = rendered(make(scenario, channel, tone));
        expect(text).toMatch(/\?/);
      }
    });

  it.each(ALL_TONES)('a LinkedIn invitation never talks about the other offer (%s)', (tone) => {
    const { text } = rendered(full('timeline-update', 'linkedin', tone));
    expect(text).not.toMatch(/offer|deadline|December/i);
  });

  it.each(ALL_CHANNELS.flatMap((channel) => ALL_TONES.map((tone) => [channel, tone] as const)))(
    'a stay-in-touch note congratulates when the news is theirs (%s, %s)', (channel, tone) => {
      const theirs = rendered({ ...full('stay-in-touch', channel, tone), news: 'her promotion to VP of Support' }).text;
      expect(theirs).toMatch(/congrat/i);
      expect(theirs.toLowerCase()).toContain(channel === 'linkedin' ? 'your promotion to vp of support' : 'your promotion to vp of support');
      const company = rendered({ ...full('stay-in-touch', channel, tone), news: 'the new office in Austin' }).text;
      expect(company).not.toMatch(/congrat/i);
    });

  it.each([['Acme Inc.', 'Acme Inc.'], ['Yahoo!', 'Yahoo!']])('never doubles the stop after %j', (company) => {
    for (const scenario of ALL_SCENARIOS) {
      for (const channel of ALL_CHANNELS) {
        for (const tone of ALL_TONES) {
          const note = rendered({ ...full(scenario, channel, tone), company });
          expect(note.text).not.toMatch(/\.\.|!\.|\?\./);
        }
      }
    }
  });
});

describe('builder lists and samples', () => {
  it('labels every scenario, channel and tone with a hint', () => {
    for (const list of [SCENARIOS, CHANNELS, TONES]) {
      for (const item of list) {
        expect(item.label.length).toBeGreaterThan(2);
        expect(item.hint).toMatch(/^[A-Z].*\.$/);
      }
    }
    expect(CHANNELS.map((channel) => channel.id)).toEqual(ALL_CHANNELS);
    expect(TONES.map((tone) => tone.id)).toEqual(ALL_TONES);
    for (const scenario of SCENARIOS) for (const field of scenario.fields) expect(FIELD_HINTS[field].label).toBeTruthy();
  });

  it.each(COMBINATIONS)('sampleInput(%s, %s, %s) renders a clean note with invented people', (scenario, channel, tone) => {
    for (const index of [0, 1, 2]) {
      const input = sampleInput(scenario, channel, tone, index);
      expect(input.you.email).toMatch(/@example\.com$/);
      const note = rendered(input);
      expectCleanText(note);
    }
  });
});
