// What a promised item (C7) is: a link to paste, a file to attach, or something said in the note; and the line an email leaves for a link.

/** The line an email leaves where the person pastes a promised link; the coach flags it until it is replaced. */
export const PROMISED_LINK_LINE = '[Paste the link here]';

export type PromisedKind = 'link' | 'file' | 'other';

const LINK = /\b(link|links|url|website|web site|site|github|gitlab|portfolio site|online portfolio|repo|repository|profile|demo)\b|https?:\/\/|\bwww\./i;
const ANSWER = /\b(answer|answers|thoughts?|ideas?|response|reply|explanation|follow-up|more detail|details on|more on|numbers on|figures)\b/i;

/**
 * What kind of thing was promised: a link (anything on the web); an answer or thoughts, written in the note ('other');
 * else a file to attach (a guide, samples, slides, references…).
 * @example promisedKind('the link to my portfolio') // 'link'
 * @example promisedKind('my writing samples') // 'file'
 * @example promisedKind('my answer about the budget question') // 'other'
 */
export function promisedKind(promised: string): PromisedKind {
  if (LINK.test(promised)) return 'link';
  return ANSWER.test(promised) ? 'other' : 'file';
}

const WEB = /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|co|me|app|design|page|site)(?:\/\S*)?)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The web and email addresses in a text, each with its place (end exclusive): words between spaces, trailing
 * punctuation and brackets left out, that read as a web address (http(s)://, www., a bare domain with an optional path)
 * or an email address.
 * @example addressesIn('Mail dana@example.org or see https://dana.dev/work.') // [{ kind: 'email', start: 5, end: 21 }, { kind: 'web', start: 29, end: 50 }]
 */
export function addressesIn(text: string): { kind: 'web' | 'email'; start: number; end: number }[] {
  const found: { kind: 'web' | 'email'; start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    let marks = false;
    for (; end < text.length; end += 1) {
      const code = text.charCodeAt(end);
      if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160) break;
      if (code === 46 || code === 64 || code === 58) marks = true;
    }
    if (marks) {
      let first = start;
      let last = end;
      while (first < last && /[("“‘'<[]/.test(text[first]!)) first += 1;
      while (last > first && /[.,;:!?)"”’'>\]]/.test(text[last - 1]!)) last -= 1;
      const word = text.slice(first, last);
      if (EMAIL.test(word)) found.push({ kind: 'email', start: first, end: last });
      else if (WEB.test(word)) found.push({ kind: 'web', start: first, end: last });
    }
    start = end + 1;
  }
  return found;
}

/**
 * True when the text holds a web address a person pasted (http(s)://, www., or a bare domain with a path); an email
 * address is not one.
 * @example hasWebAddress('See https://dana.dev/work') // true
 * @example hasWebAddress('Write to dana@example.org') // false
 */
export function hasWebAddress(text: string): boolean {
  return addressesIn(text).some((address) => address.kind === 'web');
}
