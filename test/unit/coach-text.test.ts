// reviewText on free text: the note's parts read from its text, the check-in windows, the promised item, findings that point at their place, and no finding that contradicts another. Table-driven; dates worked out by hand.
import { describe, expect, it } from 'vitest';
import { reviewText, type Finding } from '../../src/lib/coach';
import { readText } from '../../src/lib/review/read-text';
import { hasMisspelling, misspellings } from '../../src/lib/review/spelling';
import { PROMISED_LINK_LINE, addressesIn, hasWebAddress } from '../../src/lib/templates/promised';
import { maskOf, maskedShingles, similarityTo } from '../../src/lib/templates/similarity';
import type { NoteInput } from '../../src/lib/templates/types';

const SIGNATURE = 'Ana Ruiz\n555-0102\nana.ruiz@example.com';

function input(extra: Partial<NoteInput> = {}): NoteInput {
  return {
    scenario: 'thank-you', channel: 'email', tone: 'formal',
    you: { name: 'Ana Ruiz', email: 'ana.ruiz@example.com', phone: '555-0102' },
    interviewer: { name: 'Grace Obi', honorific: 'Ms.' },
    company: 'Tidewater Books', role: 'Store Manager', interviewDate: '2026-11-17',
    detail: 'the plan to open a reading room for children',
    ...extra,
  };
}

function email(body: string, greeting = 'Dear Ms. Obi,'): string {
  return `${greeting}\n\n${body}\n\nKind regards,\n${SIGNATURE}`;
}

const GOOD_BODY = 'Thank you for meeting me today. The plan to open a reading room for children is one I would love to help with.\n\nI am very interested in the role, and I would be glad to send anything else you need.';

function alarms(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.level !== 'pass');
}

describe('readText finds the parts of each channel’s layout', () => {
  it.each([
    ['email', email(GOOD_BODY), 'Dear Ms. Obi,', 2, 'Kind regards,', ['Ana Ruiz', '555-0102', 'ana.ruiz@example.com'], 0],
    ['card', 'Dear Grace,\n\nThank you for the tour. I would love to join you.\n\nWarmly,\nAna', 'Dear Grace,', 1, 'Warmly,', ['Ana'], 0],
    ['LinkedIn, one line each', 'Hi Grace,\nThanks for today. I enjoyed our talk.\nBest,\nAna Ruiz', 'Hi Grace,', 1, 'Best,', ['Ana Ruiz'], 0],
    ['letter, with sender, date and recipient blocks', `Ana Ruiz\n12 Oak Road\n555-0102\n\nNovember 17, 2026\n\nMs. Grace Obi\nTidewater Books\n\n${email(GOOD_BODY).replace(`\n${SIGNATURE}`, '\nAna Ruiz')}`, 'Dear Ms. Obi,', 2, 'Kind regards,', ['Ana Ruiz'], 6],
    ['no sign-off: the short lines at the end', 'Hi Grace,\n\nThanks so much for today. I loved it.\n\nAna Ruiz\n555-0102', 'Hi Grace,', 1, undefined, ['Ana Ruiz', '555-0102'], 0],
    ['greeting and body on one line', 'Hi Grace, thanks so much for the chat about the reading room today!\nAna', 'Hi Grace,', 1, undefined, ['Ana'], 0],
  ])('%s', (_, text, greeting, paragraphs, closing, signature, header) => {
    const read = readText(text);
    expect(read.greeting?.text).toBe(greeting);
    expect(read.paragraphs).toHaveLength(paragraphs);
    expect(read.closing?.text).toBe(closing);
    expect(read.signature.map((line) => line.text)).toEqual(signature);
    expect(read.header).toHaveLength(header);
    for (const part of [read.greeting, ...read.paragraphs, read.closing, ...read.signature]) {
      if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
    }
  });

  it('keeps paragraphs apart by blank lines, or by a line break after a full sentence', () => {
    expect(readText(email('One sentence here.\nAnother sentence here.')).paragraphs.map((p) => p.text)).toEqual(['One sentence here.', 'Another sentence here.']);
    expect(readText(email('A line that wraps\nin the middle.')).paragraphs).toHaveLength(1);
  });
});

