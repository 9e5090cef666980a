// Compose links for webmail (Gmail, Outlook on the web): the note's recipient, subject and body in the address, built with URLSearchParams; nothing is sent until the person follows the link.
import { isEmailAddress } from '../templates/validate';

export interface WebmailParts {
  to?: string;
  subject?: string;
  body?: string;
}

/** One line: line breaks (and other control characters) become spaces, runs of spaces one, trimmed. */
function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim() : '';
}

/** The body with every line break as a plain line feed (webmail composers take \n), other control characters dropped. */
function bodyText(value: unknown): string {
  return typeof value === 'string'
    ? value.replace(/\r\n|\r|\u2028|\u2029/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    : '';
}

/** The fields every composer needs, cleaned: a valid address or none, a one-line subject, the body. */
function cleaned(parts: WebmailParts): { to: string; subject: string; body: string } {
  const source = typeof parts === 'object' && parts !== null ? parts : {};
  const to = oneLine(source.to);
  return { to: isEmailAddress(to) ? to : '', subject: oneLine(source.subject), body: bodyText(source.body) };
}

/**
 * A link that opens Gmail's composer with the note filled in.
 * @example gmailUrl({ to: 'dana@example.com', subject: 'Thank you', body: 'Hi Dana,\nThanks!' })
 * // 'https://mail.google.com/mail/?view=cm&fs=1&to=dana%40example.com&su=Thank+you&body=Hi+Dana%2C%0AThanks%21'
 */
export function gmailUrl(parts: WebmailParts): string {
  const { to, subject, body } = cleaned(parts);
  return `https://mail.google.com/mail/?${new URLSearchParams({ view: 'cm', fs: '1', to, su: subject, body }).toString()}`;
}

/**
 * A link that opens Outlook on the web's composer with the note filled in.
 * @example outlookUrl({ to: 'dana@example.com', subject: 'Thank you', body: 'Thanks!' })
 * // 'https://outlook.office.com/mail/deeplink/compose?to=dana%40example.com&subject=Thank+you&body=Thanks%21'
 */
export function outlookUrl(parts: WebmailParts): string {
  const { to, subject, body } = cleaned(parts);
  return `https://outlook.office.com/mail/deeplink/compose?${new URLSearchParams({ to, subject, body }).toString()}`;
}
