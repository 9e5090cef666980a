// Sentences several scenarios share: thanks, the specific detail (C1, C3), interest, the offer to help, promised items (C7), others to thank (C9).
import type { Ctx } from './context';
import { joinNames } from './text';

/** Thanks for the interview itself. */
export function thanksForMeeting(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('thanks', c.t([
    `Thank you for making time to meet with me ${when} about ${theRole} at ${company}.`,
    `Thank you for speaking with me ${when} about ${theRole} at ${company}.`,
    `I appreciate the time you took ${when} to talk with me about ${theRole} at ${company}.`,
  ], [
    `Thanks so much for sitting down with me ${when} to talk about ${theRole} at ${company}.`,
    `Thank you for the great conversation ${when} about ${theRole} at ${company}.`,
    `It was a real pleasure to talk with you ${when} about ${theRole} at ${company}, and I appreciate your time.`,
  ]));
}

/** The specific thing from the conversation, tied to the job seeker's background when `withFit` and a fit are given; '' without either. */
export function detailLine(c: Ctx, withFit: boolean): string {
  const { detail } = c;
  const fit = withFit ? c.fit : '';
  if (detail && fit) {
    return c.pick('detail', c.t([
      `Our discussion of ${detail} stood out to me, as it connects closely with ${fit}.`,
      `I was especially glad we covered ${detail}, because it builds on ${fit}.`,
      `Hearing about ${detail} made it clear to me how ${fit} could serve your team.`,
    ], [
      `I loved hearing about ${detail}, and it ties in nicely with ${fit}.`,
      `Our chat about ${detail} really stuck with me, since it lines up with ${fit}.`,
      `Talking about ${detail} got me excited, because it fits so well with ${fit}.`,
    ]));
  }
  if (detail) {
    return c.pick('detail', c.t([
      `I especially valued our discussion of ${detail}.`,
      `Our conversation about ${detail} has stayed with me.`,
      `I found what you shared about ${detail} especially interesting.`,
    ], [
      `I really enjoyed hearing about ${detail}.`,
      `Our chat about ${detail} has stuck with me since.`,
      `I keep coming back to what you said about ${detail}.`,
    ]));
  }
  if (!fit) return '';
  return c.pick('detail', c.t([
    `Our conversation made me even more confident that ${fit} would help me contribute from the start.`,
    `I believe ${fit} would let me add value to your team quickly.`,
    `I left feeling that ${fit} is a strong match for what the role needs.`,
  ], [
    `I left feeling sure that ${fit} would help me hit the ground running.`,
    `I think ${fit} would be a real help to the team.`,
    `The more we talked, the more I could see how ${fit} would help.`,
  ]));
}

/** Still keen on the role (C1 status, decision pending). */
export function keenLine(c: Ctx): string {
  return c.pick('keen', c.t([
    `I am very interested in this role and would welcome the chance to join ${c.company}.`,
    'Our conversation made me even more interested in joining your team.',
    `I remain enthusiastic about the chance to contribute at ${c.company}.`,
  ], [
    `I’m really excited about the chance to join ${c.company}.`,
    'I came away even more excited about this role.',
    'I’d love to be part of what your team is building, and I’m more interested than ever.',
  ]));
}

/** The offer of anything else they need (C1). */
export function offerHelpLine(c: Ctx): string {
  return c.pick('offer', c.t([
    'Please tell me if I can provide anything else.',
    'If you need anything further from me, I would be glad to send it.',
    'I am happy to share anything else that would help with your decision.',
  ], [
    'If there’s anything else you need from me, just let me know.',
    'I’m happy to send over anything else that would help.',
    'Let me know if there’s anything more I can share.',
  ]));
}

/** "As promised, here is …" (C7): email says here is, a letter encloses; a card or LinkedIn note leaves it to the email (''). */
export function promisedLine(c: Ctx): string {
  if (!c.promised) return '';
  if (c.channel === 'email') return c.t(`As promised, here is ${c.promised}.`, `As promised, here’s ${c.promised}.`);
  return c.channel === 'letter' ? `As promised, I have enclosed ${c.promised}.` : '';
}

/** Thanks passed on to the other interviewers by name (C9); '' when there are none. */
export function othersLine(c: Ctx): string {
  if (c.others.length === 0) return '';
  const names = joinNames(c.others);
  return c.t(`Please pass my thanks to ${names} as well.`, `Please thank ${names} for me, too.`);
}

/** A friendly first line for a note that is not a thank-you. */
export function helloLine(c: Ctx): string {
  return c.pick('hello', c.t([
    'I hope you are doing well.',
    'I hope your week is going well.',
    'I hope all is well with you and the team.',
  ], [
    'I hope you’re having a good week.',
    'I hope things are going well on your end.',
    'I hope your week is off to a good start.',
  ]));
}

/** The specific detail in a LinkedIn note, where every character counts; it ends the sentence, so a shortened detail still reads well. */
export function linkedinDetailLine(c: Ctx, detail: string): string {
  return c.pick('linkedin-detail', c.t([
    `I enjoyed discussing ${detail}.`,
    `I valued hearing about ${detail}.`,
    `I keep thinking about ${detail}.`,
  ], [
    `I loved our talk about ${detail}.`,
    `I enjoyed hearing about ${detail}.`,
    `I keep thinking about ${detail}.`,
  ]));
}
