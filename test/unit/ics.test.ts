// The calendar export, read back with ical.js: events and dates, all-day vs timed, escaping, 75-octet folding, CRLF, no property injection.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, stepsToIcs } from '../../src/lib/export/ics';
import { ruleText } from '../../src/lib/rules';
import type { Step } from '../../src/lib/timeline';

const NOW = new Date(Date.UTC(2026, 2, 1, 12, 0, 0));

/** A plan written by hand (not by planFollowUps), so this file tests the export alone. */
const STEPS: Step[] = [
  { kind: 'thank-you', rule: 'T1', from: '2026-03-02', until: '2026-03-03', deadline: '2026-03-03T14:30', scenario: 'thank-you' },
  { kind: 'linkedin', rule: 'T12', from: '2026-03-02', until: '2026-03-03', scenario: 'linkedin-connect' },
  { kind: 'check-in', rule: 'T5', from: '2026-03-10', until: '2026-03-16', scenario: 'check-in' },
  { kind: 'final-check-in', rule: 'T8', from: '2026-03-17', until: '2026-03-23', scenario: 'final-check-in' },
  { kind: 'stay-in-touch', rule: 'T10', from: '2026-12-31', until: '2026-12-31', scenario: 'stay-in-touch' },
];

const encoder = new TextEncoder();

/** The VEVENTs of an iCalendar text, parsed by ical.js. */
function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** The physical lines of the text (it must end with CRLF). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

describe('stepsToIcs: structure', () => {
  const ics = stepsToIcs(STEPS, { now: NOW });

  it('is a VCALENDAR with the required properties', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//After the Interview//Follow-up timeline//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });

  it('has one event per step', () => {
    expect(events(ics)).toHaveLength(STEPS.length);
  });

  it.each([
    // [index, start, end (exclusive), all-day]
    [1, '2026-03-02', '2026-03-04', true],
    [2, '2026-03-10', '2026-03-17', true],
    [3, '2026-03-17', '2026-03-24', true],
    // A one-day step on 2026-12-31 ends (exclusively) on 2027-01-01.
    [4, '2026-12-31', '2027-01-01', true],
  ])('event %i runs %s to %s, all day', (index, start, end, allDay) => {
    const event = new ICAL.Event(events(ics)[index]);
    expect(event.startDate.isDate).toBe(allDay);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
  });

  it('makes the thank-you with a deadline a timed event, in floating local time, from the interview’s end to the deadline', () => {
    const event = new ICAL.Event(events(ics)[0]);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toString()).toBe('2026-03-02T14:30:00');
    expect(event.endDate.toString()).toBe('2026-03-03T14:30:00');
    expect(ics).toContain('\r\nDTSTART:20260302T143000\r\n');
    expect(ics).toContain('\r\nDTEND:20260303T143000\r\n');
  });

  it('says in plain words what to send, with the rule behind it', () => {
    const [thankYou, , checkIn] = events(ics).map((event) => new ICAL.Event(event));
    expect(thankYou?.summary).toBe('Send a thank-you note to each interviewer');
    expect(thankYou?.description).toContain('Send it by 14:30 on Tuesday, March 3, 2026.');
    expect(checkIn?.summary).toBe('Check in about the decision');
    expect(checkIn?.description).toBe(`${ruleText('T5')}\nAny day from Tuesday, March 10, 2026 to Monday, March 16, 2026.`);
  });

  it('stamps every event with the injected time, in UTC', () => {
    for (const event of events(ics)) expect(event.getFirstProperty('dtstamp')?.toICALString()).toBe('DTSTAMP:20260301T120000Z');
  });

  it('uses CRLF between all lines and no bare CR or LF', () => {
    for (const line of physicalLines(ics)) expect(line).not.toMatch(/[\r\n]/);
  });
});

describe('stepsToIcs: UIDs', () => {
  /** The UIDs of an iCalendar text. */
  const uids = (ics: string) => events(ics).map((event) => event.getFirstPropertyValue('uid'));

  it('are unique within a plan and the same for the same plan', () => {
    const first = uids(stepsToIcs(STEPS, { now: NOW }));
    expect(new Set(first).size).toBe(STEPS.length);
    expect(uids(stepsToIcs(STEPS, { now: new Date(Date.UTC(2027, 0, 1)) }))).toEqual(first);
  });

  it('differ between two interviews with different titles', () => {
    const acme = uids(stepsToIcs(STEPS, { now: NOW, title: 'Acme' }));
    const globex = uids(stepsToIcs(STEPS, { now: NOW, title: 'Globex' }));
    acme.forEach((uid, index) => expect(uid).not.toBe(globex[index]));
  });

  it('use the given domain, stripped of anything but letters, digits, dots and hyphens', () => {
    const [uid] = uids(stepsToIcs(STEPS.slice(1, 2), { now: NOW, uidDomain: 'career.example.org\r\nX-EVIL:1' }));
    expect(uid).toBe('linkedin-2026-03-02-2026-03-03@career.example.orgX-EVIL1');
  });

  it('make the same text for the same input', () => {
    expect(stepsToIcs(STEPS, { now: NOW, title: 'Acme' })).toBe(stepsToIcs(STEPS, { now: NOW, title: 'Acme' }));
  });
});

