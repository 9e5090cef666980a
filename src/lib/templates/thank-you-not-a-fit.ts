// Scenario "thank-you-not-a-fit": thanks after an interview where they said in the room it will not work out (status: not a fit, still grateful).
import { detailLine, linkedinDetailLine, offerHelpLine, othersLine, promisedLine, thanksForMeeting } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function understanding(c: Ctx): string {
  return c.pick('status', c.t([
    'I appreciate your honesty that this role is not the right fit, and I understand your decision.',
    'Although the role is not the right match at this time, I am grateful for your candor.',
    'I respect your view that this position is not the right fit, and I value your openness.',
  ], [
    'I really appreciate you being upfront that the role isn’t the right fit, and I understand.',
    'Even though this one isn’t the right match, I’m grateful you were so open with me.',
    'I understand that this role isn’t the right fit, and I’m glad you told me so openly.',
  ]));
}

function doorOpen(c: Ctx): string {
  return c.pick('door', c.t([
    `I would be pleased to hear about future roles at ${c.company} that suit my background.`,
    'I hope we can stay in touch, and I would be glad to hear about other openings that match my skills.',
    'Should a role that better fits my experience open up, I would be very interested.',
  ], [
    'I’d love to stay in touch in case a role that fits me better opens up.',
    'If something that suits my background comes up later, I’d be glad to hear about it.',
    'I hope our paths cross again, and I’d be happy to be considered for future roles.',
  ]));
}

export const thankYouNotAFit: ScenarioTemplate = {
  id: 'thank-you-not-a-fit',
  recent: true,
  subject: (c) => `Thank you – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [thanksForMeeting(c), detailLine(c, false)],
      [understanding(c), doorOpen(c)],
      [promisedLine(c), othersLine(c), offerHelpLine(c)],
    ],
    card: [thanksForMeeting(c), detailLine(c, false), understanding(c), offerHelpLine(c), doorOpen(c)],
    linkedin: {
      personal: c.detail,
      build: (detail) => [
        c.t(`Thank you for the ${c.role} interview and your honesty.`, `Thanks for the ${c.role} interview and your honesty.`),
        detail && linkedinDetailLine(c, detail),
        c.t('I would be glad to stay in touch.', 'I’d love to stay in touch.'),
      ],
      minimal: [c.t('Thank you for your time and honesty.', 'Thanks for your time and honesty.')],
    },
  }),
};
