// Exports: mailto links decode to the same subject and body; .eml drafts parse (postal-mime) to exactly the intended headers and body; hostile input adds nothing.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { toEml, type EmlMessage } from '../../src/lib/export/eml';
import { mailtoUrl } from '../../src/lib/export/mailto';
import { asciiSlug, noteAsText, noteFilename } from '../../src/lib/export/text';
import { renderNote, type Note, type NoteInput } from '../../src/lib/templates/index';

const HOSTILE = [
  '<script>alert(1)</script>',
  'Thanks\r\nBcc: evil@example.com',
  'Thanks\nBcc: evil@example.com\n\nbody',
  'Thanks\rCc: evil@example.com',
  'x'.repeat(10_000),
  'Zoë 😀👩🏽‍💻 café',
  '\u202Eevil\u202C and \u200Fمرحبا\u200F',
  '=?UTF-8?B?QmNjOiBldmlsQGV4YW1wbGUuY29t?=',
  '"Quoted" \\ back\\slash',
  '\u0000\u0007\u001B[31m\u2028\u2029\u0085',
  '\uD800 lone surrogate \uDFFF',
  '%0D%0ABcc: evil@example.com',
] as const;

const INPUT: NoteInput = {
  scenario: 'thank-you', channel: 'email', tone: 'warm',
  you: { name: 'Zoë Ünal', email: 'zoe.unal@example.org', phone: '555-0190' },
  interviewer: { name: 'Jane Roe', email: 'jane.roe@example.com' },
  company: 'Café Lumière', role: 'Barista Trainer', interviewDate: '2026-11-17',
  detail: 'the latte-art class you teach on Mondays',
};

function note(): Note {
  const result = renderNote(INPUT);
  if (!result.ok) throw new Error('expected a note');
  return result.note;
}

/** Splits a mailto URL into its address and decoded header fields. */
function parseMailto(url: string): { to: string; fields: Record<string, string>; rawQuery: string } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [address = '', rawQuery = ''] = url.slice('mailto:'.length).split('?');
  const fields: Record<string, string> = {};
  for (const pair of rawQuery ? rawQuery.split('&') : []) {
    const [key = '', value = ''] = pair.split('=');
    fields[key] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(address), fields, rawQuery };
}

/** The header section's lines, unfolded names only. */
function headerNames(eml: string): string[] {
  const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
  return head.split('\r\n').filter((line) => !/^[ \t]/.test(line)).map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
}

