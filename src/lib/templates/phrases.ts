// Sentences several scenarios share, each part in seven wordings per tone (slots.ts picks one per note): thanks, the detail (C1, C3) as a phrase or a clause, how it connects to the writer, the shared fit, interest, the offer to help, promised items (C7), others to thank (C9).
import type { Ctx } from './context';
import type { Mention } from './mention';
import { PROMISED_LINK_LINE } from './promised';
import type { MaybeSentence } from './scenario';
import { capitalized, joinNames } from './text';

/** Thanks for the interview itself. */
export function thanksForMeeting(c: Ctx): string {
  const { when, theRole, company } = c;
  return c.pick('thanks', c.t([
    `Thank you for sitting down with me ${when} to talk through ${theRole}.`,
    `I am grateful for the time you spent with me ${when} talking about the work at ${company}.`,
    `Many thanks for our conversation ${when}; I learned a great deal about the position.`,
    `Speaking with you ${when} was a pleasure, and I appreciate your time.`,
    `Thank you for interviewing me ${when} for ${theRole}.`,
    `I appreciate you taking the time ${when} to tell me more about ${company}.`,
    `Please accept my thanks for the interview ${when} and for your thoughtful answers to my questions.`,
  ], [
    `Thanks so much for making room in your day to see me ${when}.`,
    `I really enjoyed talking with you ${when} about ${theRole}.`,
    `Thank you for such a great conversation ${when}!`,
    `It was lovely to meet you ${when}, and thanks for making the time.`,
    `Thanks for walking me through the day-to-day of the work ${when}.`,
    `I appreciated our chat ${when} and everything you shared about ${company}.`,
    `Thank you for a friendly and open interview ${when}.`,
  ]));
}

/** The detail as a phrase: "your mentoring program". */
function phraseDetail(c: Ctx, d: string): string {
  return c.pick('detail', c.t([
    `I especially valued our discussion of ${d}.`,
    `What you shared about ${d} has stayed with me since.`,
    `What you said about ${d} gave me a lot to consider.`,
    `Our exchange on ${d} was a highlight of the interview for me.`,
    `I have been thinking further about ${d} since we spoke.`,
    `Hearing about ${d} gave me a clearer picture of what the job involves.`,
    `${capitalized(d)} stood out to me in particular.`,
  ], [
    `I loved hearing about ${d}.`,
    `${capitalized(d)} stuck with me afterwards.`,
    `Hearing about ${d} was my favorite part.`,
    `I’ve been mulling over ${d} ever since.`,
    `It was so interesting to hear about ${d}.`,
    `Learning about ${d} helped me picture myself there.`,
    `Thanks, too, for filling me in on ${d}.`,
  ]));
}

/**
 * Whether a clause is in the writer's own voice ("I asked…", "we both…"): it then takes a frame that fits any sentence,
 * never "You mentioned that …".
 * @example inOwnVoice('we both grew up in Ohio') // true
 */
export function inOwnVoice(clause: string): boolean {
  return /^(i|we)\b/i.test(clause);
}

/** The detail as a clause: "the team is moving to Rust". */
function clauseDetail(c: Ctx, d: string): string {
  if (inOwnVoice(d)) {
    return c.pick('detail', c.t([
      `One moment from our conversation has stayed with me: ${d}.`,
      `I often return to one part of our conversation: ${d}.`,
    ], [
      `One bit of our conversation stuck with me: ${d}.`,
      `I find myself thinking back to one moment: ${d}.`,
    ]));
  }
  return c.pick('detail', c.t([
    `You mentioned that ${d}, which I have been thinking about since.`,
    `I was encouraged to hear that ${d}.`,
    `It was helpful to learn that ${d}.`,
    `One point you made stayed with me: ${d}.`,
    `It stood out to me that ${d}.`,
    `Learning that ${d} gave me a clearer sense of the role.`,
    `I have been reflecting on your point that ${d}.`,
  ], [
    `I loved hearing that ${d}.`,
    `You mentioned that ${d}, and I’ve been thinking about it ever since.`,
    `It was fascinating to learn that ${d}.`,
    `I’ve come back more than once to what you said: ${d}.`,
    `It was interesting to hear that ${d}.`,
    `Finding out that ${d} made the role feel more concrete.`,
    `I didn’t know that ${d}, so thanks for sharing it.`,
  ]));
}

/** The specific thing from the conversation (C1, C3) in a sentence; '' without one. */
export function detailLine(c: Ctx): string {
  const { detail } = c;
  if (!detail) return '';
  return detail.kind === 'clause' ? clauseDetail(c, detail.text) : phraseDetail(c, detail.text);
}

