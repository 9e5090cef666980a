// Scenario "thank-you": the note after an interview while the decision is still open (C1's four parts: thanks, detail, still keen, offer to help).
import type { Ctx } from './context';
import { connectionLine, detailLine, fitLine, keenLine, linkedinConnectLine, linkedinDetailLine, offerHelpLine, othersLine, promisedLine, promisedPaste, thanksForMeeting } from './phrases';
import type { MaybeSentence, ScenarioTemplate } from './scenario';

/**
 * The four parts of C1 in one of seven orders (the note's slot picks one): the thanks always first, the detail and how it
 * connects kept together, the status and fit placed before or after them, the offer to help last. A scenario whose
 * status is not keen (not a fit) passes no fit.
 */
export function thankYouParagraphs(c: Ctx, status: string, help: string, fit: MaybeSentence): MaybeSentence[][] {
  const [thanks, detail, link, promised, others] = [thanksForMeeting(c), detailLine(c), connectionLine(c), promisedLine(c), othersLine(c)];
  const orders: MaybeSentence[][][] = [
    [[thanks, detail, link], [status, fit], [promised], [others, help]],
    [[thanks], [detail, link, status], [fit, promised], [others, help]],
    [[thanks, status], [detail, link], [fit, promised], [others, help]],
    [[thanks, detail], [link, fit, status], [promised, others, help]],
    [[thanks, detail, link, status], [fit, promised], [others, help]],
    [[thanks], [detail, link], [status, fit, promised], [others, help]],
    [[thanks, status, detail, link], [fit, promised], [others, help]],
  ];
  return orders[c.choose('order', orders.length)] ?? [];
}

export const thankYou: ScenarioTemplate = {
  id: 'thank-you',
  recent: true,
  subject: (c) => `Thank you – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: thankYouParagraphs(c, keenLine(c), offerHelpLine(c), fitLine(c)),
    card: [thanksForMeeting(c), detailLine(c), keenLine(c), offerHelpLine(c)],
    linkedin: {
      opener: c.pick('thanks', c.t([
        `Thank you for the ${c.role} interview.`, 'Thank you for your time.', 'Thank you for meeting with me.', `Thanks for the ${c.role} conversation.`,
        'I appreciated our interview.', 'Thank you for speaking with me.', 'Thank you for a helpful interview.',
      ], [
        `Thanks for the ${c.role} interview!`, 'Thanks so much for your time!', 'Great to meet you!', 'Thanks for the chat!',
        'Really enjoyed our interview.', 'Thanks for speaking with me!', 'So glad we got to talk!',
      ])),
      personal: linkedinDetailLine(c, c.detail),
      closer: c.pick('keen', c.t([
        'I remain very interested in the role.', 'I hope to hear more soon.', 'I am keen on the role.', 'I would be glad to stay connected.',
        'I am excited about the role.', 'I look forward to the next step.', 'I hope we can work together.',
      ], [
        'I’m still very keen on the role.', 'Hope to hear from you soon!', 'So excited about the role.', 'I’d love to stay connected.',
        'Fingers crossed for the next step!', 'Excited about what’s next.', 'Hope we get to work together!',
      ])),
      minimal: [c.t('Thank you for your time.', 'Thanks for your time!')],
    },
    pasteLine: promisedPaste(c),
  }),
};