describe('stepsToIcs: text escaping, folding and injection', () => {
  it.each([
    'Acme, Inc.; R&D',
    'Back\\slash, comma; semicolon',
    'Société Générale – 東京オフィス 🎉',
    'Ünïcödé '.repeat(30),
  ])('round-trips the title %j in SUMMARY and the calendar name', (title) => {
    const ics = stepsToIcs(STEPS, { now: NOW, title });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // ical.js leaves X- properties unparsed, so the calendar name is compared in its escaped TEXT form.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapeText(`Follow-ups: ${title.trim()}`));
    for (const event of calendar.getAllSubcomponents('vevent')) expect(String(event.getFirstPropertyValue('summary'))).toContain(`(${title.trim()})`);
  });

  it('keeps every physical line within 75 octets and never splits a character', () => {
    const ics = stepsToIcs(STEPS, { now: NOW, title: '東京🎉é'.repeat(60) });
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const line of physicalLines(ics)) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(loneSurrogate);
    }
  });

  it.each([
    'x\r\nATTENDEE:mailto:evil@example.com',
    'x\nATTENDEE:mailto:evil@example.com',
    'x\rATTENDEE:mailto:evil@example.com',
    'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
    'x\u0000\u000b\u001b[31mATTENDEE:evil',
  ])('cannot create a property or component from the title %j', (title) => {
    const ics = stepsToIcs(STEPS, { now: NOW, title });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(STEPS.length);
    const names = new Set([calendar, ...vevents].flatMap((component) => component.getAllProperties().map((property) => property.name)));
    expect([...names].sort()).toEqual(
      ['calscale', 'description', 'dtend', 'dtstamp', 'dtstart', 'method', 'prodid', 'summary', 'transp', 'uid', 'version', 'x-wr-calname'].sort(),
    );
    for (const line of physicalLines(ics)) expect(line).not.toMatch(/^(ATTENDEE|SUMMARY:injected)/);
    // Line breaks survive as text; other control characters are dropped.
    const summary = String(vevents[0]?.getFirstPropertyValue('summary'));
    expect(summary).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('refuses steps with impossible dates and an invalid now', () => {
    const bad: Step = { kind: 'check-in', rule: 'T5', from: '2026-02-30', until: '2026-03-03' };
    expect(() => stepsToIcs([bad], { now: NOW })).toThrow(RangeError);
    const badDeadline: Step = { kind: 'thank-you', rule: 'T1', from: '2026-03-02', until: '2026-03-03', deadline: '2026-03-03T14:30\r\nX:1' };
    expect(() => stepsToIcs([badDeadline], { now: NOW })).toThrow(RangeError);
    expect(() => stepsToIcs(STEPS, { now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('makes an empty but valid calendar from no steps', () => {
    const ics = stepsToIcs([], { now: NOW });
    expect(ics).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//After the Interview//Follow-up timeline//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
    expect(events(ics)).toHaveLength(0);
  });
});

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['tab\tkept, bell\u0007 dropped', 'tab\tkept\\, bell dropped'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it.each([
    ['A'.repeat(75), 'A'.repeat(75)],
    ['A'.repeat(76), `${'A'.repeat(75)}\r\n A`],
    // é is 2 octets: 37 fit in 74, a 38th would make 76; the continuation starts with a space.
    ['é'.repeat(40), `${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`],
    // 🎉 is 4 octets: 18 fill 72; a 19th would make 76.
    ['🎉'.repeat(20), `${'🎉'.repeat(18)}\r\n ${'🎉'.repeat(2)}`],
  ])('folds %j', (line, folded) => {
    expect(foldLine(line)).toBe(folded);
  });

  it('keeps every line within 75 octets and unfolds to the original, for any text without line breaks', () => {
    // A content line never holds CR or LF (escapeText turns them into \n), so leave them out.
    const contentLine = fc.string({ unit: 'binary', maxLength: 400 }).map((text) => text.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(contentLine, (line) => {
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });
});