/** How this conversation connects to the writer, right after the detail it speaks of; '' without one (or without a detail to tie to). */
export function connectionLine(c: Ctx): string {
  const { connection } = c;
  if (!connection) return '';
  const k = connection.text;
  if (connection.kind === 'clause') {
    return c.pick('connection', c.t([
      `It connects with my own experience: ${k}.`,
      `That felt close to home, since ${k}.`,
      `It was familiar ground for me, because ${k}.`,
    ], [
      `That really clicked for me, since ${k}.`,
      `It felt familiar, because ${k}.`,
      `That hit home for me: ${k}.`,
    ]));
  }
  if (!c.detail) {
    return c.pick('connection', c.t([
      `Our conversation brought ${k} to mind.`,
      `I could see how ${k} would carry over to this work.`,
      `Much of what we discussed connects with ${k}.`,
    ], [
      `Our chat reminded me a lot of ${k}.`,
      `I could see right away how ${k} fits in.`,
      `So much of what we talked about ties in with ${k}.`,
    ]));
  }
  return c.pick('connection', c.t([
    `It connects closely with ${k}.`,
    `That felt familiar after ${k}.`,
    `It brought to mind ${k}, and I could see how that experience would carry over.`,
    `I could relate it directly to ${k}.`,
    `That is close to what I learned through ${k}.`,
    `It reminded me of ${k}.`,
    `I see a clear link there to ${k}.`,
  ], [
    `It lines up really well with ${k}.`,
    `That clicked for me, thanks to ${k}.`,
    `It reminded me a lot of ${k}.`,
    `I could see right away how ${k} fits in there.`,
    `It felt very familiar after ${k}.`,
    `That’s right up my alley, given ${k}.`,
    `It ties in nicely with ${k}.`,
  ]));
}

/** The shared "how your background fits", where the panel gave it to this note; '' elsewhere. */
export function fitLine(c: Ctx): string {
  const { fit } = c;
  if (!fit) return '';
  const f = fit.text;
  if (fit.kind === 'clause') {
    return c.pick('fit', c.t([
      `I believe my background would help here: ${f}.`,
      `I would come to the role ready to contribute, since ${f}.`,
      `My experience seems a good match, as ${f}.`,
    ], [
      `I think my background would really help here: ${f}.`,
      `I’d be ready to jump in, since ${f}.`,
      `I think I’d fit right in, because ${f}.`,
    ]));
  }
  return c.pick('fit', c.t([
    `I believe ${f} would help me contribute from the start.`,
    `I am confident that ${f} has prepared me for this work.`,
    `With ${f}, I would be ready to take on the role’s responsibilities quickly.`,
    `I think ${f} would be an asset to your team.`,
    `${capitalized(f)} has given me a solid footing for a role like this.`,
    `I would bring ${f} to the position.`,
    `I left confident that ${f} is a good match for what you need.`,
  ], [
    `I think ${f} would let me hit the ground running.`,
    `I’m sure ${f} would come in handy on your team.`,
    `${capitalized(f)} feels like a great match for this job.`,
    `I’d love to put ${f} to work for you.`,
    `With ${f}, I feel ready to jump right in.`,
    `I can see ${f} being really useful here.`,
    `I’d bring ${f} with me, and I think it would pay off for you.`,
  ]));
}

/** Still keen on the role (C1 status, decision pending). */
export function keenLine(c: Ctx): string {
  return c.pick('keen', c.t([
    `I remain very interested in the position and in joining ${c.company}.`,
    'Meeting you strengthened my interest in this opportunity.',
    'I am enthusiastic about the chance to contribute to your team.',
    `I would be delighted to bring my skills to ${c.company}.`,
    'I am more eager than ever to take on this role.',
    'This is work I would be proud to do, and I hope to be part of it.',
    'I am keen to move forward and would welcome the next step.',
  ], [
    `I’m excited about the chance to join ${c.company}.`,
    'I’m even more keen on this job now.',
    'I’d love to be part of what your team is building.',
    'Honestly, I left hoping even more that this works out.',
    'The role sounds like a strong match, and I’m eager for what comes next.',
    'I’m more interested than ever, and I hope we get to work together.',
    'I’d be thrilled to join the team.',
  ]));
}

/** The offer of anything else they need (C1). */
export function offerHelpLine(c: Ctx): string {
  return c.pick('offer', c.t([
    'Do tell me if there is anything more I could provide.',
    'If you need anything further from me, I would be glad to send it.',
    'I am happy to share any other information that would help your decision.',
    'Should any questions come up, please do not hesitate to contact me.',
    'I would be glad to provide references or further details at any point.',
    'Anything else you need from me is only an email away.',
    'I am glad to clarify anything from our conversation.',
  ], [
    'If there’s anything else you need from me, just let me know.',
    'I’m happy to send over anything else that would help.',
    'Let me know if there’s more I can share.',
    'Any questions at all, feel free to reach out.',
    'If it helps, I can send references or more examples of my work.',
    'Just give me a shout if anything else would help.',
    'I’m only an email away if more questions come up.',
  ]));
}

