// The English words most often misspelt, with their right spelling: the coach's proofreading (C8) flags them where they stand.

/** Misspelling → right spelling, lower case. */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  definately: 'definitely', definatly: 'definitely', recieve: 'receive', recieved: 'received', seperate: 'separate',
  seperately: 'separately', accomodate: 'accommodate', occured: 'occurred', occurence: 'occurrence', untill: 'until',
  sucess: 'success', succesful: 'successful', sucessful: 'successful', oppurtunity: 'opportunity',
  oppertunity: 'opportunity', intrested: 'interested', intrest: 'interest', responsibilty: 'responsibility',
  beleive: 'believe', acheive: 'achieve', acheived: 'achieved', calender: 'calendar', collegue: 'colleague',
  collegues: 'colleagues', commited: 'committed', enviroment: 'environment', experiance: 'experience',
  foward: 'forward', greatful: 'grateful', independant: 'independent', knowlege: 'knowledge', managment: 'management',
  neccessary: 'necessary', necesary: 'necessary', occassion: 'occasion', persue: 'pursue', prefered: 'preferred',
  recomend: 'recommend', reccomend: 'recommend', relevent: 'relevant', sincerly: 'sincerely', tommorow: 'tomorrow',
  truely: 'truly', thier: 'their', alot: 'a lot', apreciate: 'appreciate', buisness: 'business', carreer: 'career',
  futher: 'further', wich: 'which', adress: 'address', begining: 'beginning', embarass: 'embarrass',
};

/** The misspellings alone, to look words up in. */
const MISSPELT: ReadonlySet<string> = new Set(Object.keys(MISSPELLINGS));

/**
 * True when one of the words (as wordsOf() gives them: lower case, apostrophes kept) is a misspelling, read on either
 * side of an apostrophe: a quick test before misspellings() looks for places.
 * @example hasMisspelling(['i', 'recieved', 'it']) // true
 */
export function hasMisspelling(words: readonly string[]): boolean {
  return words.some((word) => (word.includes("'") ? word.split("'").some((part) => MISSPELT.has(part)) : MISSPELT.has(word)));
}

/** The shortest and longest misspelling, so most words are never looked up. */
const SHORTEST = Math.min(...Object.keys(MISSPELLINGS).map((word) => word.length));
const LONGEST = Math.max(...Object.keys(MISSPELLINGS).map((word) => word.length));

/**
 * Each misspelt word in the text, with its place and the right spelling (capitalised like the word found): the text's
 * words are read in one pass (letters only), and only words of a misspelling's length are looked up.
 * @example misspellings('I recieved it.') // [{ word: 'recieved', right: 'received', start: 2, end: 10 }]
 */
export function misspellings(text: string): { word: string; right: string; start: number; end: number }[] {
  const found: { word: string; right: string; start: number; end: number }[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && /\p{L}/u.test(text[index]!));
    if (letter) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0 && index - start >= SHORTEST && index - start <= LONGEST) {
      const word = text.slice(start, index);
      const right = MISSPELLINGS[word.toLowerCase()];
      if (right) found.push({ word, right: /^\p{Lu}/u.test(word) ? right.charAt(0).toUpperCase() + right.slice(1) : right, start, end: index });
    }
    start = -1;
  }
  return found;
}
