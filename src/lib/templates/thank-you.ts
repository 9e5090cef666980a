// Scenario "thank-you": the note after an interview while the decision is still open (C1's four parts: thanks, detail, still keen, offer to help).
import { detailLine, keenLine, linkedinDetailLine, offerHelpLine, othersLine, promisedLine, thanksForMeeting } from './phrases';
import type { ScenarioTemplate } from './scenario';

export const thankYou: ScenarioTemplate = {
  id: 'thank-you',
  recent: true,
  subject: (c) => `Thank you – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [thanksForMeeting(c), detailLine(c, true)],
      [keenLine(c), promisedLine(c)],
      [othersLine(c), offerHelpLine(c)],
    ],
    card: [thanksForMeeting(c), detailLine(c, false), keenLine(c), offerHelpLine(c)],
    linkedin: {
      personal: c.detail,
      build: (detail) => [
        c.t(`Thank you for the ${c.role} interview.`, `Thanks for the ${c.role} interview!`),
        detail && linkedinDetailLine(c, detail),
        c.t('I remain very interested in the role.', 'I’m still very keen on the role.'),
      ],
      minimal: [c.t('Thank you for your time.', 'Thanks for your time!'), c.t('I remain very interested.', 'I’m still very keen.')],
    },
  }),
};
