// Reading a note as the person wrote it: the greeting, body paragraphs, sign-off and signature of free text, each with its place in the text (see templates/layout.ts for every channel's layout).

/** A piece of the text and where it sits (character offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A note's text, split into the parts the coach reads. */
export interface ReadText {
  /** The whole text, as given. */
  text: string;
  /** The lines before the greeting: a letter's sender, date and recipient blocks. */
  header: Span[];
  /** The greeting ("Dear Dr. Roe,"), when the note opens with one. */
  greeting?: Span;
  /** The body's paragraphs, in order. */
  paragraphs: Span[];
  /** The sign-off line ("Best regards,"), when there is one. */
  closing?: Span;
  /** The lines after the sign-off (or the short lines ending the note): name and contact details. */
  signature: Span[];
}

const GREETING = /^(?:dear|hi|hello|hey|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day)|to whom|yo|sup)\b/i;
const CLOSING = /^(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|regards|(?:yours )?sincerely(?: yours)?|yours (?:truly|faithfully)|respectfully(?: yours)?|warmly|warm wishes|with (?:thanks|gratitude|appreciation|best wishes|warm regards)|many thanks|thanks(?: again| so much)?|thank you(?: again| so much)?|all the best|cheers|take care|gratefully|talk soon|speak soon)\b[\s,!.]*$/i;
const SENTENCE_END = /[.!?…]["”’)]*$/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    const body = piece.replace(/\r$/, '');
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += piece.length + 1;
  }
  return lines;
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A line that reads as a sentence of the body rather than a name, address or date line. */
function isSentence(line: string): boolean {
  return SENTENCE_END.test(line) && wordCount(line) > 3;
}

/** A line a signature may hold: a name, a phone number, an address, a web or email address. */
function isSignatureLine(line: string): boolean {
  return line === '' || (wordCount(line) <= 6 && !/[!?]$/.test(line) && !(/\.$/.test(line) && wordCount(line) > 3));
}

/** The greeting at the start of a line: the whole line when short, else up to its first comma (a one-line LinkedIn note). */
function greetingOf(line: Line): { greeting: Line; rest?: Line } | undefined {
  if (!GREETING.test(line.text)) return undefined;
  if (wordCount(line.text) <= 6 && !isSentence(line.text)) return { greeting: line };
  const comma = line.text.search(/[,:!—–]/);
  if (comma < 0 || wordCount(line.text.slice(0, comma)) > 5) return { greeting: line };
  const restText = line.text.slice(comma + 1);
  const lead = restText.length - restText.trimStart().length;
  const greeting = { start: line.start, end: line.start + comma + 1, text: line.text.slice(0, comma + 1) };
  const rest = { start: line.start + comma + 1 + lead, end: line.end, text: restText.trim() };
  return rest.text ? { greeting, rest } : { greeting };
}

/** Body lines into paragraphs: blank lines part them, and so does a line break after a full sentence (but not before a line holding only a link or a line to fill in). */
function paragraphsOf(lines: readonly Line[], text: string): Span[] {
  const paragraphs: Span[] = [];
  let open: Line | undefined;
  const close = (): void => {
    if (open) paragraphs.push({ start: open.start, end: open.end, text: text.slice(open.start, open.end) });
    open = undefined;
  };
  for (const line of lines) {
    if (!line.text) {
      close();
      continue;
    }
    // A line that only holds a link or a bracketed line to fill in belongs to the sentence above it ("…below.\n[Paste the link here]").
    const last = paragraphs[paragraphs.length - 1];
    if (!open && last && last.end + 1 === line.start && /^(\[[^\]]*\]|https?:\/\/\S+|www\.\S+)$/.test(line.text)) {
      paragraphs[paragraphs.length - 1] = { start: last.start, end: line.end, text: text.slice(last.start, line.end) };
      continue;
    }
    open = open ? { ...open, end: line.end } : { ...line };
    if (SENTENCE_END.test(line.text) || /:$/.test(line.text)) close();
  }
  close();
  return paragraphs;
}

/** Where the sign-off is: the last closing line followed only by signature lines, or the short lines that end the note. */
function endOf(lines: readonly Line[], from: number, bodyBefore: boolean): { closing?: number; signatureFrom: number } {
  let last = lines.length - 1;
  while (last >= from && !lines[last]?.text) last -= 1;
  for (let index = last; index >= from && index >= last - 8; index -= 1) {
    const line = lines[index]?.text ?? '';
    if (CLOSING.test(line) && wordCount(line) <= 5) return { closing: index, signatureFrom: index + 1 };
    if (!isSignatureLine(line)) break;
  }
  // No sign-off: the short lines after the last sentence, when they look like a name and contact details.
  let start = last + 1;
  for (let index = last; (bodyBefore ? index >= from : index > from) && last - index < 5; index -= 1) {
    const line = lines[index]?.text ?? '';
    if (!line) break;
    if (!isSignatureLine(line) || SENTENCE_END.test(line) || /:$/.test(line)) break;
    start = index;
  }
  return { signatureFrom: start };
}

function span(line: Line, text: string): Span {
  return { start: line.start, end: line.end, text: text.slice(line.start, line.end) };
}

/**
 * The parts of a note's text. Never throws.
 * @example readText('Hi Jane,\n\nThank you for today.\n\nBest,\nNoor Haddad').signature[0]?.text // 'Noor Haddad'
 */
export function readText(text: string): ReadText {
  const lines = linesOf(text);
  let bodyFrom = 0;
  let greeting: Span | undefined;
  let rest: Line | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    if (!line.text) continue;
    const found = greetingOf(line);
    if (found) {
      greeting = span(found.greeting, text);
      rest = found.rest;
      bodyFrom = index + 1;
      break;
    }
    if (isSentence(line.text)) break;
  }
  const header = greeting ? lines.slice(0, bodyFrom - 1).filter((line) => line.text).map((line) => span(line, text)) : [];
  const { closing, signatureFrom } = endOf(lines, bodyFrom, rest !== undefined);
  const bodyLines = [...(rest ? [rest] : []), ...lines.slice(bodyFrom, closing ?? signatureFrom)];
  const signature = lines.slice(signatureFrom).filter((line) => line.text).map((line) => span(line, text));
  const closingLine = closing === undefined ? undefined : lines[closing];
  return {
    text,
    header,
    ...(greeting ? { greeting } : {}),
    paragraphs: paragraphsOf(bodyLines, text),
    ...(closingLine ? { closing: span(closingLine, text) } : {}),
    signature,
  };
}
