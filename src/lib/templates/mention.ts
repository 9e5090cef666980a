// Reading what people type about the conversation (a detail, their news, a promised item) as they type it: a phrase or a whole sentence, made ready to sit inside a note written to that person.
//
// The steps, in order:
// 1. Trailing stops and wrapping quotes go; the interviewer's own name ("Dana's plan", "Dr. Okafor said") is read as "her".
// 2. A lead-in that only says a conversation happened is dropped: "We talked about X", "Our chat about X", "I enjoyed
//    hearing about X" → X. "She walked me through X" → "X you walked me through".
// 3. A lead-in that reports speech keeps what was said as a clause: "She told me (that) X", "I learned that X" → X.
// 4. The reader is spoken to: she/he → you (with the verb agreeing: "she is" → "you are", "he leads" → "you lead"),
//    her/his → your, him → you. "They" and "their" are left alone: they are as often the team as the person.
// 5. What is left is a clause when it reads as a sentence (a subject with a verb before any "that/which/who"), else a
//    phrase; a phrase takes frames like "our talk about …", a clause frames like "You mentioned that …".
// 6. A first word that is an ordinary word ("The", "Your", "How", "Building") is put in lower case; names stay as typed.
import type { PersonName } from './names';

/** User text ready for a note: a phrase ("your mentoring program") or a clause ("the team is moving to Rust"). */
export interface Mention {
  kind: 'phrase' | 'clause';
  text: string;
  /** The text speaks of the reader ("your promotion", "you were promoted"). */
  theirs: boolean;
}

