// Scenario "final-check-in": the second and last check-in (T8), patient and gracious, asking to hear either way.
import { detailLine, helloLine, linkedinDetailLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function oneLastTime(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('purpose', c.t([
    `I am following up one last time about ${theRole} at ${company}.`,
    `I wanted to reach out once more about my interview ${when} for ${theRole} at ${company}.`,
    `I am writing one final time about my application for ${theRole} at ${company}.`,
  ], [
    `I wanted to check in one last time about ${theRole} at ${company}.`,
    `I’m reaching out once more about ${theRole} at ${company}.`,
    `This will be my last check-in about ${theRole} at ${company}.`,
  ]));
}

function patience(c: Ctx): string {
  return c.pick('patience', c.t([
    'I understand that hiring decisions can take time.',
    'I know these decisions often take longer than planned.',
    'I understand your team has a great deal to weigh.',
  ], [
    'I know hiring can take a while.',
    'I know hiring can take longer than anyone plans.',
    'I know your team has a lot on its plate.',
  ]));
}

function eitherWay(c: Ctx): string {
  return c.pick('either', c.t([
    `I remain interested in ${c.company}. Could you let me know where things stand, even if the role has been filled?`,
    'I am still very interested. If you have chosen another candidate, could you let me know so I can plan ahead?',
    'My interest has not changed. Could you tell me whether the position is still open?',
  ], [
    'I’m still very interested. Could you let me know where things stand, even if you’ve gone another way?',
    `I’m as keen as ever to join ${c.company}. Is the role still open, or has it been filled?`,
    'My interest hasn’t changed. Could you give me a quick word either way?',
  ]));
}

function gratitude(c: Ctx): string {
  return c.pick('gratitude', c.t([
    'Either way, thank you for considering me.',
    'Whatever the outcome, thank you again for the chance to interview.',
    'Whatever you decide, I am grateful for the time you have given me.',
  ], [
    'Whatever the answer, thanks so much for your time.',
    'Whatever happens, thank you for the chance to interview.',
    'However it turns out, I’m grateful for your time.',
  ]));
}

export const finalCheckIn: ScenarioTemplate = {
  id: 'final-check-in',
  recent: false,
  subject: (c) => `Checking in once more – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [helloLine(c), oneLastTime(c), patience(c)],
      [eitherWay(c), detailLine(c)],
      [gratitude(c)],
    ],
    card: [oneLastTime(c), eitherWay(c), detailLine(c), gratitude(c), patience(c)],
    linkedin: {
      opener: c.t(`I am checking in once more about ${c.theRole}.`, `Checking in once more about ${c.theRole}.`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('Could you let me know either way?', 'Could you let me know either way?'),
      closerRequired: true,
      minimal: [c.t('I am checking in once more.', 'Checking in once more.'), c.t('Could you let me know either way?', 'Could you let me know either way?')],
    },
  }),
};