describe('mailtoUrl (RFC 6068)', () => {
  it('decodes back to the same subject and body, line breaks as CRLF', () => {
    const { subject = '', text } = note();
    const url = mailtoUrl({ to: 'jane.roe@example.com', subject, body: text });
    const parsed = parseMailto(url);
    expect(parsed.to).toBe('jane.roe@example.com');
    expect(parsed.fields.subject).toBe(subject);
    expect(parsed.fields.body).toBe(text.replace(/\n/g, '\r\n'));
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(parsed.rawQuery).toMatch(/^[A-Za-z0-9\-_.!~*'()%=&]*$/);
    expect(url).not.toContain('+');
    expect(url).not.toContain(' ');
  });

  it('encodes the characters that would end a field or the query', () => {
    const parsed = parseMailto(mailtoUrl({ subject: 'Q&A = 100% #1?', body: 'a&b=c?d#e%f+g' }));
    expect(parsed.fields).toEqual({ subject: 'Q&A = 100% #1?', body: 'a&b=c?d#e%f+g' });
  });

  it.each([
    ['an address with a plus', 'jane+jobs@example.com', 'jane+jobs@example.com'],
    ['no address', undefined, ''],
    ['a malformed address', 'jane at example', ''],
    ['an address with a line break', 'jane@example.com\r\nbcc: evil@example.com', ''],
    ['an address with a query of its own', 'jane@example.com?bcc=evil@example.com', ''],
  ])('keeps %s or leaves it out', (_, to, expected) => {
    expect(parseMailto(mailtoUrl({ to, subject: 'Hi' })).to).toBe(expected);
  });

  it('puts the subject on one line', () => {
    expect(parseMailto(mailtoUrl({ subject: 'Thank you\r\nBcc: evil@example.com' })).fields.subject).toBe('Thank you Bcc: evil@example.com');
  });

  it.each(HOSTILE)('survives hostile text %#', (hostile) => {
    const url = mailtoUrl({ to: hostile, subject: hostile, body: hostile });
    const parsed = parseMailto(url);
    expect(Object.keys(parsed.fields).sort()).toEqual(['body', 'subject'].filter((key) => parsed.fields[key] !== undefined).sort());
    expect(parsed.to).toBe('');
    expect(parsed.fields.subject ?? '').not.toMatch(/[\r\n]/);
    expect(url).not.toMatch(/[\s<>"]/);
  });

  it('never throws on anything', () => {
    for (const value of [null, undefined, 42, {}, [], { to: 5, subject: {}, body: [] }]) {
      expect(mailtoUrl(value as never)).toMatch(/^mailto:/);
    }
  });
});

describe('toEml (RFC 5322, MIME, RFC 2047)', () => {
  const message = (overrides: Partial<EmlMessage> = {}): EmlMessage => ({
    from: { name: 'Zoë Ünal', email: 'zoe.unal@example.org' },
    to: { name: 'Jane Roe', email: 'jane.roe@example.com' },
    subject: note().subject,
    body: note().text,
    date: '2026-11-17T18:05',
    messageId: 'note-1@after-the-interview.example',
    ...overrides,
  });

  it('parses to exactly the intended headers and the note as body', async () => {
    const eml = toEml(message());
    const parsed = await PostalMime.parse(eml);
    expect(parsed.from).toMatchObject({ name: 'Zoë Ünal', address: 'zoe.unal@example.org' });
    expect(parsed.to).toEqual([expect.objectContaining({ name: 'Jane Roe', address: 'jane.roe@example.com' })]);
    expect(parsed.subject).toBe(note().subject);
    expect(parsed.text?.replace(/\r\n/g, '\n')).toBe(note().text);
    expect(parsed.date).toBe('2026-11-17T18:05:00.000Z');
    expect(parsed.messageId).toBe('<note-1@after-the-interview.example>');
    expect(headerNames(eml)).toEqual(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding', 'x-unsent']);
    expect(eml).toContain('\r\nX-Unsent: 1\r\n');
    expect(eml).toContain('\r\nMIME-Version: 1.0\r\n');
    expect(eml).toMatch(/\r\nContent-Type: text\/plain; charset=UTF-8\r\n/);
  });

  it('uses CRLF only and keeps every line within 76 characters', () => {
    const eml = toEml(message({ subject: `Thank you – ${'Senior Barista Trainer '.repeat(8)}interview 😀`, from: { name: 'Ζωή Ουνάλ-Παπαδοπούλου 😀'.repeat(3), email: 'zoe@example.org' } }));
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it.each([
    ['emoji', 'Thank you 😀👩🏽‍💻 – Barista Trainer'],
    ['right-to-left marks and text', 'شكرا \u200Fلك\u200F – Barista Trainer'],
    ['an override character', 'Thank you \u202Ereniart atsirab\u202C'],
    ['accents', 'Merci – Formatrice barista à Montréal, après l’entretien'],
    ['quotes and backslashes', 'A "quoted" \\ subject'],
    ['something that looks like an encoded word', '=?UTF-8?B?SGk=?= is not decoded'],
    ['a long ASCII subject', `Thank you ${'for the interview '.repeat(12)}`.trim()],
  ])('encodes a subject with %s so it decodes exactly', async (_, subject) => {
    expect((await PostalMime.parse(toEml(message({ subject })))).subject).toBe(subject);
  });

  it.each([
    ['accents', 'Zoë Ünal'],
    ['quotes and a backslash', 'Zoë "Z" \\ Ünal'],
    ['ASCII with a quote', 'Noor "N" Haddad'],
    ['a comma and angle brackets', 'Roe, Jane <boss>'],
    ['right-to-left text', 'نور حداد'],
  ])('quotes or encodes a display name with %s', async (_, name) => {
    const parsed = await PostalMime.parse(toEml(message({ from: { name, email: 'zoe.unal@example.org' } })));
    expect(parsed.from).toMatchObject({ name, address: 'zoe.unal@example.org' });
  });

  it('leaves out an address that is not valid, and a bad date or message id', () => {
    const eml = toEml({ from: { name: 'Zoë', email: 'not an address' }, to: 'jane@', subject: 'Hi', body: 'Hello', date: 'tomorrow', messageId: 'no at sign' });
    expect(headerNames(eml)).toEqual(['subject', 'mime-version', 'content-type', 'content-transfer-encoding', 'x-unsent']);
  });

  it('reads a plain string as an address, and a Date in UTC', async () => {
    const parsed = await PostalMime.parse(toEml({ to: 'jane.roe@example.com', date: new Date(Date.UTC(2026, 10, 17, 9, 30)), body: 'Hi' }));
    expect(parsed.to?.[0]?.address).toBe('jane.roe@example.com');
    expect(parsed.date).toBe('2026-11-17T09:30:00.000Z');
  });

  it.each(HOSTILE)('adds no header and keeps the body whole, whatever every field holds (%#)', async (hostile) => {
    const eml = toEml({
      from: { name: hostile, email: hostile },
      to: { name: hostile, email: 'jane.roe@example.com' },
      subject: hostile, body: hostile, date: hostile, messageId: hostile,
    });
    const names = headerNames(eml);
    expect(names.every((name) => ['to', 'subject', 'mime-version', 'content-type', 'content-transfer-encoding', 'x-unsent'].includes(name))).toBe(true);
    expect(names).not.toContain('bcc');
    expect(names).not.toContain('cc');
    expect(eml).not.toMatch(/(^|\r\n|\n|\r)(bcc|cc):/i);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.headers.map((header) => header.key)).toEqual(names);
    expect(parsed.to?.[0]?.address).toBe('jane.roe@example.com');
    expect(parsed.subject ?? '').not.toMatch(/[\r\n]/);
    const expectedBody = hostile.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    expect((parsed.text ?? '').replace(/\r\n/g, '\n').replace(/\r/g, '\n')).toBe(expectedBody.replace(/\r\n|\r/g, '\n'));
  });

  it('never throws on anything', () => {
    for (const value of [null, undefined, 42, 'x', [], { from: 5, to: [], subject: {}, body: 7, date: {} }]) {
      expect(toEml(value as never)).toContain('MIME-Version: 1.0');
    }
  });
});

describe('plain text and file names', () => {
  it('puts the subject first for email, then the note', () => {
    const email = note();
    expect(noteAsText(email)).toBe(`Subject: ${email.subject}\n\n${email.text}\n`);
    const card = renderNote({ ...INPUT, channel: 'card' });
    if (!card.ok) throw new Error('expected a card');
    expect(noteAsText(card.note)).toBe(`${card.note.text}\n`);
  });

  it.each([
    [INPUT, 'eml', 'thank-you-jane-roe-cafe-lumiere.eml'],
    [{ ...INPUT, interviewer: { name: 'María José de la Cruz' } }, 'txt', 'thank-you-maria-jose-de-la-cruz-cafe-lumiere.txt'],
    [{ ...INPUT, interviewer: { name: '../../etc/passwd' }, company: '<script>alert(1)</script>' }, 'TXT', 'thank-you-etc-passwd-script-alert-1-script.txt'],
    [{ ...INPUT, interviewer: { name: 'Łukasz Øster-Straße' } }, '.ics', 'thank-you-lukasz-oster-strasse-cafe-lumiere.ics'],
    [{ ...INPUT, interviewer: { name: '山田太郎' }, company: '😀' }, 'exe/../../x', 'thank-you.txt'],
    [null, 'txt', 'note.txt'],
  ])('%#: a safe ASCII file name', (input, ext, expected) => {
    expect(noteFilename(input as NoteInput, ext)).toBe(expected);
  });

  it('keeps file names short and plain', () => {
    const name = noteFilename({ ...INPUT, company: 'Very Long Company Name '.repeat(20) }, 'txt');
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^[a-z0-9-]+\.txt$/);
    expect(asciiSlug('  Zoë  Ünal  ')).toBe('zoe-unal');
  });
});
