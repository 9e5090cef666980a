// Scenario "stay-in-touch": one light note a month or two after a rejection or a silence (T10), best tied to news.
import { detailLine, helloLine, linkedinDetailLine } from './phrases';
import type { Ctx } from './context';
import type { ScenarioTemplate } from './scenario';

function reason(c: Ctx): string {
  if (c.news) {
    return c.pick('reason', c.t([
      `I recently read about ${c.news}, and it brought our conversation about ${c.theRole} to mind.`,
      `I saw the news about ${c.news} and thought of our conversation.`,
      `When I read about ${c.news}, I thought of our talk about ${c.theRole}.`,
    ], [
      `I just saw the news about ${c.news} and thought of you.`,
      `I read about ${c.news}, and it reminded me of our chat about ${c.theRole}.`,
      `Seeing the news about ${c.news} made me think of our conversation.`,
    ]));
  }
  return c.pick('reason', c.t([
    `It has been a little while since we spoke about ${c.theRole} at ${c.company}, and I wanted to say hello.`,
    `I wanted to reach out and say hello since our conversation ${c.when} about ${c.theRole}.`,
    `I have been following the work at ${c.company} since we met, and I wanted to stay in touch.`,
  ], [
    `It’s been a little while since we talked about ${c.theRole}, so I wanted to say hello.`,
    `I’ve been keeping an eye on ${c.company} since we met, and I wanted to say hi.`,
    `I was thinking about our conversation ${c.when} and wanted to check in.`,
  ]));
}

function stillInterested(c: Ctx): string {
  return c.pick('keen', c.t([
    `I continue to admire what your team is doing, and I would be glad to be considered for future roles at ${c.company}.`,
    `I am still very interested in ${c.company}, and I hope you will keep me in mind for future openings.`,
    'If a role that fits my background opens up, I would welcome the chance to talk again.',
  ], [
    `I’m still a big fan of what you’re doing at ${c.company}, so please keep me in mind for future roles.`,
    'If something that fits my background opens up, I’d love to talk again.',
    `I’d still be glad to join ${c.company} one day, so please keep me in mind.`,
  ]));
}

function noReplyNeeded(c: Ctx): string {
  return c.pick('close', c.t([
    'There is no need to reply; I simply wanted to keep in touch.',
    'I hope all is well, and I look forward to staying in touch.',
    'I hope our paths cross again soon.',
  ], [
    'No need to reply, I just wanted to say hello.',
    'Hope all is well, and I’d love to stay in touch.',
    'I hope our paths cross again soon.',
  ]));
}

export const stayInTouch: ScenarioTemplate = {
  id: 'stay-in-touch',
  recent: false,
  subject: (c) => `Staying in touch – ${c.role} interview`,
  draft: (c) => ({
    paragraphs: [
      [helloLine(c), reason(c)],
      [detailLine(c, false), stillInterested(c)],
      [noReplyNeeded(c)],
    ],
    card: [reason(c), detailLine(c, false), stillInterested(c), noReplyNeeded(c)],
    linkedin: {
      personal: c.detail || c.news,
      build: (personal) => [
        c.t(`I enjoyed our talk about ${c.theRole}.`, `I enjoyed our chat about ${c.theRole}.`),
        personal && (c.detail
          ? linkedinDetailLine(c, personal)
          : c.t(`I was glad to see the news about ${personal}.`, `Great to see the news about ${personal}.`)),
        c.t('I would be glad to stay connected.', 'I’d love to stay connected.'),
      ],
      minimal: [c.t('I enjoyed our talk.', 'I enjoyed our chat.'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
