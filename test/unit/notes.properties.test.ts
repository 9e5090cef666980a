// Property tests (fast-check): renderNote, reviewNote and the exports never throw, whatever they are given, and keep their promises on hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewNote } from '../../src/lib/coach';
import { toEml } from '../../src/lib/export/eml';
import { mailtoUrl } from '../../src/lib/export/mailto';
import { noteAsText, noteFilename } from '../../src/lib/export/text';
import { renderNote, renderNotes, type Note, type NoteInput } from '../../src/lib/templates/index';

const HOSTILE_STRINGS = [
  '', ' ', '\r\n', 'undefined', 'null', '[Name]', '{company}', '<script>alert(1)</script>', '\u202E', '\u200F',
  '\r\nBcc: evil@example.com', 'Dr.', 'Mx', 'van', 'de la', '😀👩🏽‍💻', '\uD800', 'x'.repeat(2000), '2026-02-30', '9999-12-31',
];

/** Text as a job seeker, a bot or an attacker might type it. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.lorem({ maxCount: 8 }),
);

const dateText = fc.oneof(
  text,
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true });

/** Inputs shaped like NoteInput, with every field possibly hostile, missing or of the wrong type. */
const noteInput = fc.record({
  scenario: fc.oneof(fc.constantFrom('thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw', 'reply-to-rejection', 'check-in', 'final-check-in', 'timeline-update', 'stay-in-touch', 'linkedin-connect'), text),
  channel: fc.oneof(fc.constantFrom('email', 'letter', 'card', 'linkedin'), text),
  tone: fc.oneof(fc.constantFrom('formal', 'warm'), text),
  you: fc.oneof(fc.record({ name: text, email: text, phone: text, address: text }, { requiredKeys: ['name'] }), anything),
  interviewer: fc.oneof(fc.record({ name: text, honorific: text, title: text, email: text }, { requiredKeys: ['name'] }), anything),
  company: text,
  role: text,
  interviewDate: dateText,
  detail: text,
  fit: text,
  promised: text,
  news: text,
  offerDeadline: dateText,
  startDate: dateText,
  others: fc.oneof(fc.array(text, { maxLength: 12 }), anything),
}, { requiredKeys: ['scenario', 'channel', 'tone', 'you', 'interviewer', 'company', 'role'] });

/** Inputs that are valid in every required field, so a note comes out; the optional ones stay hostile. */
const validInput = fc.record({
  scenario: fc.constantFrom('thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw', 'reply-to-rejection', 'check-in', 'final-check-in', 'timeline-update', 'stay-in-touch', 'linkedin-connect'),
  channel: fc.constantFrom('email', 'letter', 'card', 'linkedin'),
  tone: fc.constantFrom('formal', 'warm'),
  you: fc.record({ name: fc.constantFrom('Noor Haddad', 'Cher', 'María José de la Cruz', 'Zoë \u200FÜnal😀') }),
  interviewer: fc.record({ name: fc.constantFrom('Jane Roe', 'Dr Jane Roe', 'Ludwig van Beethoven', '  Anne-Marie   Lopez-Garcia '), honorific: text }),
  company: fc.constantFrom('Acme Tools', 'Café <Lumière>', '{company}', 'x'.repeat(120)),
  role: fc.constantFrom('Support Lead', 'Role\r\nBcc: evil@example.com', 'Senior Staff Principal Engineer, Platform Reliability (Remote)'),
  detail: fc.string({ unit: 'grapheme', maxLength: 120 }),
  fit: fc.string({ maxLength: 300 }),
  promised: fc.string({ maxLength: 300 }),
  news: fc.string({ maxLength: 300 }),
  others: fc.array(fc.string({ maxLength: 80 }), { maxLength: 10 }),
}, { requiredKeys: ['scenario', 'channel', 'tone', 'you', 'interviewer', 'company', 'role'] }) as fc.Arbitrary<NoteInput>;

