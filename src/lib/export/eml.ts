// A draft email as an .eml file (RFC 5322 + MIME): UTF-8 body in base64, RFC 2047 encoded words for non-ASCII headers, CRLF, X-Unsent: 1; no header injection.
import { isEmailAddress } from '../templates/validate';

export interface EmlAddress {
  name?: string;
  email?: string;
}

export interface EmlMessage {
  /** The sender; a plain string is read as an email address. Left out when the address is not valid. */
  from?: EmlAddress | string;
  /** The recipient, as for `from`. */
  to?: EmlAddress | string;
  subject?: string;
  /** The note's text; line breaks become CRLF. */
  body?: string;
  /** A Date, or 'YYYY-MM-DD' / 'YYYY-MM-DDTHH:MM' read as UTC; left out when not valid (the mail app dates the draft). */
  date?: Date | string;
  /** 'id@domain', with or without angle brackets; left out when not in that form. */
  messageId?: string;
}

/** Longest header line we write, as RFC 2047 asks for lines holding encoded words. */
const LINE_MAX = 76;
/** UTF-8 bytes per encoded word: 39 bytes are 52 base64 characters, so "=?UTF-8?B?…?=" is 64 long. */
const WORD_BYTES = 39;
const BODY_LINE = 76;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Header text on one line: no CR, LF or other control character (so nothing can start a new header), single spaces. */
function headerText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const utf8 = new TextEncoder();

/** RFC 2047 "B" encoded words, each within WORD_BYTES of UTF-8 and never splitting a character. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let size = 0;
  for (const character of text) {
    const bytes = utf8.encode(character).length;
    if (size + bytes > WORD_BYTES && chunk) {
      words.push(chunk);
      chunk = '';
      size = 0;
    }
    chunk += character;
    size += bytes;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8.encode(word))}?=`);
}

/** Plain ASCII words that need no encoding: printable, no word too long to fold, nothing that looks like an encoded word. */
function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text) && !text.includes('=?') && text.split(' ').every((word) => word.length <= LINE_MAX - 12);
}

/** Header text as tokens to fold between: its words, or its encoded words. */
function textTokens(text: string): string[] {
  return isPlainAscii(text) ? text.split(' ').filter(Boolean) : encodedWords(text);
}

/** "Name: token token …" folded onto lines of at most LINE_MAX characters, continuation lines starting with a space. */
function header(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > LINE_MAX && line.trim() !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function readAddress(value: EmlAddress | string | undefined): { name: string; email: string } | undefined {
  const source = typeof value === 'string' ? { email: value } : typeof value === 'object' && value !== null ? value : {};
  const email = headerText(source.email);
  return isEmailAddress(email) ? { name: headerText(source.name), email } : undefined;
}

/** An address header: the display name quoted (ASCII) or encoded (anything else), then <address>. */
function addressHeader(name: string, value: EmlAddress | string | undefined): string {
  const address = readAddress(value);
  if (!address) return '';
  if (!address.name) return header(name, [address.email]);
  const display = isPlainAscii(address.name) && address.name.length <= LINE_MAX - 20
    ? [`"${address.name.replace(/(["\\])/g, '\\$1')}"`]
    : encodedWords(address.name);
  return header(name, [...display, `<${address.email}>`]);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** RFC 5322 date in UTC, e.g. "Tue, 17 Nov 2026 09:30:00 +0000"; '' for anything that is not a valid date. */
function dateHeader(value: Date | string | undefined): string {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(value)) {
    date = new Date(`${value.length === 10 ? `${value}T00:00` : value}Z`);
  }
  if (!date || Number.isNaN(date.getTime())) return '';
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 9999) return '';
  const day = `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${year}`;
  return `Date: ${day} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

function messageIdHeader(value: unknown): string {
  const id = headerText(value).replace(/^<|>$/g, '');
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9.-]{1,190}$/.test(id) ? `Message-ID: <${id}>` : '';
}

/** The body as base64 of its UTF-8 bytes, line breaks made CRLF first, in lines of 76. */
function bodyLines(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n|\r|\n/g, '\r\n') : '';
  const encoded = base64(utf8.encode(text));
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += BODY_LINE) lines.push(encoded.slice(start, start + BODY_LINE));
  return lines.join('\r\n');
}

/**
 * The note as an .eml draft the reader's mail app opens ready to send (X-Unsent: 1). Every header value is stripped of
 * line breaks and control characters, so no input can add a header.
 * @example toEml({ from: { name: 'Priya Raman', email: 'priya@example.com' }, to: 'dana@example.com', subject: 'Thank you', body: 'Hi Dana,' })
 */
export function toEml(message: EmlMessage): string {
  const source: EmlMessage = typeof message === 'object' && message !== null ? message : {};
  const subject = headerText(source.subject);
  const headers = [
    addressHeader('From', source.from),
    addressHeader('To', source.to),
    subject ? header('Subject', textTokens(subject)) : '',
    dateHeader(source.date),
    messageIdHeader(source.messageId),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  ].filter(Boolean);
  return `${headers.join('\r\n')}\r\n\r\n${bodyLines(source.body)}\r\n`;
}