const WH = /^(how|what|why|when|where|which|who|whom|whether|if)\b/i;
const ORDINARY_FIRST = new Set([
  'the', 'a', 'an', 'your', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'any',
  'all', 'each', 'every', 'both', 'how', 'what', 'why', 'when', 'where', 'which', 'who', 'whether', 'it', 'we', 'they',
  'you', 'she', 'he', 'there', 'one', 'two', 'three', 'more', 'most', 'new', 'next', 'last', 'first', 'plans', 'work',
]);
const AUXILIARY = /\b(is|are|was|were|will|would|has|have|had|can|could|should|must|might|may|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|hasn['’]t|haven['’]t|does|do|did|plans to|wants to|hopes to|expects to|needs to|got|gets|uses|runs|ships|lets|keeps|moved|moving to|became|started|launched|opened|won|joined|grew|promoted)\b|\b(it|that|there|you|we|they|i|she|he|what)['’](s|re|ll|ve|d)\b/i;
const RELATIVE = /\b(that|which|who|whom|whose|where|when|because|so|if)\b/i;
const SUBJECT_START = /^(i|we|you|they|it|there|she|he)\b/i;
const PREPOSITIONS = new Set(['about', 'at', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'and', 'or', 'but', 'as', 'over', 'during', 'after', 'before', 'through', 'too']);

const SPEECH = '(?:told me|said|mentioned|explained|shared|noted|pointed out|let me know|made the point|stressed|hinted)';
const TALK = '(?:talked|spoke|chatted|discussed|covered|went over|went through|touched on|got into|dug into|dove into|reviewed|looked at)';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways the person's own name may be typed, longest first: "Dr. Okafor", "Samuel Okafor", "Samuel". */
function nameForms(them: PersonName | undefined): string[] {
  if (!them || !them.first) return [];
  const forms = [them.plain, them.full, them.honorific ? `${them.honorific} ${them.last}` : '', them.honorific ? `${them.honorific.replace(/\.$/, '')} ${them.last}` : '',
    them.first.length > 2 ? them.first : '', !them.oneWord && them.last.length > 2 ? them.last : ''];
  return [...new Set(forms.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** Step 1: trailing stops, quotes and the person's own name (as "her"). */
function prepare(typed: string, them: PersonName | undefined): string {
  let text = typed.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').replace(/[\s.!?,;:…]+$/u, '').trim();
  const forms = nameForms(them);
  if (forms.length > 0) {
    const names = forms.map(escape).join('|');
    text = text.replace(new RegExp(`(^|[^\\p{L}])(?:${names})['’]s(?![\\p{L}])`, 'gu'), '$1her');
    text = text.replace(new RegExp(`^(?:${names})(?=\\s)`, 'u'), 'she');
  }
  return text;
}

interface LeadIn {
  pattern: RegExp;
  kind: 'phrase' | 'clause' | 'either';
  /** Rebuilds the remainder, e.g. "X you walked me through". */
  rest?: (match: RegExpMatchArray) => string;
}

const WHO = '(?:you|she|he|they|we)';
const LEAD_INS: readonly LeadIn[] = [
  { pattern: new RegExp(`^${WHO} (?:also |even |briefly |kindly )?(showed|walked|took|talked) me (through|around|over) (.+)$`, 'i'), kind: 'phrase',
    rest: (m) => (WH.test(m[3] ?? '') ? m[3] ?? '' : `${m[3]} you ${m[1]?.toLowerCase()} me ${m[2]?.toLowerCase()}`) },
  { pattern: new RegExp(`^${WHO} (?:also |even |briefly |kindly )?(showed|gave|sent|offered) me (.+)$`, 'i'), kind: 'phrase',
    rest: (m) => (WH.test(m[2] ?? '') ? m[2] ?? '' : `${m[2]} you ${m[1]?.toLowerCase()} me`) },
  { pattern: new RegExp(`^${WHO} (?:also |even |briefly |really )?${SPEECH}(?: to me)?(?: that)?,? `, 'i'), kind: 'clause' },
  { pattern: /^(?:i )?(?:learned|heard|found out|was told|was glad to hear|was glad to learn|noticed|realized|realised) (?:that )/i, kind: 'clause' },
  { pattern: /^(?:apparently|it turns out|turns out),? /i, kind: 'clause' },
  { pattern: new RegExp(`^(?:we|i|you|she|he|they) (?:also |briefly |really |both )?${TALK}(?: about| on| over| through| into)?,? `, 'i'), kind: 'either' },
  { pattern: /^(?:i )?(?:really |especially |truly )?(?:enjoyed|loved|liked|appreciated|valued) (?:hearing|learning|talking|chatting|reading) (?:about|of) /i, kind: 'either' },
  { pattern: /^(?:i )?(?:learned|heard) (?:about|of) /i, kind: 'either' },
  { pattern: /^(?:our|the|my|a) (?:short |long |great |good |quick )?(?:conversation|discussion|chat|talk|exchange|question) (?:about|on|of|regarding|around|over) /i, kind: 'either' },
  { pattern: /^(?:talking|chatting|hearing|learning|discussing) (?:about )?/i, kind: 'either' },
  { pattern: /^(?:discussed|covered|talked about|spoke about|chatted about) /i, kind: 'either' },
  { pattern: /^(?:the news (?:about|of|that)|news about|news of|i (?:saw|read|heard) (?:the news )?(?:about|that)) /i, kind: 'either' },
  { pattern: /^about /i, kind: 'either' },
];

/** Step 4: the reader spoken to. */
function secondPerson(text: string): string {
  const verb = (word: string): string => {
    const lower = word.toLowerCase();
    const fixed: Record<string, string> = {
      is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
      'isn’t': 'aren’t', 'wasn’t': 'weren’t', 'hasn’t': 'haven’t', 'doesn’t': 'don’t', goes: 'go',
    };
    if (fixed[lower]) return fixed[lower];
    if (/^[a-z]+(ch|sh|ss|x|z)es$/.test(lower)) return word.slice(0, -2);
    if (/^[a-z]+[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
    if (/^[a-z]{2,}[^su]s$/.test(lower)) return word.slice(0, -1);
    return word;
  };
  return text
    .replace(/\b(she|he)['’]s been\b/gi, 'you’ve been')
    .replace(/\b(she|he)['’]s\b/gi, 'you’re')
    .replace(/\b(she|he)['’]ll\b/gi, 'you’ll')
    .replace(/\b(she|he)['’]d\b/gi, 'you’d')
    .replace(/\b(?:she|he) ((?:also|still|really|now|just|already|even|recently|often) )?([\p{L}’']+)/giu, (_m, adverb: string | undefined, word: string) => `you ${adverb ?? ''}${verb(word)}`)
    .replace(/\b(?:herself|himself)\b/gi, 'yourself')
    .replace(/\b(?:hers)\b/gi, 'yours')
    .replace(/\bhis\b(?=\s+[\p{L}\p{N}])/giu, 'your')
    .replace(/\bhis\b/gi, 'yours')
    .replace(/\bher\b(?=\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*))/giu, (_m, next: string) => (PREPOSITIONS.has(next.toLowerCase()) ? 'you' : 'your'))
    .replace(/\b(?:her|him)\b/gi, 'you');
}

/** Step 5: does the text read as a sentence of its own? */
function readsAsClause(text: string): boolean {
  if (WH.test(text) || /^\p{L}+ing\b/u.test(text)) return false;
  if (SUBJECT_START.test(text) && /\s/.test(text)) return true;
  const found = AUXILIARY.exec(text);
  if (!found) return false;
  const auxiliary = found.index;
  // "the help line you launched", "the plan you're rolling out": a pronoun and its verb after a noun say which thing is
  // meant, so the text stays a thing to name.
  if (/\b(?:you|we|they|i|she|he)\s+$/i.test(text.slice(0, auxiliary)) || (auxiliary > 0 && /^(?:you|we|they|i|she|he)['’]/i.test(found[0]))) return false;
  const relative = text.search(RELATIVE);
  return relative < 0 || auxiliary < relative;
}

/** Step 6: an ordinary first word in lower case; a name or an acronym as typed. */
function lowerFirst(text: string): string {
  const first = /^[\p{L}’']+/u.exec(text)?.[0] ?? '';
  if (!first || first === 'I' || /^I['’]/.test(first)) return text;
  const lower = first.toLowerCase();
  const base = lower.split(/['’]/)[0] ?? lower;
  const capitalOnly = first[0] !== lower[0] && first.slice(1) === lower.slice(1);
  if (capitalOnly && (ORDINARY_FIRST.has(base) || /ing$/.test(lower))) return lower + text.slice(first.length);
  return text;
}

/**
 * What the person typed, read as a phrase or a clause written to `them` (see the steps at the top of this file); undefined when it holds no
 * words, or only a lead-in ("We talked about").
 * @example readMention('She told me the team is moving to Rust.', them) // { kind: 'clause', text: 'the team is moving to Rust', theirs: false }
 * @example readMention('her mentoring program', them) // { kind: 'phrase', text: 'your mentoring program', theirs: true }
 */
export function readMention(typed: string, them?: PersonName): Mention | undefined {
  let text = prepare(typed, them);
  let kind: LeadIn['kind'] = 'either';
  for (let round = 0; round < 2; round += 1) {
    const spaced = `${text} `;
    const lead = LEAD_INS.find((entry) => entry.pattern.test(spaced));
    if (!lead) break;
    const match = (lead.rest ? text : spaced).match(lead.pattern);
    if (!match) break;
    const rest = lead.rest ? lead.rest(match) : spaced.slice(match[0].length);
    if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
    text = rest.trim();
    if (lead.kind !== 'either') kind = lead.kind;
    if (kind !== 'either') break;
  }
  text = lowerFirst(secondPerson(text)).replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const clause = kind === 'clause' ? !WH.test(text) : kind === 'either' && readsAsClause(text);
  return { kind: clause ? 'clause' : 'phrase', text, theirs: /\b(you|your|yours|yourself)\b/i.test(text) };
}

/**
 * A promised item as typed ("I will send my portfolio by Friday", "send her the case study"), as the thing itself: "my portfolio".
 * @example readPromised('I will send my portfolio by Friday.') // 'my portfolio'
 */
export function readPromised(typed: string, them?: PersonName): string {
  const text = prepare(typed, them)
    .replace(/^(?:as promised,? )?(?:i(?: will|['’]ll| would| said i would| said i['’]d| promised to| offered to| need to| have to| am going to|['’]m going to| can)? )?(?:send|share|forward|email|e-mail|get)(?: over)? (?:to )?(?:you |her |him |them |the team )?/i, '')
    .replace(/^(?:i )?promised (?:you |her |him |them )?/i, '')
    .replace(/\s+(?:by|before|on|this|next|later|within)\s+(?:the end of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|week|weekend|month|morning|afternoon|evening|eod|end of (?:the )?(?:day|week))\b.*$/i, '')
    .replace(/\s+(?:tomorrow|today|tonight|asap|soon|later)$/i, '');
  return lowerFirst(secondPerson(text)).trim();
}
