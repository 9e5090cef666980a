// Scenario "thank-you-not-a-fit": thanks after an interview where they said in the room it will not work out (status: not a fit, still grateful).
import type { Ctx } from './context';
import { detailLine, linkedinConnectLine, linkedinDetailLine, promisedPaste, thanksForMeeting } from './phrases';
import type { ScenarioTemplate } from './scenario';
import { thankYouParagraphs } from './thank-you';

function understanding(c: Ctx): string {
  return c.pick('status', c.t([
    'I value your honesty that this role is not the right fit, and I understand your decision.',
    'Although the position is not the right match at this time, I thank you for your candor.',
    'I respect your view that this position is not the best fit, and I value your openness.',
    'Thank you for being clear that the role is not a match; I understand completely.',
    'I understand why this position is not the right fit now, and I am thankful you said so directly.',
    'While this position is not the right match for me, your frankness was a kindness.',
    'I fully accept that the role is not the right fit, and I thank you for telling me plainly.',
  ], [
    'I appreciate you being upfront that the role isn’t the right fit, and I understand.',
    'Even though this one isn’t the right match, I’m grateful you were so open with me.',
    'I get that this job isn’t quite the right fit, and I’m glad you told me so openly.',
    'Thanks for being straight with me about the fit; I understand, and it honestly helps.',
    'No hard feelings at all: I understand, and I appreciate the honesty.',
    'I understand it isn’t a match this time, and I’m thankful you were so clear.',
    'It means a lot that you were candid, and I understand the decision.',
  ]));
}

function doorOpen(c: Ctx): string {
  return c.pick('door', c.t([
    `I would be pleased to hear about future roles at ${c.company} that suit my background.`,
    'I hope we can stay in touch, and I would welcome hearing about other openings that suit my skills.',
    'Should a role that better fits my experience open up, I would be very interested.',
    `I would welcome the chance to be considered again if a better-suited opening arises at ${c.company}.`,
    'Please keep me in mind if a position closer to my strengths comes along.',
    'I would value staying in contact as my career develops.',
    'If your plans change or a new opening appears, I would gladly speak again.',
  ], [
    'I’d love to stay in touch in case a role that fits me better opens up.',
    'If something that suits my background comes up later, I’d love to hear about it.',
    'I hope our paths cross again, and I’d be happy to be considered for future roles.',
    `Please keep me in mind if another opening at ${c.company} suits me better.`,
    'I’d love to keep in touch as things change.',
    'If a different job there ever fits better, I’d jump at the chance to talk again.',
    'Let’s stay in touch: I’d love to hear how the team grows.',
  ]));
}

/** The offer to help (C1), for someone who will not be hired: help if it is ever wanted, nothing more to send for the role. */
function stillHelpful(c: Ctx): string {
  return c.pick('offer', c.t([
    'Please let me know if I can help in any way.',
    'If there is anything I can send for your records, I would be glad to.',
    'Please let me know if I can be of help in the future.',
    'I am happy to share anything that would be useful to you.',
    'Should you need anything else from me, please ask.',
    'If I can return the favor at any point, please let me know.',
    'I would be glad to help if anything comes up.',
  ], [
    'Let me know if I can ever help with anything.',
    'If there’s anything else I can send your way, just ask.',
    'Always here to help if anything comes up.',
    'Just let me know if I can be useful down the line.',
    'If you ever need anything else from me, give me a shout.',
    'Just ask if I can help with anything.',
    'Let me know if there’s anything I can do.',
  ]));
}

export const thankYouNotAFit: ScenarioTemplate = {
  id: 'thank-you-not-a-fit',
  recent: true,
  subject: (c) => `Thank you – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: thankYouParagraphs(c, understanding(c), `${doorOpen(c)} ${stillHelpful(c)}`, ''),
    card: [thanksForMeeting(c), detailLine(c), understanding(c), doorOpen(c)],
    linkedin: {
      opener: c.pick('thanks', c.t([
        'Thank you for the interview and your honesty.', 'Thank you for your time and candor.', 'I appreciated your openness in our interview.',
        'Thank you for a frank conversation.', 'Thank you for meeting with me.', 'I valued our interview.', 'Thank you for your clear feedback.',
      ], [
        'Thanks for the interview and your honesty!', 'Thanks for your time and candor.', 'Really appreciated your openness.',
        'Thanks for being so straight with me.', 'Great to meet you!', 'Thanks for the chat!', 'I valued our talk.',
      ])),
      personal: linkedinDetailLine(c, c.detail),
      closer: linkedinConnectLine(c),
      minimal: [c.t('Thank you for your time and honesty.', 'Thanks for your time and honesty.')],
    },
    pasteLine: promisedPaste(c),
  }),
};
