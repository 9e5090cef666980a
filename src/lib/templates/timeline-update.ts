// Scenario "timeline-update": telling the employer about a competing offer and its deadline (T9), without pressure.
import { detailLine, helloLine, linkedinDetailLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function otherOffer(c: Ctx): string {
  const by = c.offerDeadline ? `by ${c.offerDeadline}` : 'soon';
  return c.pick('news', c.t([
    `I wanted to let you know that I have received another job offer, and I need to respond ${by}.`,
    `I am writing because another company has made me an offer, and they have asked for my reply ${by}.`,
    `I have received a job offer from another employer, and I need to respond ${by}.`,
  ], [
    `Just a heads-up: I’ve received another offer, and I need to reply ${by}.`,
    `A quick note: another company has made me an offer, and I need to respond ${by}.`,
    `I’ve had an offer from another employer, and they’d like to hear back ${by}.`,
  ]));
}

function preference(c: Ctx): string {
  return c.pick('keen', c.t([
    `I remain very interested in ${c.theRole} at ${c.company}, and I would like to hear from you before I decide.`,
    'Your team is still a top choice for me, and I would value the chance to consider your decision first.',
    `I am still very excited about ${c.theRole}, and I would like your answer to be part of my decision.`,
  ], [
    `I’m still excited about ${c.theRole}, and I’d love to hear from you before I decide.`,
    `${c.company} is still high on my list, so I wanted you to know before I make a choice.`,
    'I’d like your answer to be part of my decision, because I’m still very keen on the role.',
  ]));
}

function askTiming(c: Ctx): string {
  const before = c.offerDeadline ? 'before then' : 'in the next few days';
  return c.pick('ask', c.t([
    `Would it be possible to share an update on your timeline ${before}?`,
    `Could you let me know whether an update might be possible ${before}?`,
    `If you are able to give me a sense of your timing ${before}, I would be grateful.`,
  ], [
    `Is there any chance of an update on your timeline ${before}?`,
    `Could you let me know if you might have news ${before}?`,
    `If you can give me a sense of your timing ${before}, that would really help.`,
  ]));
}

function understanding(c: Ctx): string {
  return c.pick('understanding', c.t([
    'I understand if that cannot be done, and I appreciate your help.',
    'I know this is short notice, and I appreciate your understanding.',
    'Thank you for understanding, and please let me know if you need anything else from me.',
  ], [
    'I totally understand if that’s not possible, and I appreciate it.',
    'I know it’s short notice, so thanks for understanding.',
    'Thanks so much, and let me know if you need anything else from me.',
  ]));
}

export const timelineUpdate: ScenarioTemplate = {
  id: 'timeline-update',
  recent: false,
  subject: (c) => `Timeline update – ${c.role} application`,
  draft: (c) => ({
    paragraphs: [
      [helloLine(c), otherOffer(c)],
      [preference(c), detailLine(c)],
      [askTiming(c), understanding(c)],
    ],
    card: [otherOffer(c), preference(c), detailLine(c), askTiming(c), understanding(c)],
    linkedin: {
      // An invitation is no place for the other offer: on LinkedIn this note only asks to stay connected; the email says the rest.
      opener: c.t(`Thank you again for our talk about ${c.theRole}.`, `Thanks again for our chat about ${c.theRole}.`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('I would be glad to stay connected.', 'I’d love to stay connected.'),
      minimal: [c.t('Thank you for your time.', 'Thanks for your time.'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
