// Scenario "linkedin-connect": asking to connect on LinkedIn after the thank-you (T12), whatever the outcome.
import { detailLine, linkedinDetailLine, thanksForMeeting } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function invitation(c: Ctx): string {
  return c.pick('invite', c.t([
    'I would like to stay connected, so I have sent you an invitation on LinkedIn.',
    'I have sent you a LinkedIn invitation, as I would be glad to stay in touch.',
    'I would be glad to keep in touch, and I have invited you to connect on LinkedIn.',
  ], [
    'I’d love to stay connected, so I’ve sent you an invite on LinkedIn.',
    'I’ve sent you a LinkedIn invite, since I’d be glad to keep in touch.',
    'I’d like to keep in touch, so I’ve invited you to connect on LinkedIn.',
  ]));
}

function noPressure(c: Ctx): string {
  return c.pick('close', c.t([
    'Thank you again, and I look forward to staying in touch.',
    'Thank you once more for your time.',
    'I appreciate your time, and I hope to stay in touch.',
  ], [
    'Thanks again, and I hope we stay in touch.',
    'Thanks once more for your time.',
    'I really appreciate your time.',
  ]));
}

export const linkedinConnect: ScenarioTemplate = {
  id: 'linkedin-connect',
  recent: true,
  subject: (c) => `Connecting on LinkedIn – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [thanksForMeeting(c), detailLine(c, false)],
      [invitation(c)],
      [noPressure(c)],
    ],
    card: [thanksForMeeting(c), detailLine(c, false), invitation(c), noPressure(c)],
    linkedin: {
      personal: c.detail,
      build: (detail) => [
        c.t(`Thank you for our talk about ${c.theRole}.`, `Great talking with you about ${c.theRole}!`),
        detail && linkedinDetailLine(c, detail),
        c.t('I would be glad to stay connected.', 'I’d love to stay connected.'),
      ],
      minimal: [c.t('Thank you for our talk.', 'Great talking with you!'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