describe('renderNote never throws', () => {
  it('on anything at all', () => {
    fc.assert(fc.property(anything, anything, (input, options) => {
      const result = renderNote(input as NoteInput, options as never);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 1500 });
  });

  it('on note-shaped input with hostile fields, and errors name known fields', () => {
    const known = new Set(['scenario', 'channel', 'tone', 'you.name', 'you.email', 'you.phone', 'you.address', 'interviewer.name', 'interviewer.title',
      'interviewer.email', 'company', 'role', 'interviewDate', 'offerDeadline', 'startDate', 'detail', 'fit', 'promised', 'news', 'others']);
    fc.assert(fc.property(noteInput, fc.option(dateText), (input, today) => {
      const result = renderNote(input as unknown as NoteInput, today === null ? undefined : { today });
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(known.has(error.field)).toBe(true);
      }
    }), { numRuns: 1500 });
  });

  it('writes a note within its channel’s rules whenever the required fields are valid', () => {
    fc.assert(fc.property(validInput, (input) => {
      const result = renderNote(input);
      if (!result.ok) {
        // Only over-long optional text may be refused.
        expect(result.errors.every((error) => ['detail', 'fit', 'promised', 'news', 'others'].includes(error.field))).toBe(true);
        return;
      }
      const { note } = result;
      expect(note.text).not.toMatch(/\r|  |\n\n\n/);
      expect(note.subject ?? '').not.toMatch(/[\r\n]/);
      if (input.channel === 'linkedin') expect(note.text.length).toBeLessThanOrEqual(200);
      if (input.channel === 'email') expect(note.subject).toBeTruthy();
      else expect(note.subject).toBeUndefined();
    }), { numRuns: 1500 });
  });
});

/** Panels as people fill them in: sentences and phrases, names in any case, company names that end in a stop. */
const word = fc.constantFrom('plan', 'team', 'budget', 'roadmap', 'schedule', 'launch', 'clinic', 'warehouse', 'mentoring', 'data', 'Rust', 'Ohio', 'AI', 'eBay');
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const typedDetail = fc.oneof(
  phrase.map((text) => `the ${text}`),
  phrase.map((text) => `We talked about the ${text}.`),
  phrase.map((text) => `She told me the ${text} is moving to Denver!`),
  phrase.map((text) => `her ${text}`),
  phrase.map((text) => `I learned that the ${text} doubles next year...`),
  phrase.map((text) => `${text}?`),
  fc.constant(''),
);
const panelInput = fc.record({
  scenario: fc.constantFrom('thank-you', 'thank-you-offer', 'thank-you-not-a-fit', 'withdraw', 'reply-to-rejection', 'check-in', 'final-check-in', 'timeline-update', 'stay-in-touch', 'linkedin-connect'),
  channel: fc.constantFrom('email', 'letter', 'card', 'linkedin'),
  tone: fc.constantFrom('formal', 'warm'),
  company: fc.constantFrom('Acme Inc.', 'Yahoo!', 'AT&T', 'eBay', 'Smith & Co.', 'Harborline Foods'),
  role: fc.constantFrom('Support Lead', 'Analyst (Contract)', 'Nurse, Night Shift', 'Sr. Engineer'),
  fit: fc.oneof(fc.constant(''), phrase.map((text) => `my years on the ${text}`), phrase.map((text) => `I ran the ${text} for two years.`)),
  promised: fc.oneof(fc.constant(''), fc.constantFrom('the link to my portfolio', 'I will send my writing samples by Friday.', 'my answer about the budget', 'https://noor.example/work')),
  news: fc.oneof(fc.constant(''), phrase.map((text) => `her promotion to ${text}`), phrase.map((text) => `the new ${text}`)),
  people: fc.array(fc.record({
    name: fc.constantFrom('Jane Roe', 'rebecca stone', "SEAN O'NEIL", 'Dr. Okafor', 'ana van der berg', 'Lucía García-López'),
    honorific: fc.constantFrom('', 'Dr.', 'Ms.', 'Mr.'),
    detail: typedDetail,
    connection: fc.oneof(fc.constant(''), phrase.map((text) => `my work on the ${text}`)),
  }), { minLength: 1, maxLength: 10 }),
});

