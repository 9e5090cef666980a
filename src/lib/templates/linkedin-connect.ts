// Scenario "linkedin-connect": asking to connect on LinkedIn after the thank-you (T12), whatever the outcome; no talk of offers.
import type { Ctx } from './context';
import { connectionLine, detailLine, linkedinConnectLine, linkedinDetailLine, thanksForMeeting } from './phrases';
import type { MaybeSentence, ScenarioTemplate } from './scenario';

function invitation(c: Ctx): string {
  return c.pick('invite', c.t([
    'I have sent you an invitation to connect on LinkedIn.',
    'I have sent you a LinkedIn invitation so that we can connect there.',
    'I have invited you to connect on LinkedIn, where I would value following your work.',
    'You will find my request to connect on LinkedIn waiting for you.',
    'You should find a connection request from me on LinkedIn.',
    'I have also asked to join your network on LinkedIn.',
    'I would value being part of your LinkedIn network and have sent a request.',
  ], [
    'I’ve sent you an invite on LinkedIn so we can connect.',
    'I’ve sent you a LinkedIn invite, by the way.',
    'I’ve invited you to connect on LinkedIn, if that’s OK.',
    'You’ll see a connection request from me on LinkedIn.',
    'I’ve just sent you a request on LinkedIn, too.',
    'Let’s connect on LinkedIn: I’ve sent you a request.',
    'I’d love to have you in my LinkedIn network, so I sent an invite.',
  ]));
}

function noPressure(c: Ctx): string {
  return c.pick('close', c.t([
    'Thank you again, and I look forward to staying in touch.',
    'Thank you once more for your time.',
    'Thank you for your time; I hope we stay in touch.',
    'With thanks again for a valuable conversation.',
    'I look forward to following your work.',
    'It would be good to keep in contact.',
    'I hope our paths cross again.',
  ], [
    'Thanks again, and I hope we stay in touch.',
    'Thanks once more for your time.',
    'Thanks a lot for your time.',
    'Hope to see your updates there!',
    'Looking forward to keeping in touch.',
    'No pressure at all, of course.',
    'Hope our paths cross again soon.',
  ]));
}

function paragraphs(c: Ctx): MaybeSentence[][] {
  const [thanks, detail, link, invite, close] = [thanksForMeeting(c), detailLine(c), connectionLine(c), invitation(c), noPressure(c)];
  const orders: MaybeSentence[][][] = [
    [[thanks, detail, link], [invite], [close]],
    [[thanks], [detail, link, invite], [close]],
    [[thanks, invite], [detail, link], [close]],
    [[thanks, detail], [link, invite, close]],
    [[thanks, detail, link, invite], [close]],
    [[invite, thanks], [detail, link], [close]],
    [[thanks], [detail, link], [invite, close]],
  ];
  return orders[c.choose('order', orders.length)] ?? [];
}

export const linkedinConnect: ScenarioTemplate = {
  id: 'linkedin-connect',
  recent: true,
  subject: (c) => `Connecting on LinkedIn – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: paragraphs(c),
    card: [thanksForMeeting(c), detailLine(c), invitation(c), noPressure(c)],
    linkedin: {
      opener: c.pick('thanks', c.t([
        `Thank you for our talk about ${c.theRole}.`, 'Thank you for meeting with me.', 'It was a pleasure to meet you.', 'Thank you for your time.',
        'I valued our conversation.', 'Thank you for the interview.', 'I enjoyed meeting you.',
      ], [
        `Great talking with you about ${c.theRole}!`, 'Lovely to meet you!', 'Thanks for the chat!', 'So glad we met!',
        'Really enjoyed our talk.', 'Thanks for your time!', 'Great to meet you!',
      ])),
      personal: linkedinDetailLine(c, c.detail),
      closer: linkedinConnectLine(c),
      minimal: [c.t('Thank you for our talk.', 'Great talking with you!'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
