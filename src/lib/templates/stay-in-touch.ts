// Scenario "stay-in-touch": one light note a month or two after a rejection or a silence (T10), best tied to news; congratulations when the news is theirs.
import type { Ctx } from './context';
import { helloLine, inOwnVoice, linkedinConnectLine, linkedinDetailLine } from './phrases';
import type { MaybeSentence, ScenarioTemplate } from './scenario';
import { capitalized } from './text';

/** News about the person themselves ("your promotion"): congratulations first. */
function congratulations(c: Ctx, news: string, clause: boolean): string {
  if (clause) {
    return c.pick('reason', c.t([
      `I was delighted to hear that ${news}. Congratulations!`,
      `Congratulations: I just learned that ${news}.`,
      `I recently saw that ${news}, and I wanted to congratulate you.`,
      `It was wonderful to read that ${news}. Congratulations!`,
      `Please accept my congratulations; I heard that ${news}.`,
      `I was so pleased to learn that ${news}. Well deserved!`,
      `Word reached me that ${news}, and I wanted to send my congratulations.`,
    ], [
      `I just heard that ${news}. Congratulations!`,
      `Congrats! I saw that ${news}.`,
      `I was thrilled to see that ${news}. Huge congratulations!`,
      `So great to hear that ${news}. Congrats!`,
      `Congratulations! I found out that ${news}, and it made my day.`,
      `I saw that ${news}, and I had to say congrats.`,
      `What great news that ${news}. Congratulations!`,
    ]));
  }
  return c.pick('reason', c.t([
    `Congratulations on ${news}!`,
    `I was delighted to hear about ${news}. Congratulations!`,
    `Please accept my warm congratulations on ${news}.`,
    `I recently read about ${news}, and I wanted to congratulate you.`,
    `${capitalized(news)} is wonderful news. Congratulations!`,
    `I wanted to send my congratulations on ${news}.`,
    `It was a pleasure to learn of ${news}. Congratulations!`,
  ], [
    `Congratulations on ${news}!`,
    `I just heard about ${news}. Congrats!`,
    `Huge congratulations on ${news}!`,
    `I saw the news about ${news} and had to say congrats.`,
    `${capitalized(news)} is such great news. Congratulations!`,
    `So happy to hear about ${news}. Congrats!`,
    `What a great thing to see: ${news}. Congratulations!`,
  ]));
}

function reason(c: Ctx): string {
  const { news } = c;
  if (news?.theirs) return congratulations(c, news.text, news.kind === 'clause');
  if (news) {
    const about = news.kind === 'clause' ? `that ${news.text}` : `about ${news.text}`;
    return c.pick('reason', c.t([
      `I recently read ${about}, and it brought our conversation to mind.`,
      `I saw the news ${about} and thought of our meeting.`,
      `When I read ${about}, I thought of you and the team.`,
      `The recent news ${about} caught my eye, and I wanted to write.`,
      `I was pleased to learn ${about}.`,
      `Reading ${about} reminded me of our interview.`,
      `I followed the news ${about} with great interest.`,
    ], [
      `I just saw the news ${about} and thought of you.`,
      `I read ${about}, and it reminded me of our chat.`,
      `Seeing the news ${about} made me think of our conversation.`,
      `I caught the news ${about}, and it made me smile.`,
      `I was so glad to read ${about}.`,
      `The news ${about} popped up in my feed, and I thought of you.`,
      `Hearing ${about} reminded me to write.`,
    ]));
  }
  return c.pick('reason', c.t([
    `It has been a little while since we spoke about ${c.theRole}, and I wanted to say hello.`,
    `I wanted to reach out and stay in touch since our conversation ${c.when}.`,
    `I have been following the work at ${c.company} since we met, and I wanted to write.`,
    'Some time has passed since our interview, and I wanted to keep in touch.',
    'I have thought of our conversation several times since we met.',
    `I wanted to send a short note to stay in contact after our talk ${c.when}.`,
    'Our meeting came to mind this week, so I thought I would write.',
  ], [
    `It’s been a little while since we talked about ${c.theRole}, so I wanted to say hello.`,
    `I’ve been keeping an eye on ${c.company} since we met, and I wanted to say hi.`,
    `I was thinking about our conversation ${c.when} and wanted to check in.`,
    'It’s been a few weeks, and I wanted to drop you a quick line.',
    'You came to mind this week, so I thought I’d write.',
    'Just a quick note to keep in touch since our interview.',
    'I wanted to reach out now that some time has passed.',
  ]));
}

