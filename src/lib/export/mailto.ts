// A mailto: link (RFC 6068) that opens the note in the reader's mail app: address checked, subject on one line, body line breaks as %0D%0A.
import { isEmailAddress } from '../templates/validate';

export interface MailtoParts {
  to?: string;
  subject?: string;
  body?: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_EXCEPT_TAB_AND_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

function wellFormed(value: unknown): string {
  return typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : '';
}

/**
 * Percent-encoding for a mailto header value. encodeURIComponent leaves only A–Z a–z 0–9 and - _ . ! ~ * ' ( ) as they
 * are, all of which RFC 6068 allows unencoded (unreserved and some-delims); everything else, "&", "=", "?", "#", "%",
 * "+" and non-ASCII included, becomes %XX of its UTF-8 bytes, and a space becomes %20 (never "+").
 */
function encodeValue(value: string): string {
  return encodeURIComponent(value);
}

/** The subject on one line: line breaks and control characters become spaces. */
function subjectLine(value: unknown): string {
  return wellFormed(value).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The body with every line break as CRLF (RFC 6068 § 5), other control characters dropped. */
function bodyText(value: unknown): string {
  return wellFormed(value).replace(CONTROL_EXCEPT_TAB_AND_BREAKS, '').replace(/\r\n|\r|\n|\u0085|\u2028|\u2029/g, '\r\n');
}

/** The address part: a valid address with each side percent-encoded, or '' (the mail app then asks for one). */
function addressPart(value: unknown): string {
  const address = subjectLine(value);
  if (!isEmailAddress(address)) return '';
  const at = address.lastIndexOf('@');
  return `${encodeValue(address.slice(0, at))}@${address.slice(at + 1)}`;
}

/**
 * A mailto: URL for a note. An invalid address is left out rather than passed on.
 * @example mailtoUrl({ to: 'dana@example.com', subject: 'Thank you', body: 'Hi Dana,\nThanks!' })
 * // 'mailto:dana@example.com?subject=Thank%20you&body=Hi%20Dana%2C%0D%0AThanks!'
 */
export function mailtoUrl(parts: MailtoParts): string {
  const source = typeof parts === 'object' && parts !== null ? parts : {};
  const subject = subjectLine(source.subject);
  const body = bodyText(source.body);
  const query = [subject && `subject=${encodeValue(subject)}`, body && `body=${encodeValue(body)}`].filter(Boolean).join('&');
  return `mailto:${addressPart(source.to)}${query ? `?${query}` : ''}`;
}
