// Scenario "thank-you-offer": thanks after an interview that ended with an offer, accepted on the spot (status: accepting).
import { connectionLine, detailLine, fitLine, linkedinDetailLine, othersLine, promisedLine, promisedPaste } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function thanksForOffer(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('thanks', c.t([
    `Thank you for meeting with me ${when} about ${theRole} at ${company}, and for the offer that followed.`,
    `Thank you for your time ${when} and for offering me ${theRole} at ${company}.`,
    `I am grateful for our meeting ${when} and for the offer to join ${company} in ${theRole}.`,
  ], [
    `Thank you so much for our meeting ${when}, and for offering me ${theRole} at ${company}!`,
    `Thanks again for your time ${when}, and for the offer to join ${company}.`,
    `I’m so grateful for our conversation ${when} and for the offer to join ${company} in ${theRole}.`,
  ]));
}

function accepting(c: Ctx): string {
  const looking = c.startDate ? `starting on ${c.startDate}` : 'joining the team';
  const start = c.startDate ? `start on ${c.startDate}` : 'get started';
  return c.pick('status', c.t([
    `I am delighted to accept, and I look forward to ${looking}.`,
    `I am very pleased to accept the offer and look forward to ${looking}.`,
    `It is a pleasure to accept, and I am looking forward to ${looking}.`,
  ], [
    `I’m thrilled to accept, and I can’t wait to ${start}.`,
    `I’m happy to say yes, and I’m looking forward to ${looking}.`,
    `Accepting was an easy choice, and I can’t wait to ${start}.`,
  ]));
}

function beforeDayOne(c: Ctx): string {
  return c.pick('offer', c.t([
    'Please let me know if you need any forms or documents from me before my first day.',
    'If there is anything I should complete or send before I start, I would be glad to take care of it.',
    'Please tell me if there is any paperwork or information you need from me in the meantime.',
  ], [
    'If there’s any paperwork or anything else you need before my first day, just let me know.',
    'Let me know if I can send anything over before I start.',
    'Just tell me if you need anything from me before day one.',
  ]));
}

export const thankYouOffer: ScenarioTemplate = {
  id: 'thank-you-offer',
  recent: true,
  subject: (c) => `Thank you – accepting the ${c.role} offer`,
  draft: (c) => ({
    paragraphs: [
      [thanksForOffer(c), detailLine(c), connectionLine(c), fitLine(c)],
      [accepting(c), promisedLine(c)],
      [othersLine(c), beforeDayOne(c)],
    ],
    card: [thanksForOffer(c), detailLine(c), accepting(c), beforeDayOne(c)],
    linkedin: {
      opener: c.t(`Thank you for the ${c.role} offer.`, `Thanks so much for the ${c.role} offer!`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('I am delighted to accept.', 'I’m thrilled to accept.'),
      minimal: [c.t('Thank you for the offer.', 'Thanks for the offer!'), c.t('I am delighted to accept.', 'I’m thrilled to accept.')],
    },
    pasteLine: promisedPaste(c),
  }),
};
