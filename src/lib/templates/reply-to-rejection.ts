// Scenario "reply-to-rejection": thanks after hearing no, keeping the door open, with a light request for feedback.
import { detailLine, linkedinDetailLine, othersLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function thanksForNews(c: Ctx): string {
  return c.pick('thanks', c.t([
    `Thank you for letting me know your decision about ${c.theRole}.`,
    'Thank you for telling me about your decision so promptly.',
    `I appreciate you letting me know where things stand with ${c.theRole} at ${c.company}.`,
  ], [
    `Thanks for letting me know about ${c.theRole}.`,
    'Thank you for telling me how things turned out.',
    'I appreciate you letting me know about your decision.',
  ]));
}

function grateful(c: Ctx): string {
  return c.pick('grateful', c.t([
    `While I am disappointed, I am grateful for the chance to meet you and learn about ${c.company}.`,
    'I am sorry it did not work out this time, but I was pleased to meet your team.',
    `Although this is not the news I hoped for, I enjoyed getting to know ${c.company}.`,
  ], [
    `I’m disappointed, of course, but I’m really glad I got to meet you and learn about ${c.company}.`,
    'It’s not the news I hoped for, but meeting the team was a real pleasure.',
    `I’m sorry it didn’t work out, but I’m glad I got to know ${c.company}.`,
  ]));
}

function doorOpen(c: Ctx): string {
  return c.pick('door', c.t([
    `I remain very interested in ${c.company}; please keep me in mind for future openings.`,
    `I would like to be kept in mind for other roles at ${c.company}.`,
    'If another role opens that matches my background, I would be glad to hear from you.',
  ], [
    `I’m still a big fan of ${c.company}, so please keep me in mind for future roles.`,
    'If another role comes up that fits my background, I’d love to hear about it.',
    `I’d love to be considered for other openings at ${c.company} down the road.`,
  ]));
}

function feedback(c: Ctx): string {
  return c.pick('feedback', c.t([
    'If you have a moment, I would value any feedback on how I could improve.',
    'If you are able to share any feedback on my interview, it would help me a great deal.',
    'I would welcome any feedback you can share, or a short call if that is easier.',
  ], [
    'If you have a minute, I’d truly value any feedback on my interview.',
    'I’d be grateful for any feedback you’re able to share.',
    'If you’re open to it, I’d welcome a few words of feedback, or a quick call.',
  ]));
}

function thanksAgain(c: Ctx): string {
  return c.pick('again', c.t([
    'Thank you again for considering me.',
    'Thank you once more for the opportunity to interview.',
    'Thank you again, and I wish the whole team well.',
  ], [
    'Thanks again for everything.',
    'Thanks again, and best wishes to everyone there.',
    'Thank you again for the chance to interview.',
  ]));
}

export const replyToRejection: ScenarioTemplate = {
  id: 'reply-to-rejection',
  recent: false,
  subject: (c) => `Thank you for the update – ${c.role}`,
  draft: (c) => ({
    paragraphs: [
      [thanksForNews(c), grateful(c), detailLine(c)],
      [doorOpen(c), feedback(c)],
      [othersLine(c), thanksAgain(c)],
    ],
    card: [thanksForNews(c), detailLine(c) || grateful(c), doorOpen(c), thanksAgain(c)],
    linkedin: {
      opener: c.t(`Thank you for the update on ${c.theRole}.`, `Thanks for the update on ${c.theRole}.`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('I would be glad to stay connected.', 'I’d love to stay connected.'),
      minimal: [c.t('Thank you for letting me know.', 'Thanks for letting me know.'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