describe('the check-in windows (interview on Tuesday 2026-11-17)', () => {
  // T5: from nextBusinessDay(11-17 + 8 = Wed 11-25) to nextBusinessDay(11-17 + 14 = Tue 12-01).
  // T8, final: from nextBusinessDay(11-25 + 7 = Wed 12-02) to nextBusinessDay(12-01 + 7 = Tue 12-08).
  // T4, decision date Fri 11-20: from addBusinessDays(11-20, 2) = Tue 11-24 to nextBusinessDay(11-27) = Fri 11-27.
  // T4, decision date Wed 11-25: two business days on is Fri 11-27 (Thu 11-26, Fri 11-27); with the US region Thursday
  // 11-26 is Thanksgiving, so it is Mon 11-30 (Fri 11-27, Mon 11-30).
  const checkIn = (extra: Partial<NoteInput> = {}) => input({ scenario: 'check-in', ...extra });
  const text = email('I am following up on my interview for the Store Manager role, and I still think about the plan to open a reading room for children. Is there any news on your decision?');
  it.each([
    ['check-in', '2026-11-24', {}, 'T5', 'warn'],
    ['check-in', '2026-11-25', {}, 'T5', 'pass'],
    ['check-in', '2026-12-01T16:00', {}, 'T5', 'pass'],
    ['check-in', '2026-12-02', {}, 'T5', 'warn'],
    ['final-check-in', '2026-12-01', {}, 'T8', 'warn'],
    ['final-check-in', '2026-12-02', {}, 'T8', 'pass'],
    ['final-check-in', '2026-12-08', {}, 'T8', 'pass'],
    ['final-check-in', '2026-12-09', {}, 'T8', 'warn'],
    ['check-in', '2026-11-23', { decisionDate: '2026-11-20' }, 'T4', 'warn'],
    ['check-in', '2026-11-24', { decisionDate: '2026-11-20' }, 'T4', 'pass'],
    ['check-in', '2026-11-27', { decisionDate: '2026-11-25' }, 'T4', 'pass'],
    ['check-in', '2026-11-27', { decisionDate: '2026-11-25', region: 'US' as const }, 'T4', 'warn'],
    ['check-in', '2026-11-30', { decisionDate: '2026-11-20' }, 'T4', 'warn'],
  ] as const)('%s reviewed on %s %j → %s %s', (scenario, now, options, rule, level) => {
    const found = reviewText(checkIn({ scenario }), { subject: 'Following up – Store Manager interview', text }, [], { now, ...options })
      .filter((finding) => finding.rule === rule && /time|soon|Wait/.test(finding.message));
    expect(found.map((finding) => finding.level)).toEqual([level]);
  });

  it('stays quiet about timing without a moment of review, and asks for a question either way', () => {
    const quiet = reviewText(checkIn(), { subject: 'Following up – Store Manager interview', text: email('I am following up on the Store Manager role and the plan to open a reading room for children. Thank you again.') });
    expect(alarms(quiet).map((finding) => finding.message)).toEqual(['Ask one clear question, such as “Is there any news on your decision?”, so they know what you need.']);
  });
});

describe('C7 what was promised, by kind', () => {
  const subject = 'Thank you – Store Manager interview';
  const review = (promised: string, body: string, channel: NoteInput['channel'] = 'email') =>
    reviewText(input({ promised, channel }), { subject, text: email(`${GOOD_BODY}\n\n${body}`) }).filter((finding) => finding.rule === 'C7');
  it.each([
    ['a link pasted', 'the link to my reading list', 'My reading list is here: https://anaruiz.dev/reading', 'pass', undefined],
    ['a link with the line left in', 'the link to my reading list', `The link to my reading list is below.\n\n${PROMISED_LINK_LINE}`, 'warn', PROMISED_LINK_LINE],
    ['a link named but not pasted', 'the link to my reading list', 'I will share my reading list soon.', 'warn', undefined],
    ['a file said to be attached', 'my store layout plan', 'I have attached my store layout plan.', 'pass', undefined],
    ['a file named but not said to be attached', 'my store layout plan', 'My store layout plan shows the reading room.', 'warn', undefined],
    ['an answer given', 'my answer about stock counts', 'About stock counts: I would count weekly.', 'pass', undefined],
    ['an answer missing', 'my answer about stock counts', 'Thanks again.', 'warn', undefined],
  ])('%s → %s', (_, promised, body, level, at) => {
    const found = review(promised, body);
    expect(found.map((finding) => finding.level)).toEqual([level]);
    if (at) {
      const text = email(`${GOOD_BODY}\n\n${body}`);
      expect(text.slice(found[0]!.at!.start, found[0]!.at!.end)).toBe(at);
    }
  });

  it('on a card only reminds to send it with the email', () => {
    expect(review('my store layout plan', '', 'card').map((finding) => finding.level)).toEqual(['pass']);
  });
});