/** The detail, remembered a month or two on. */
function recallLine(c: Ctx): string {
  const { detail } = c;
  if (!detail) return '';
  const d = detail.text;
  if (detail.kind === 'clause' && inOwnVoice(d)) {
    return c.pick('detail', c.t([
      `One moment from our meeting has stayed with me: ${d}.`, `I often think back to one part of our conversation: ${d}.`,
    ], [
      `One moment from our chat comes back to me often: ${d}.`, `I’ve thought back more than once to one moment: ${d}.`,
    ]));
  }
  if (detail.kind === 'clause') {
    return c.pick('detail', c.t([
      `I clearly remember you telling me that ${d}.`, `I have often thought about your point that ${d}.`, `You mentioned back then that ${d}, and it has stayed with me.`,
      `I recall learning that ${d}.`, `It stands out to me even now that ${d}.`, `I was struck, when we met, to hear that ${d}.`, `One thing from our meeting has stayed with me: ${d}.`,
    ], [
      `I remember you saying that ${d}.`, `I’ve thought a lot about how ${d}.`, `You told me that ${d}, and it stuck with me.`,
      `I often think about hearing that ${d}.`, `It stands out, even now, that ${d}.`, `I loved hearing back then that ${d}.`, `One bit of our chat stayed with me: ${d}.`,
    ]));
  }
  return c.pick('detail', c.t([
    `I clearly remember our discussion of ${d}.`, `I have often thought back to what you shared about ${d}.`, `${capitalized(d)} has stayed with me since we met.`,
    `I recall with interest our discussion of ${d}.`, `Our conversation about ${d} is one I often return to.`, `I have followed ${d} with interest since then.`, `What I learned about ${d} stands out to me even now.`,
  ], [
    `Our chat about ${d} has stuck with me.`, `I’ve thought back to ${d} more than once.`, `${capitalized(d)} has stuck with me since we met.`,
    `I often think about what you said about ${d}.`, `Our conversation about ${d} keeps coming back to me.`, `I’ve been curious how ${d} turned out.`, `I haven’t forgotten hearing about ${d}.`,
  ]));
}

function stillInterested(c: Ctx): string {
  return c.pick('keen', c.t([
    `I continue to admire what your team is doing, and I would be glad to be considered for future roles at ${c.company}.`,
    `I am still very interested in ${c.company}; please keep me in mind for future openings.`,
    'If a role that fits my background opens up, I would welcome the chance to talk again.',
    'I would still very much like to work with your team one day.',
    'I remain keen to join your organization.',
    'Should a suitable opening arise, please think of me.',
    'I remain keen to contribute to the work you are doing.',
  ], [
    `I’m still a big fan of what you’re doing at ${c.company}, so please keep me in mind for future roles.`,
    'If something that fits my background opens up, I’d love to talk again.',
    `I’d still be glad to join ${c.company} one day, so please keep me in mind.`,
    'I’d still jump at the chance to work with your team.',
    'My interest in your team hasn’t gone anywhere.',
    'If a good opening comes up, I’d love it if you thought of me.',
    'I’m still cheering on your team from the outside.',
  ]));
}

function noReplyNeeded(c: Ctx): string {
  return c.pick('close', c.t([
    'There is no need to reply; this is simply to say hello.',
    'I look forward to staying in touch.',
    'Perhaps our paths will cross again soon.',
    'Please do not feel any need to respond.',
    'With best wishes for the months ahead.',
    'I look forward to following your team’s progress.',
    'Wishing you continued success.',
  ], [
    'No need to reply, I just wanted to say hello.',
    'Let’s stay in touch.',
    'Perhaps our paths will cross again soon.',
    'No reply needed at all!',
    'Wishing you a lovely rest of the month.',
    'Looking forward to seeing what the team does next.',
    'Take care, and speak soon.',
  ]));
}

function paragraphs(c: Ctx): MaybeSentence[][] {
  const [hello, why, detail, keen, close] = [helloLine(c), reason(c), recallLine(c), stillInterested(c), noReplyNeeded(c)];
  const orders: MaybeSentence[][][] = [
    [[hello, why], [detail, keen], [close]],
    [[why], [detail], [keen, close]],
    [[hello, why, detail], [keen, close]],
    [[why, hello], [detail, keen], [close]],
    [[hello], [why, detail], [keen, close]],
    [[why, detail], [hello, keen], [close]],
    [[why], [hello, detail, keen], [close]],
  ];
  return orders[c.choose('order', orders.length)] ?? [];
}

export const stayInTouch: ScenarioTemplate = {
  id: 'stay-in-touch',
  recent: false,
  subject: (c) => (c.news?.theirs ? c.t(`Congratulations, and staying in touch – ${c.role}`, `Congrats, and staying in touch – ${c.role}`) : `Staying in touch – ${c.role} interview`),
  draft: (c) => ({
    paragraphs: paragraphs(c),
    card: [reason(c), recallLine(c), stillInterested(c), noReplyNeeded(c)],
    linkedin: {
      opener: c.news?.theirs ? reason(c) : c.pick('thanks', c.t([
        `I enjoyed our talk about ${c.theRole}.`, 'I still think of our interview.', 'Our conversation stayed with me.', 'I valued our interview.',
        'Good to have met you.', 'I hope all is well.', 'It was good to meet you.',
      ], [
        `I enjoyed our chat about ${c.theRole}.`, 'Still thinking about our chat.', 'Hope all is well!', 'Great to have met you.',
        'Hope you’re well!', 'Our talk stuck with me.', 'Hi again!',
      ])),
      personal: c.detail ? linkedinDetailLine(c, c.detail) : c.news && !c.news.theirs ? c.t(`I was glad to see the news about ${c.news.text}.`, `Great to see the news about ${c.news.text}.`) : '',
      personalField: c.detail ? 'detail' : 'news',
      closer: linkedinConnectLine(c),
      minimal: [c.t('I enjoyed our talk.', 'I enjoyed our chat.'), c.t('I would be glad to stay connected.', 'I’d love to stay connected.')],
    },
  }),
};
