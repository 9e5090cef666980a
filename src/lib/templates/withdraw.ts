// Scenario "withdraw": withdrawing from the process politely, with thanks (status: withdrawing).
import { detailLine, linkedinDetailLine, othersLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function thanksForConsidering(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('thanks', c.t([
    `Thank you for your time and for considering me for ${theRole} at ${company}.`,
    `Thank you for meeting with me ${when} and for your interest in my application for ${theRole}.`,
    `I am grateful for the time you have spent on my application for ${theRole} at ${company}.`,
  ], [
    `Thanks so much for your time and for considering me for ${theRole} at ${company}.`,
    `Thank you for meeting with me ${when} about ${theRole}, and for all the time you’ve put into my application.`,
    `I really appreciate the time you’ve spent getting to know me for ${theRole} at ${company}.`,
  ]));
}

function withdrawing(c: Ctx): string {
  return c.pick('status', c.t([
    'After careful thought, I have decided to withdraw my application.',
    'I have decided to withdraw from consideration for this position.',
    'After much reflection, I am writing to withdraw my application.',
  ], [
    'After a lot of thought, I’ve decided to withdraw my application.',
    'I’ve decided to withdraw from the process, and I wanted you to hear it from me directly.',
    'This wasn’t an easy choice, but I’ve decided to withdraw my application.',
  ]));
}

function closeOut(c: Ctx): string {
  return c.pick('offer', c.t([
    'Please let me know if you need anything from me to close my application.',
    'If there is anything you need from me to wrap things up, I am happy to help.',
    'Please tell me if any step is needed on my side to close the process.',
  ], [
    'If you need anything from me to wrap things up, just let me know.',
    'Let me know if there’s anything I should do on my end to close things out.',
    'I’m happy to help with anything you need to close my application.',
  ]));
}

function goodwill(c: Ctx): string {
  return c.pick('goodwill', c.t([
    'I hope our paths cross again, and I wish you and the team every success.',
    `I would be glad to stay in touch, and I wish everyone at ${c.company} all the best.`,
    'I hope we meet again, and I wish your team great success.',
  ], [
    'I’d be glad to stay in touch, and I wish you and the team well.',
    'I hope our paths cross again, and I wish the whole team the very best.',
    `I’m wishing you and everyone at ${c.company} every success, and I hope we stay in touch.`,
  ]));
}

export const withdraw: ScenarioTemplate = {
  id: 'withdraw',
  recent: false,
  subject: (c) => `Withdrawing my application – ${c.role}`,
  draft: (c) => ({
    paragraphs: [
      [thanksForConsidering(c), detailLine(c)],
      [withdrawing(c), closeOut(c)],
      [othersLine(c), goodwill(c)],
    ],
    card: [thanksForConsidering(c), detailLine(c), withdrawing(c), closeOut(c), goodwill(c)],
    linkedin: {
      opener: c.t(`Thank you for considering me for ${c.theRole}.`, `Thanks for considering me for ${c.theRole}.`),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.t('I have decided to withdraw, but hope to stay in touch.', 'I’ve decided to withdraw, but I’d love to keep in touch.'),
      minimal: [c.t('Thank you for your time.', 'Thanks for your time.'), c.t('I have decided to withdraw.', 'I’ve decided to withdraw.')],
    },
  }),
};
