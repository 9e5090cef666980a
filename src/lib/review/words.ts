// Loose word matching for the coach: does the note name the detail, in the person's own words? Content words are compared by a rough stem, so "tickets" meets "ticket" and "planning" meets "plan".
import { wordsOf } from '../templates/similarity';

/** Words that say nothing specific about one conversation: function words and the words every follow-up note uses. */
const COMMON = new Set(`a about above after again all also am an and any are as at be been before being both but by can could
did do does doing for from further had has have having he her here hers him his how i i'm if in into is it it's its just
me more most my no nor not now of off on once one only or other our ours out over own same she should so some such than
that the their theirs them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours you're i've i'd i'll we're let's
thank thanks thanked thanking grateful appreciate appreciated time today yesterday week talk talked talking chat chatted
conversation conversations meeting meet met interview interviewed interviewing speak spoke speaking discuss discussed
discussing discussion enjoyed enjoy enjoying really great good nice lovely wonderful learn learned learning hear heard
hearing role position job team company opportunity work working way ways new kind much many lot lots get got make made
like liked love loved think thought know knew mention mentioned tell told said say show showed shown`.split(/\s+/));

/**
 * A rough stem: plural, past and -ing endings dropped, a doubled last letter undone, then at most six letters.
 * @example stem('planning') === stem('plans') // true
 */
export function stem(word: string): string {
  let root = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (root.length > 4) root = root.replace(/(?:ing|ed|es|s|ly)$/, '');
  if (/([b-df-hj-np-tv-z])\1$/.test(root)) root = root.slice(0, -1);
  return root.slice(0, 6);
}

/**
 * The stems of a text's words that could name something specific (common words left out).
 * @example [...contentStems('the plan to move support tickets')] // ['plan', 'move', 'suppor', 'ticket']
 */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 3 || COMMON.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

/** True when a word of the lower-case text has this stem: found where the stem starts a word, then stemmed to check. */
function hasStem(lower: string, wanted: string): boolean {
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}'’]/u.test(lower[at - 1]!)) continue;
    const word = /^[\p{L}\p{N}'’]+/u.exec(lower.slice(at, at + 40))?.[0] ?? '';
    if (stem(word) === wanted) return true;
  }
  return false;
}

/**
 * True when the lower-case text names the phrase, even reworded: at least two of the phrase's content stems (all when it
 * has fewer) stem a word of the text. Stems in `ignore` (the company, the role, names) do not count.
 * @example namesLoosely('we put every ticket in one inbox.', 'the plan to move support tickets into one shared inbox') // true
 */
export function namesLoosely(lower: string, phrase: string, ignore: ReadonlySet<string> = new Set()): boolean {
  const wanted = [...contentStems(phrase)].filter((item) => !ignore.has(item));
  if (wanted.length === 0) return true;
  let found = 0;
  for (const item of wanted) if (hasStem(lower, item) && (found += 1) >= Math.min(2, wanted.length)) return true;
  return false;
}
