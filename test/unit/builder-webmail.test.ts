// Webmail compose links: decoded, each gives back the recipient, subject and body; line breaks stay in the body only; a bad address is left out.
import { describe, expect, it } from 'vitest';
import { gmailUrl, outlookUrl } from '../../src/lib/export/webmail';

const NOTE = {
  to: 'jane.roe@example.com',
  subject: 'Thank you – Support Lead interview',
  body: 'Dear Ms. Roe,\r\n\r\nThank you & good luck = 100% + more?\n\nBest regards,\nNoor Haddad',
};

/** The query of a link as name → value, decoded the way the composer decodes it. */
function decoded(url: string, origin: string): Record<string, string> {
  const parsed = new URL(url);
  expect(`${parsed.origin}${parsed.pathname}`).toBe(origin);
  return Object.fromEntries(parsed.searchParams);
}

describe('gmailUrl and outlookUrl', () => {
  it.each([
    ['Gmail', gmailUrl, 'https://mail.google.com/mail/', { view: 'cm', fs: '1' }, 'to', 'su'],
    ['Outlook', outlookUrl, 'https://outlook.office.com/mail/deeplink/compose', {}, 'to', 'subject'],
  ] as const)('%s: decodes to the same recipient, subject and body (CRLF as LF)', (_name, build, origin, fixed, toKey, subjectKey) => {
    const query = decoded(build(NOTE), origin);
    expect(query).toEqual({
      ...fixed,
      [toKey]: 'jane.roe@example.com',
      [subjectKey]: 'Thank you – Support Lead interview',
      body: 'Dear Ms. Roe,\n\nThank you & good luck = 100% + more?\n\nBest regards,\nNoor Haddad',
    });
  });

  it.each([gmailUrl, outlookUrl])('%o: line breaks in the address or subject cannot add a header or a field', (build) => {
    const url = build({ to: 'jane@example.com\r\nbcc: eve@example.com', subject: 'Thanks\r\nBcc: eve@example.com', body: 'Hi' });
    const query = Object.fromEntries(new URL(url).searchParams);
    expect(query.to).toBe(''); // "jane@example.com bcc: eve@example.com" is no address
    expect(Object.values(query).join('')).not.toMatch(/[\r\n]/);
    expect(query.su ?? query.subject).toBe('Thanks Bcc: eve@example.com');
    expect(Object.keys(query)).not.toContain('bcc');
  });

  it('leaves out an address that is not one, and copes with nothing at all', () => {
    expect(new URL(gmailUrl({ to: 'not an address', subject: 'S', body: 'B' })).searchParams.get('to')).toBe('');
    expect(Object.fromEntries(new URL(outlookUrl({})).searchParams)).toEqual({ to: '', subject: '', body: '' });
  });
});