/**
 * The promised item (C7), said where it is: a link is "below" (an email or letter leaves a line to paste it, unless the
 * person typed the address), a file is attached to an email and enclosed with a letter; a card or LinkedIn note leaves it to the email.
 */
export function promisedLine(c: Ctx): string {
  const { promised } = c;
  if (!promised || (c.channel !== 'email' && c.channel !== 'letter')) return '';
  const item = promised.text;
  const typedAddress = /https?:\/\/|\bwww\./i.test(item);
  if (promised.kind === 'link') {
    if (typedAddress) return c.t(`As promised, here is ${item}.`, `As promised, here’s ${item}.`);
    return c.t(`As promised, I have put ${item} below.`, `As promised, I’ve put ${item} below.`);
  }
  if (c.channel === 'letter') return c.t(`As promised, I have enclosed ${item}.`, `As promised, I’ve enclosed ${item}.`);
  if (promised.kind === 'file') return c.t(`As promised, I have attached ${item}.`, `As promised, I’ve attached ${item}.`);
  return c.t(`As promised, I have included ${item} below.`, `As promised, I’ve included ${item} below.`);
}

/** Where the person pastes the promised link or writes the promised answer: a line under the sentence that says it is below. */
export function promisedPaste(c: Ctx): { after: MaybeSentence; line: string } | undefined {
  const { promised } = c;
  if (!promised || (c.channel !== 'email' && c.channel !== 'letter') || /https?:\/\/|\bwww\./i.test(promised.text)) return undefined;
  if (promised.kind === 'link') return { after: promisedLine(c), line: PROMISED_LINK_LINE };
  if (promised.kind === 'other' && c.channel === 'email') return { after: promisedLine(c), line: '[Write it here]' };
  return undefined;
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
    'I trust this note finds you well.',
    'I hope the new season has started well for you.',
    'I hope your week is going smoothly.',
    'I hope you have been well since we spoke.',
  ], [
    'I hope you’re having a good week.',
    'I hope all is going well on your end.',
    'I hope your week is off to a good start.',
    'Hope all is well with you!',
    'I hope life at work has been treating you well.',
    'Hope you’ve been doing well since we talked.',
    'I hope you and the team are thriving.',
  ]));
}

/** The detail in a LinkedIn note, where every character counts: short frames around the whole detail. */
export function linkedinDetailLine(c: Ctx, mention: Mention | undefined): string {
  if (!mention) return '';
  const d = mention.text;
  if (mention.kind === 'clause' && inOwnVoice(d)) {
    return c.pick('detail', c.t([`One moment stayed with me: ${d}.`, `I recall one moment in particular: ${d}.`], [
      `One moment stuck with me: ${d}.`, `A highlight for me: ${d}.`,
    ]));
  }
  if (mention.kind === 'clause') {
    return c.pick('detail', c.t([
      `I was encouraged to hear that ${d}.`, `It was good to learn that ${d}.`, `You mentioned that ${d}.`, `It stood out that ${d}.`,
      `Good to hear that ${d}.`, `I noted that ${d}.`, `Interesting to learn that ${d}.`,
    ], [
      `Loved hearing that ${d}.`, `Exciting to learn that ${d}.`, `You said ${d}, which stuck with me.`, `So cool that ${d}.`,
      `Good to hear that ${d}.`, `Fun to learn that ${d}.`, `Interesting that ${d}.`,
    ]));
  }
  return c.pick('detail', c.t([
    `Discussing ${d} was a highlight.`, `I liked hearing about ${d}.`, `I often think about ${d}.`, `${capitalized(d)} stood out to me.`,
    `I appreciated learning about ${d}.`, `Our discussion of ${d} stayed with me.`, `I found ${d} fascinating.`,
  ], [
    `I loved digging into ${d}.`, `Nice to hear about ${d}.`, `Been thinking about ${d} since.`, `${capitalized(d)} stuck with me.`,
    `So fun to get into ${d}.`, `Loved learning about ${d}.`, `Our conversation about ${d} was a highlight.`,
  ]));
}

/** A LinkedIn invitation's last line, for any scenario that asks to connect. */
export function linkedinConnectLine(c: Ctx): string {
  return c.pick('close', c.t([
    'I would be glad to stay connected.', 'I hope we can keep in touch here.', 'I would welcome staying in touch.', 'It would be good to stay connected.',
    'I hope to keep in touch.', 'I would value staying connected.', 'Let us keep in touch.',
  ], [
    'I’d love to stay connected.', 'Let’s keep in touch!', 'Would love to stay connected.', 'Hope we can keep in touch.',
    'Let’s stay connected here.', 'Let’s stay in touch.', 'I’d love to keep in touch.',
  ]));
}
