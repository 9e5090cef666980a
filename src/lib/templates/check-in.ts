// Scenario "check-in": the first follow-up when the decision date has passed (T4, T5, T6): still interested, asking for news.
import { connectionLine, detailLine, fitLine, helloLine, linkedinDetailLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function followingUp(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('purpose', c.t([
    `I am writing to follow up on my interview ${when} for ${theRole} at ${company}.`,
    `I wanted to follow up on our conversation ${when} about ${theRole} at ${company}.`,
    `I am following up on my interview ${when} for ${theRole} at ${company}.`,
  ], [
    `I wanted to check in about ${theRole} at ${company} since we spoke ${when}.`,
    `I’m following up on our conversation ${when} about ${theRole} at ${company}.`,
    `I’m just checking in on ${theRole} at ${company} after our talk ${when}.`,
  ]));
}

function stillKeen(c: Ctx): string {
  return c.pick('keen', c.t([
    `I remain very interested in the position and in joining ${c.company}.`,
    'I am still very excited about the chance to join your team.',
    'My interest in the role is as strong as ever.',
  ], [
    `I’m still excited about the chance to join ${c.company}.`,
    'I’m as keen on the role as ever.',
    'I’d still love to be part of your team.',
  ]));
}

function askForNews(c: Ctx): string {
  return c.pick('ask', c.t([
    'Could you share an update on your timeline, or let me know if you need anything else from me?',
    'I would be grateful for any update on the next steps, and I am happy to provide anything else you need.',
    'I would welcome any news on your decision, and I can send anything more you need.',
  ], [
    'Is there any update on the timeline? I’m happy to send anything else you need.',
    'I’d be grateful for any news on next steps, and I can send anything else that would help.',
    'Could you let me know where things stand? Happy to share anything more you need.',
  ]));
}

export const checkIn: ScenarioTemplate = {
  id: 'check-in',
  recent: false,
  subject: (c) => `Following up – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [helloLine(c), followingUp(c)],
      [stillKeen(c), detailLine(c), connectionLine(c), fitLine(c)],
      [askForNews(c), c.t('Thank you again for your time.', 'Thanks again for your time.')],
    ],
    card: [followingUp(c), askForNews(c), detailLine(c), stillKeen(c)],
    linkedin: {
      opener: c.t(`I am following up on ${c.theRole}.`, `Just following up on ${c.theRole}.`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('I remain very interested. Is there any update?', 'I’m still very keen. Any update?'),
      closerRequired: true,
      minimal: [c.t('I am following up on my interview.', 'Just following up on my interview.'), c.t('Is there any update?', 'Any update?')],
    },
  }),
};
