// What a promised item (C7) is: a link to paste, a file to attach, or something said in the note; and the line an email leaves for a link.

/** The line an email leaves where the person pastes a promised link; the coach flags it until it is replaced. */
export const PROMISED_LINK_LINE = '[Paste the link here]';

export type PromisedKind = 'link' | 'file' | 'other';

const LINK = /\b(link|links|url|website|web site|site|github|gitlab|portfolio site|online portfolio|repo|repository|profile|demo)\b|https?:\/\/|\bwww\./i;
const FILE = /\b(attach\w*|file|files|pdf|doc|docx|deck|slides|slide deck|presentation|resume|résumé|cv|transcript|references?|reference list|writing samples?|work samples?|samples?|report|spreadsheet|case study|certificate|document|documents|plan|proposal|portfolio)\b/i;

/**
 * What kind of thing was promised: a link (anything on the web) before a file, a file before anything else.
 * @example promisedKind('the link to my portfolio') // 'link'
 * @example promisedKind('my writing samples') // 'file'
 * @example promisedKind('my answer about the budget question') // 'other'
 */
export function promisedKind(promised: string): PromisedKind {
  if (LINK.test(promised)) return 'link';
  return FILE.test(promised) ? 'file' : 'other';
}

/**
 * True when the text holds a web address a person pasted (http(s)://, www., or a bare domain with a path).
 * @example hasWebAddress('See https://dana.dev/work') // true
 */
export function hasWebAddress(text: string): boolean {
  return /https?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|dev|edu|co|me|app|design|page|site)(\/\S*)?\b/i.test(text);
}
