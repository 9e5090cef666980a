// The words people type, mapped to the words the guides use, and the plan of searches a query becomes: pure data and functions, no DOM.

/** A group of things people say that all mean one thing the guides talk about. */
export interface Synonym {
  /** What people type, normalised (lower case, no apostrophes, hyphens as spaces). Longer phrases win. */
  says: readonly string[];
  /** The words the guides use for it: searched instead of the phrase. */
  means: string;
}

export const SYNONYMS: readonly Synonym[] = [
  {
    says: ['ghosted', 'ghosting', 'no reply', 'no response', 'no answer', 'havent heard back', 'havent heard', 'not heard back', 'never heard back',
      'didnt hear back', 'heard nothing', 'no news', 'still waiting', 'waiting to hear', 'hear back', 'follow up email', 'status update', 'any update', 'nudge'],
    means: 'checking heard back',
  },
  {
    says: ['turned down', 'turned me down', 'rejected', 'rejection', 'didnt get the job', 'didnt get it', 'did not get the job', 'not selected', 'unsuccessful',
      'got a no', 'they said no', 'no offer'],
    means: 'rejection',
  },
  {
    says: ['thank you email', 'thank you letter', 'thank you note', 'thank you message', 'thanks email', 'thank you', 'thanks', 'appreciation email'],
    means: 'writing thank note',
  },
  {
    says: ['second interview', 'panel interview', 'panel', 'several interviewers', 'multiple interviewers', 'more than one interviewer', 'two interviewers',
      'many interviewers', 'group interview', 'each interviewer', 'several people', 'interviewed by'],
    means: 'interviewer panel',
  },
  {
    says: ['withdraw', 'withdrawal', 'pull out', 'pulling out', 'back out', 'no longer interested', 'not interested anymore', 'took another job', 'accepted another job',
      'accepted another offer', 'decline the offer', 'turn down the offer', 'turn down an offer', 'turn down a job'],
    means: 'withdrawing',
  },
  {
    says: ['how long to wait', 'how long should i wait', 'how soon', 'when to send', 'when should i send', 'deadline', 'same day', 'timing'],
    means: 'when send wait',
  },
  { says: ['another offer', 'competing offer', 'other offer', 'offer from another company', 'exploding offer'], means: 'another offer' },
  {
    says: ['handwritten', 'hand written', 'card', 'snail mail', 'letter by mail', 'linked in', 'linkedin', 'connect request', 'text message', 'sms'],
    means: 'handwritten card letter linkedin',
  },
  { says: ['subject line', 'email subject', 'subject'], means: 'subject line' },
  {
    says: ['formal', 'informal', 'casual', 'formality', 'mr or ms', 'first name', 'how to address', 'how to greet', 'greeting', 'dear', 'tone'],
    means: 'formality tone',
  },
  {
    says: ['keep in touch', 'stay in touch', 'staying in touch', 'networking', 'network', 'reconnect', 'months later', 'check in later'],
    means: 'staying touch',
  },
  {
    says: ['mistakes', 'mistake', 'what not to do', 'dont', 'avoid', 'pestering', 'pester', 'annoying', 'too many emails', 'desperate', 'pushy'],
    means: 'mistakes',
  },
  {
    says: ['why follow up', 'should i follow up', 'is it worth', 'does it matter', 'worth it', 'went badly', 'bad interview', 'interview went bad', 'on the spot'],
    means: 'follow matters',
  },
  { says: ['conflicting advice', 'advice differs', 'contradicting advice', 'different advice', 'which advice'], means: 'advice differs' },
  { says: ['typo', 'typos', 'spelling', 'proofread', 'proofreading', 'spell check', 'grammar'], means: 'proofread' },
];

/** Words that say nothing about what is wanted: never searched alone, never highlighted. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'after', 'before',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'it', 'its', 'i', 'im', 'me', 'my', 'you', 'your', 'we', 'our', 'they', 'them', 'their',
  'he', 'she', 'him', 'her', 'this', 'that', 'these', 'those', 'do', 'does', 'did', 'what', 'when', 'how', 'why', 'who', 'which', 'should',
  'can', 'could', 'would', 'will', 'if', 'so', 'there', 'get', 'got', 'just', 'some', 'any',
]);

/** Run-together spellings, split before anything else. */
const SPLITS: readonly [RegExp, string][] = [
  [/\bthankyou\b/g, 'thank you'],
  [/\bthanku\b/g, 'thank you'],
  [/\bfollowup\b/g, 'follow up'],
  [/\bcheckin\b/g, 'check in'],
  [/\be mail\b/g, 'email'],
];

/**
 * A query reduced to plain words: lower case, apostrophes dropped, hyphens and other marks as spaces, run-together spellings split.
 * @example normaliseQuery('Haven’t heard back!') // 'havent heard back'
 */
export function normaliseQuery(query: string): string {
  let text = query.toLowerCase().replace(/['’‘ʼ`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [pattern, replacement] of SPLITS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of a normalised text that are not stop words. */
export function meaningfulWords(text: string): string[] {
  return text.split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** Whether a word is a stop word (so it is never highlighted alone). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normaliseQuery(word));
}

/**
 * The query with each phrase people say replaced by the words the guides use, longest phrase first, each phrase once.
 * @example applySynonyms('i got ghosted') // 'i got checking heard back'
 */
export function applySynonyms(normalised: string, synonyms: readonly Synonym[] = SYNONYMS): string {
  const phrases = synonyms
    .flatMap((synonym) => synonym.says.map((says) => ({ says, means: synonym.means })))
    .sort((a, b) => b.says.length - a.says.length);
  let text = ` ${normalised} `;
  for (const { says, means } of phrases) {
    // Words already replaced are wrapped in \u0001 so a shorter phrase cannot match inside a replacement.
    const at = text.indexOf(` ${says} `);
    if (at >= 0) text = `${text.slice(0, at)} \u0001${means.replaceAll(' ', '\u0001')}\u0001 ${text.slice(at + says.length + 2)}`;
  }
  return text.replaceAll('\u0001', ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The searches to try, best first, until one finds a guide: the query in the guides' words; the query as typed; then each
 * of its words alone. Stop words are left out unless nothing else is left. Empty when there is nothing to search for.
 * @example searchPlan('Thank-you letter') // ['writing thank note', 'thank letter', 'thank', 'letter']
 */
export function searchPlan(query: string, synonyms: readonly Synonym[] = SYNONYMS): string[] {
  const typed = normaliseQuery(query);
  if (!typed) return [];
  const rewritten = meaningfulWords(applySynonyms(typed, synonyms));
  const asTyped = meaningfulWords(typed);
  const plan = [rewritten.join(' '), asTyped.join(' '), ...(asTyped.length > 1 ? asTyped : [])].filter((item) => item !== '');
  if (plan.length === 0) plan.push(typed);
  return [...new Set(plan)];
}
