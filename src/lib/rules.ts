// The follow-up rules (T1–T12, C1–C10) as data: the one place any number of the advice lives. Imported by the engine, the islands and the guides.

/** The source articles the rules rest on, by file number, with the titles guides cite. */
export const SOURCES = {
  '000': { title: 'To Follow Up, or Not to Follow Up? That is The Question.' },
  '001': { title: 'Mastering the Post-Interview Follow-Up (Thank-You Notes & More)' },
  '002': { title: 'Interviewing – Follow Up' },
  '003': { title: 'How and When to Follow Up After a Job Interview' },
  '004': { title: 'To Email Or Not To Email: Your Ultimate Interview Follow-Up Guide' },
} as const;

export type SourceId = keyof typeof SOURCES;

export interface Rule {
  /** 'T1' … 'T12' (timing) or 'C1' … 'C10' (content). */
  id: string;
  /** A few words naming the rule, for headings and findings. */
  title: string;
  /** One plain sentence; `{name}` stands for `numbers[name]`. */
  text: string;
  /** Every number the rule uses, written only here. */
  numbers: Readonly<Record<string, number>>;
  /** Source articles the rule rests on; empty where it rests on a platform's own limit. */
  sources: readonly SourceId[];
  /** The guide section that explains the rule: '<guide slug>#<heading id>'. */
  guide: string;
}

