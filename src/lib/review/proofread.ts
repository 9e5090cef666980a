// The coach's proofreading (C8) of free text: placeholders left in, another company, role or person named, misspellings, doubled punctuation and words, names in the wrong case, a missing full stop.
import { usesField } from '../templates/ids';
import { PROMISED_LINK_LINE, addressesIn, promisedKind } from '../templates/promised';
import { wordsOf } from '../templates/similarity';
import type { CleanInput } from '../templates/validate';
import type { Review } from './context';
import { fail, pass, warn, type Finding } from './finding';
import type { Span } from './read-text';
import { hasMisspelling, misspellings } from './spelling';

/** Placeholders a template or another note leaves: "[Company]", "{{name}}", "(Your name)", "<insert …>", "XXX", "TODO",
 * lorem ipsum, "___", "Lastname", "Ms. X". One pattern, so the text is read once. */
const PLACEHOLDER = new RegExp([
  /\[[^\]\n]{1,40}\]/.source,
  /\{\{?[^}\n]{0,40}\}?\}/.source,
  /\((?:[Yy]our |[Tt]heir |[Tt]he |[Mm]y )?(?:[Cc]ompany|[Cc]ompany [Nn]ame|[Nn]ame|[Ff]irst [Nn]ame|[Ll]ast [Nn]ame|[Ff]ull [Nn]ame|[Jj]ob [Tt]itle|[Tt]itle|[Rr]ole|[Pp]osition|[Dd]ate|[Pp]hone|[Ee]mail|[Dd]etail|[Ii]nterviewer(?:['’]s [Nn]ame)?|[Ii]nsert[^)\n]{0,30})(?: [Hh]ere)?\)/.source,
  /<\s*[Ii]nsert[^>\n]{0,40}>?/.source,
  /\b[Xx]{3,}\b/.source,
  /\bTODO\b/.source,
  /\b[Ll]orem\b|\b[Ii]psum\b/.source,
  /_{3,}/.source,
  /\b(?:[Ll]ast ?name|[Ff]irst ?name|Last Name|First Name|LAST ?NAME|FIRST ?NAME)\b/.source,
  /\b(?:Mr|Ms|Mrs|Mx|Dr)\.? [A-Z](?![A-Za-z.])/.source,
].join('|'), 'g');
const DOUBLED_PUNCTUATION = /[!?]{2,}|([,;:])\1+|(?<!\.)\.\.(?!\.)|,[.;:!?]|[;:][.,!?]|[!?][.,;:]/g;
const INPUT_TEXT_FIELDS = ['detail', 'fit', 'promised', 'news', 'company', 'role'] as const;
const COMPANY_SUFFIXES = new Set(['inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company', 'group', 'the', 'plc', 'gmbh']);
const EMPLOYER_WORDS = /\b(role|position|job|opening|post|vacancy|team|teams|opportunity|interview|interviewing|career|future|everyone|part|join|joining|culture|mission|hiring|colleagues|contribute|contributing|working|work|grow|growing|offer)\W+(?:\w+\W+){0,3}$/i;
const NOT_COMPANIES = new Set(['i', 'linkedin', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'our', 'your', 'my']);

/**
 * True when the text holds a placeholder (see PLACEHOLDER).
 * @example hasPlaceholder('Dear Ms. Lastname,') // true
 */
export function hasPlaceholder(text: string): boolean {
  return [...text.matchAll(PLACEHOLDER)].length > 0;
}

/** The text with web and email addresses blanked (same length), so no proofreading check reads inside them. */
function withoutAddresses(text: string): string {
  let blanked = text;
  for (const { start, end } of addressesIn(text)) blanked = `${blanked.slice(0, start)}${'0'.repeat(end - start)}${blanked.slice(end)}`;
  return blanked;
}

/** The input field whose text holds the snippet, so a finding can point at it too. */
function fieldHolding(input: CleanInput, snippet: string): string | undefined {
  const needle = snippet.toLowerCase();
  return INPUT_TEXT_FIELDS.find((field) => input[field].toLowerCase().includes(needle));
}

/** True when the promised-link line is the coach's C7 business (a link promised in an email or letter). */
function linkLineExpected(review: Review): boolean {
  const { input } = review;
  return input.promised !== '' && usesField(input.scenario, 'promised') && promisedKind(input.promised) === 'link'
    && (input.channel === 'email' || input.channel === 'letter');
}

/** Placeholders left in the text or the subject: "[Company]", "(Your name)", "{{name}}", "XXX", "Lastname"… */
function placeholders(review: Review, text: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const skipLinkLine = linkLineExpected(review);
  for (const [where, value] of [['text', text], ['subject', review.subject]] as const) {
    for (const match of value.matchAll(PLACEHOLDER)) {
      const found = match[0];
      if (match.index === undefined || seen.has(found) || (skipLinkLine && found === PROMISED_LINK_LINE)) continue;
      seen.add(found);
      const field = fieldHolding(review.input, found);
      findings.push(where === 'text'
        ? fail('C8', `“${found}” looks like a placeholder. Replace it with real words.`, { field, at: { start: match.index, end: match.index + found.length } })
        : fail('C8', `“${found}” in the subject line looks like a placeholder. Replace it with real words.`, { field: field ?? 'role' }));
    }
  }
  return findings;
}

function nameWords(name: string): string[] {
  return wordsOf(name).filter((word) => !COMPANY_SUFFIXES.has(word));
}

/** True when two company names start alike: the first word of one is a word of the other ("Acme" and "Acme Tools Inc."). */
function sameCompany(found: string, company: string): boolean {
  const a = nameWords(found);
  const b = nameWords(company);
  if (a.length === 0 || b.length === 0) return true;
  const starts = (word: string, words: readonly string[]): boolean => words.some((other) => other.startsWith(word) || word.startsWith(other));
  return starts(a[0]!, b) || starts(b[0]!, a);
}

/** Another company named where this one belongs ("the team at Brightwave"), or another job title ("the Marketing Manager role"). */
function otherEmployer(review: Review, text: string): Finding[] {
  const { input } = review;
  const people = new Set(wordsOf([input.interviewer.typedName, input.you.name, ...input.others].join(' ')));
  const findings: Finding[] = [];
  const atCompany = /\b(?:at|join|joining)\s+((?:[A-Z][\p{L}\p{N}&'’-]*\.?)(?:\s+(?:&\s+)?[A-Z][\p{L}\p{N}&'’-]*\.?)*)/gu;
  for (const match of text.matchAll(atCompany)) {
    const name = (match[1] ?? '').replace(/['’]s$|\.$/, '');
    if (match.index === undefined || !input.company || sameCompany(name, input.company)) continue;
    const words = wordsOf(name);
    if (words.every((word) => NOT_COMPANIES.has(word) || people.has(word))) continue;
    if (!EMPLOYER_WORDS.test(text.slice(Math.max(0, match.index - 60), match.index + match[0].indexOf(' ') + 1))) continue;
    const start = match.index + match[0].length - (match[1] ?? '').length;
    findings.push(fail('C8', `This names “${name}”, but you are writing to ${input.company}. Was it copied from another note?`, { at: { start, end: start + name.length } }));
    break;
  }
  const roleWords = new Set(nameWords(input.role));
  const companyWords = new Set(nameWords(input.company));
  const theRole = /\b(?:the|this|your|an?)\s+((?:[A-Z][\p{L}\p{N}/&+'’-]*\s+){1,5})(?:role|position|job|opening|post|vacancy)\b/gu;
  for (const match of text.matchAll(theRole)) {
    const title = (match[1] ?? '').trim();
    const words = nameWords(title).filter((word) => !companyWords.has(word) && !people.has(word));
    if (match.index === undefined || !input.role || words.length === 0 || words.some((word) => roleWords.has(word))) continue;
    const start = match.index + match[0].indexOf(title);
    findings.push(fail('C8', `This names the job “${title}”, but you interviewed for ${input.role}. Was it copied from another note?`, { at: { start, end: start + title.length } }));
    break;
  }
  return findings;
}

/** Where a word stands alone in the text (no letter either side), from `from`; -1 when nowhere. */
function wordAt(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + word.length] ?? ' ')) return at;
  }
  return -1;
}

/** Names written in lower case where the input spells them with capitals: the whole name anywhere, one name word in the greeting or signature. */
function nameCase(review: Review, text: string): Finding[] {
  const { input, read } = review;
  const names = [input.interviewer.typedName, input.you.name, input.company, ...input.others].filter((name) => /\p{Lu}/u.test(name));
  const places: Span[] = [...(read.greeting ? [read.greeting] : []), ...read.signature];
  for (const name of names) {
    const words = name.split(' ').filter((word) => /^\p{Lu}/u.test(word));
    const whole = words.length > 1 ? wordAt(text, name.toLowerCase()) : -1;
    if (whole >= 0) return [warn('C8', `Write “${name}” with capital letters, as the name is spelt.`, { at: { start: whole, end: whole + name.length } })];
    for (const place of places) {
      const line = text.slice(place.start, place.end);
      for (const word of words) {
        const lower = word.replace(/[,.]$/, '');
        const found = lower.length < 2 ? -1 : wordAt(line, lower.toLowerCase());
        if (found >= 0) {
          const start = place.start + found;
          return [warn('C8', `Write “${lower}” with a capital letter, as the name is spelt.`, { at: { start, end: start + lower.length } })];
        }
      }
    }
  }
  return [];
}

/** A paragraph that ends without a full stop, question or exclamation mark (one ending in a link, an address or an emoji is fine). */
function missingFullStop(review: Review): Finding[] {
  for (const paragraph of review.read.paragraphs) {
    const end = paragraph.text.trimEnd();
    if (/[.!?…)\]"”’:]$/u.test(end) || /\p{Extended_Pictographic}\uFE0F?$/u.test(end)) continue;
    const wordStart = Math.max(end.lastIndexOf(' '), end.lastIndexOf('\n')) + 1;
    if (/^0+$/.test(withoutAddresses(end.slice(wordStart)))) continue;
    const start = paragraph.start + wordStart;
    return [warn('C8', 'This sentence is missing its full stop at the end.', { at: { start, end: paragraph.start + end.length } })];
  }
  return [];
}

const WORD = /\p{L}+/gu;

/**
 * The first word written twice in a row with only spaces between, in any case ("the the", "I I"), as a place in the text.
 * @example doubledWord('Thank you you for today.') // { start: 6, end: 13 }
 */
export function doubledWord(text: string): { start: number; end: number } | undefined {
  let previous = '';
  let previousStart = -1;
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    // "that that’s" is no repeat: the second word goes on past its apostrophe.
    if (word === previous && /^\s+$/.test(text.slice(previousEnd, match.index)) && !/^['’]\p{L}/u.test(text.slice(end, end + 2))) {
      return { start: previousStart, end };
    }
    previous = word;
    previousStart = match.index;
    previousEnd = end;
  }
  return undefined;
}

/**
 * Where "i" stands as the word I in lower case ("i think", "i'm", "i,"), not after a letter, digit, stop or apostrophe; -1 when nowhere.
 * @example lowerCaseI('Yes, i think so.') // 5
 */
export function lowerCaseI(text: string): number {
  for (let at = text.indexOf('i'); at >= 0; at = text.indexOf('i', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}.'’]/u.test(text[at - 1]!)) continue;
    const next = text[at + 1] ?? '';
    if (/\s/.test(next) || next === ',' || (/['’]/.test(next) && /\p{L}/u.test(text[at + 2] ?? ''))) return at;
  }
  return -1;
}

/** The slips a proofread catches, each pointing at its place in the text. */
function slips(review: Review, text: string): Finding[] {
  const findings: Finding[] = [];
  const { words } = review;
  for (const { word, right, start, end } of (hasMisspelling(words) ? misspellings(text) : []).slice(0, 3)) {
    findings.push(warn('C8', `“${word}” is misspelt: write “${right}”.`, { at: { start, end } }));
  }
  const punctuation = DOUBLED_PUNCTUATION.exec(text);
  DOUBLED_PUNCTUATION.lastIndex = 0;
  if (punctuation) findings.push(warn('C8', `“${punctuation[0]}” doubles the punctuation. Keep one mark.`, { at: { start: punctuation.index, end: punctuation.index + punctuation[0].length } }));
  // Only a text with the same word twice in a row among its words (punctuation left out) can hold one.
  const doubled = words.some((word, index) => word === words[index - 1]) ? doubledWord(text) : undefined;
  if (doubled) {
    const found = text.slice(doubled.start, doubled.end);
    findings.push(warn('C8', `“${found}” repeats a word. Check it.`, { at: doubled, field: fieldHolding(review.input, found) }));
  }
  const lowerI = lowerCaseI(text);
  if (lowerI >= 0) findings.push(warn('C8', 'Write “I” as a capital letter.', { at: { start: lowerI, end: lowerI + 1 } }));
  const spaces = / {2,}/.exec(review.read.paragraphs.map((paragraph) => paragraph.text).join('\n'));
  if (spaces) {
    const paragraph = review.read.paragraphs.find((each) => / {2,}/.test(each.text));
    const inside = paragraph ? / {2,}/.exec(paragraph.text) : null;
    findings.push(warn('C8', 'There are two spaces in a row. Take one out.', paragraph && inside ? { at: { start: paragraph.start + inside.index, end: paragraph.start + inside.index + inside[0].length } } : {}));
  }
  return findings;
}

/**
 * C8: no placeholder, no other company, role or person, and the slips a proofread catches.
 * @example proofread(makeReview(input, { text: 'Dear [Name],' }, [], {}))[0]?.level // 'fail'
 */
export function proofread(review: Review): Finding[] {
  const text = withoutAddresses(review.read.text);
  const findings = [
    ...placeholders(review, review.read.text),
    ...otherEmployer(review, text),
    ...slips(review, text),
    ...nameCase(review, text),
    ...missingFullStop(review),
  ];
  return findings.length > 0 ? findings
    : [pass('C8', 'Read it aloud once before you send it: a typo reads as a sample of your work.')];
}