describe('renderNotes writes clean panels', () => {
  it('never throws, and never prints a doubled stop, "undefined", empty brackets or a sentence in lower case', () => {
    fc.assert(fc.property(panelInput, ({ people, ...shared }) => {
      const inputs: NoteInput[] = people.map((person) => ({
        ...shared, you: { name: 'noor haddad', email: 'noor@example.com' }, interviewer: { name: person.name, honorific: person.honorific },
        detail: person.detail, connection: person.connection, interviewDate: '2026-11-17',
      }) as NoteInput);
      const results = renderNotes(inputs, { today: '2026-11-18' });
      expect(results).toHaveLength(inputs.length);
      for (const result of results) {
        if (!result.ok) {
          // Only a LinkedIn note whose detail cannot fit is refused here, on the detail.
          expect(result.errors.map((error) => error.field)).toEqual(['detail']);
          continue;
        }
        const body = [result.note.subject ?? '', result.note.greeting, ...result.note.paragraphs].join('\n');
        expect(body).not.toMatch(/(?<![.])[.!?]\.(?![.])|!\.|\?\./);
        expect(body).not.toMatch(/undefined|null|\(\s*\)|\[\s*\]/);
        // The company's own stop ("Acme Inc.", "Yahoo!") ends no sentence.
        for (const sentence of result.note.paragraphs.join(' ').split(shared.company).join('Company').split(/(?<!\b(?:Inc|Co|Ltd|Corp|Sr|Jr|Dr|Mr|Ms|Mrs|Mx)\.)(?<=[.!?])\s+|\n/)) {
          expect(sentence, sentence).not.toMatch(/^\p{Ll}\p{Ll}*\b/u);
        }
      }
    }), { numRuns: 400 });
  });
});

describe('reviewNote never throws', () => {
  it('on anything at all', () => {
    fc.assert(fc.property(anything, anything, anything, anything, (input, note, others, options) => {
      expect(Array.isArray(reviewNote(input as NoteInput, note as Note, others as Note[], options as never))).toBe(true);
    }), { numRuns: 1000 });
  });

  it('on hostile notes for hostile inputs, each finding well formed', () => {
    const note = fc.record({ subject: text, greeting: text, paragraphs: fc.array(text, { maxLength: 6 }), closing: text, signature: fc.array(text, { maxLength: 4 }), text });
    fc.assert(fc.property(noteInput, note, fc.array(note, { maxLength: 3 }), fc.option(dateText), (input, written, others, now) => {
      const findings = reviewNote(input as unknown as NoteInput, written as Note, others as Note[], now === null ? {} : { now });
      for (const finding of findings) {
        expect(['pass', 'warn', 'fail']).toContain(finding.level);
        expect(finding.rule).toMatch(/^[CT]\d+$/);
        expect(finding.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 800 });
  });

  it('reviews a panel rendered by renderNotes', () => {
    fc.assert(fc.property(fc.array(validInput, { minLength: 1, maxLength: 4 }), (inputs) => {
      const notes = renderNotes(inputs).flatMap((result) => (result.ok ? [result.note] : []));
      for (const note of notes) expect(Array.isArray(reviewNote(inputs[0]!, note, notes))).toBe(true);
    }), { numRuns: 200 });
  });
});

describe('exports never throw and never let a line break into a header', () => {
  it('mailto, eml, text and file names on hostile text', () => {
    fc.assert(fc.property(text, text, text, text, (to, subject, body, name) => {
      const url = mailtoUrl({ to, subject, body });
      expect(url).toMatch(/^mailto:[^\s]*$/);
      const eml = toEml({ from: { name, email: to }, to: { name, email: 'jane@example.com' }, subject, body, date: subject, messageId: name });
      const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
      for (const line of head.split('\r\n')) expect(line).toMatch(/^([A-Za-z-]+: |[ ])/);
      expect(head.toLowerCase()).not.toMatch(/(^|\r\n)(bcc|cc):/);
      expect(noteFilename({ scenario: subject, interviewer: { name }, company: body } as unknown as NoteInput, to)).toMatch(/^[a-z0-9-]+\.[a-z0-9]{1,10}$/);
      expect(typeof noteAsText({ subject, text: body } as Note)).toBe('string');
    }), { numRuns: 800 });
  });
});