/** Every rule, keyed by id. Change a number here and the tools, the guides and the samples follow. */
export const RULES = {
  T1: {
    id: 'T1',
    title: 'Thank every interviewer within a day',
    text: 'Send each interviewer a note of their own within {hours} hours of the interview’s end: the same day is best, and a weekend does not move the deadline.',
    numbers: { hours: 24 },
    sources: ['000', '001', '002', '003', '004'],
    guide: 'timing#the-thank-you',
  },
  T2: {
    id: 'T2',
    title: 'Email first, a card as an extra',
    text: 'Email is the default because it arrives at once. A handwritten card is a welcome extra, never a replacement: send the email too and post the card the same day.',
    numbers: {},
    sources: ['001', '002', '004'],
    guide: 'channels#email-first',
  },
  T3: {
    id: 'T3',
    title: 'Ask when they will decide',
    text: 'Before you leave the interview, ask when they expect to make a decision.',
    numbers: {},
    sources: ['002', '003', '004'],
    guide: 'timing#ask-before-you-leave',
  },
  T4: {
    id: 'T4',
    title: 'Check in after the decision date',
    text: 'If they named a decision date, check in from {startBusinessDays} business days after it; try to do it within {closeDays} days of that date.',
    numbers: { startBusinessDays: 2, closeDays: 7 },
    sources: ['001', '003', '004'],
    guide: 'checking-in#when-they-named-a-date',
  },
  T5: {
    id: 'T5',
    title: 'Check in after about a week when no date was named',
    text: 'If they named no date, check in {startDays} days after the interview at the earliest, and by {closeDays} days after it.',
    numbers: { startDays: 8, closeDays: 14 },
    sources: ['001', '002'],
    guide: 'checking-in#when-they-named-no-date',
  },
  T6: {
    id: 'T6',
    title: 'Check in on the day they asked',
    text: 'If they asked you to check in on a certain day, do it that day (or the next business day), whatever the other timing rules say.',
    numbers: {},
    sources: ['004'],
    guide: 'checking-in#when-they-asked-you-to-check-in',
  },
  T7: {
    id: 'T7',
    title: 'Respect a request not to contact them',
    text: 'If they asked you not to contact them about the decision, do not check in at all. The thank-you note still goes out.',
    numbers: {},
    sources: ['004'],
    guide: 'checking-in#when-they-asked-you-not-to',
  },
  T8: {
    id: 'T8',
    title: 'Check in at most twice',
    text: 'Check in no more than {maxCheckIns} times after the thank-you, the last one {finalAfterDays} days after the first. Then stop writing and move on; a LinkedIn connection is still fine.',
    numbers: { maxCheckIns: 2, finalAfterDays: 7 },
    sources: ['001'],
    guide: 'checking-in#when-to-stop',
  },
  T9: {
    id: 'T9',
    title: 'Tell them about a competing offer',
    text: 'If another employer gave you an offer with a deadline, tell this employer your timeline on the next business day, and no later than {daysBefore} business day before that deadline. This is not nagging.',
    numbers: { daysBefore: 1 },
    sources: ['001'],
    guide: 'timing#another-offer',
  },
  T10: {
    id: 'T10',
    title: 'Stay in touch a month or two later',
    text: 'After a rejection or a long silence, send one light note {fromDays} to {untilDays} days after your last contact, ideally tied to news about the person or the company.',
    numbers: { fromDays: 30, untilDays: 60 },
    sources: ['001', '003'],
    guide: 'staying-in-touch#when-to-write',
  },
  T11: {
    id: 'T11',
    title: 'Reply to the outcome within a day',
    text: 'When you hear the outcome, or decide to withdraw, reply within {hours} hours. Check-ins stop there.',
    numbers: { hours: 24 },
    sources: ['000', '002', '003'],
    guide: 'after-a-rejection#reply-within-a-day',
  },
  T12: {
    id: 'T12',
    title: 'Connect on LinkedIn after the thank-you',
    text: 'Inviting your interviewers to connect on LinkedIn is welcome once the thank-you is sent, whatever the outcome.',
    numbers: {},
    sources: ['000', '001'],
    guide: 'channels#linkedin',
  },
  C1: {
    id: 'C1',
    title: 'Four parts',
    text: 'A thank-you has four parts: thanks for their time, one specific thing from your talk, where you stand now, and an offer to send anything else they need.',
    numbers: {},
    sources: ['000', '001', '002', '003', '004'],
    guide: 'thank-you-note#the-four-parts',
  },
  C2: {
    id: 'C2',
    title: 'Keep it short',
    text: 'A thank-you runs from {thankYouMinSentences} sentences to {thankYouMaxParagraphs} short paragraphs at most; a check-in, {checkInMaxParagraphs} short paragraphs at most; a handwritten card, {cardMinSentences} to {cardMaxSentences} sentences. Keep each paragraph to {paragraphMaxSentences} sentences or fewer.',
    numbers: {
      thankYouMinSentences: 3,
      thankYouMaxParagraphs: 4,
      checkInMaxParagraphs: 3,
      cardMinSentences: 2,
      cardMaxSentences: 4,
      paragraphMaxSentences: 4,
    },
    sources: ['001', '003'],
    guide: 'thank-you-note#keep-it-short',
  },
  C3: {
    id: 'C3',
    title: 'Personal, never generic',
    text: 'Name something specific from your conversation. Each interviewer gets a note that reads differently: never one email to a group, never obvious copies.',
    numbers: {},
    sources: ['000', '001', '004'],
    guide: 'multiple-interviewers#one-note-each',
  },
  C4: {
    id: 'C4',
    title: 'Match their formality',
    text: 'Match how formal the interview felt: “Dear Ms. Lastname” when formal, a first name when warm. Stay courteous and never too personal.',
    numbers: {},
    sources: ['001', '002', '003', '004'],
    guide: 'tone-and-formality#match-their-formality',
  },
  C5: {
    id: 'C5',
    title: 'A clear subject line',
    text: 'Put the role’s title and what the email is in the subject line.',
    numbers: {},
    sources: ['001', '003'],
    guide: 'channels#the-subject-line',
  },
  C6: {
    id: 'C6',
    title: 'Full name and contact details',
    text: 'Sign with your full name, your phone number and your email address.',
    numbers: {},
    sources: ['001', '003'],
    guide: 'thank-you-note#sign-off',
  },
  C7: {
    id: 'C7',
    title: 'Send what you promised, add nothing else',
    text: 'If you promised a work sample, a link or an answer, include it. Otherwise add nothing new: a thank-you is not a sales pitch.',
    numbers: {},
    sources: ['001', '003', '004'],
    guide: 'thank-you-note#what-not-to-add',
  },
  C8: {
    id: 'C8',
    title: 'Proofread',
    text: 'Read it twice before you send it: a typo here is read as a sample of your work.',
    numbers: {},
    sources: ['001'],
    guide: 'thank-you-note#proofread',
  },
  C9: {
    id: 'C9',
    title: 'Thank the others through the main contact',
    text: 'If you only have one address, ask that person to pass your thanks to the others, by name.',
    numbers: {},
    sources: ['001'],
    guide: 'multiple-interviewers#only-one-address',
  },
  C10: {
    id: 'C10',
    title: 'LinkedIn notes are short',
    text: 'A LinkedIn invitation note must fit in {freeCharacters} characters on a free account ({paidCharacters} on a paid one).',
    numbers: { freeCharacters: 200, paidCharacters: 300 },
    sources: [],
    guide: 'channels#linkedin',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Every rule id, timing first, in number order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Type guard for a rule id given as a plain string (from MDX or a URL). */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/**
 * The rule's sentence with its numbers filled in.
 * @example ruleText('T1') // 'Send each interviewer a note of their own within 24 hours …'
 */
export function ruleText(id: RuleId): string {
  const rule: Rule = RULES[id];
  return rule.text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = rule.numbers[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The path, relative to the site's base, of the guide section that explains the rule.
 * @example ruleGuidePath('T4') // 'guides/checking-in/#when-they-named-a-date'
 */
export function ruleGuidePath(id: RuleId): string {
  const [slug, section] = RULES[id].guide.split('#');
  return `guides/${slug}/${section ? `#${section}` : ''}`;
}