describe('findings point at the place to change', () => {
  it.each([
    ['a doubled word', GOOD_BODY.replace('meeting me', 'meeting me me'), 'me me'],
    ['a misspelling', GOOD_BODY.replace('interested', 'intrested'), 'intrested'],
    ['doubled punctuation', GOOD_BODY.replace('today.', 'today,,'), ',,'],
    ['a placeholder', GOOD_BODY.replace('the role', 'the role at {{company}}'), '{{company}}'],
    ['another company', GOOD_BODY.replace('in the role', 'in the role at Pagewise Books'), 'Pagewise Books'],
    ['a missing full stop', GOOD_BODY.replace(/need\.$/, 'need'), 'need'],
  ])('%s', (_, body, words) => {
    const text = email(body);
    const found = alarms(reviewText(input(), { subject: 'Thank you – Store Manager interview', text })).filter((finding) => finding.at);
    expect(found.map((finding) => text.slice(finding.at!.start, finding.at!.end))).toContain(words);
  });

  it('points a greeting in the wrong tone at the greeting line and the tone field', () => {
    const text = email(GOOD_BODY, 'Hi Grace,');
    const found = alarms(reviewText(input(), { subject: 'Thank you – Store Manager interview', text }));
    expect(found).toEqual([expect.objectContaining({ rule: 'C4', field: 'tone', at: { start: 0, end: 9 } })]);
  });
});

describe('no finding contradicts another', () => {
  it('a note with no detail is never called personal', () => {
    const findings = reviewText(input({ detail: undefined }), { subject: 'Thank you – Store Manager interview', text: email('Thank you for meeting me today. I enjoyed it.\n\nI am very interested in the role, and glad to send anything else you need.') });
    expect(alarms(findings).some((finding) => /specific/.test(finding.message))).toBe(true);
    expect(findings.some((finding) => /personal/i.test(finding.message))).toBe(false);
  });

  it('a greeting to someone else is one finding, not also a tone warning', () => {
    const findings = alarms(reviewText(input(), { subject: 'Thank you – Store Manager interview', text: email(GOOD_BODY, 'Dear Mr. Hale,') }));
    expect(findings.map((finding) => finding.rule)).toEqual(['C8']);
  });

  it('a placeholder in the greeting is a placeholder, not someone else', () => {
    const findings = alarms(reviewText(input(), { subject: 'Thank you – Store Manager interview', text: email(GOOD_BODY, 'Dear Ms. Lastname,') }));
    expect(findings.map((finding) => finding.message)).toEqual(['“Lastname” looks like a placeholder. Replace it with real words.']);
  });
});

describe('helpers', () => {
  it.each([
    ['I definately recieved it.', ['definitely', 'received']],
    ['Untill then, thier team…', ['Until', 'their']],
    ['Nothing wrong with this sentence.', []],
  ])('misspellings(%j)', (text, right) => {
    expect(misspellings(text).map((found) => found.right)).toEqual(right);
  });

  it.each([
    [['i', 'definately', 'agree'], true],
    [["recieve's", 'it'], true],
    [['untill'], true],
    [['nothing', 'wrong', "it's", 'here'], false],
    [['constructor', 'tostring', '__proto__'], false],
    [[], false],
  ])('hasMisspelling(%j) → %s', (words, expected) => {
    expect(hasMisspelling(words)).toBe(expected);
  });

  it.each([
    ['See https://ana.dev/work.', true],
    ['See www.anaruiz.com', true],
    ['anaruiz.dev/portfolio', true],
    ['Write to ana.ruiz@example.com', false],
    ['I met Dr. Obi today.', false],
  ])('hasWebAddress(%j) → %s', (text, expected) => {
    expect(hasWebAddress(text)).toBe(expected);
  });

  it('addressesIn leaves trailing punctuation out', () => {
    const text = 'Mail ana@example.org or see (https://ana.dev/work).';
    expect(addressesIn(text).map(({ kind, start, end }) => [kind, text.slice(start, end)])).toEqual([['email', 'ana@example.org'], ['web', 'https://ana.dev/work']]);
  });

  it('similarity masks names: two notes differing only in masked words read the same', () => {
    const mask = maskOf(['Grace Obi', 'Omar Hale', 'Tidewater Books']);
    const a = 'Thank you, Grace, for the tour of Tidewater Books and the talk about shelving.';
    const b = 'Thank you, Omar, for the tour of Tidewater Books and the talk about shelving.';
    expect(similarityTo(maskedShingles(a, mask), b, mask)).toBe(1);
    expect(similarityTo(maskedShingles(a, new Set()), b, new Set())).toBeLessThan(1);
    expect(similarityTo(maskedShingles(a, mask), 'Something else entirely about the weekend rota and the till.', mask, 0.6)).toBe(0);
  });
});
