// Every scenario's wording in one table, for renderNote() where all of it is at hand (the build, the tests); the browser loads one scenario at a time (load.ts).
import { checkIn } from './check-in';
import { finalCheckIn } from './final-check-in';
import { linkedinConnect } from './linkedin-connect';
import { replyToRejection } from './reply-to-rejection';
import type { ScenarioTemplate } from './scenario';
import { stayInTouch } from './stay-in-touch';
import { thankYou } from './thank-you';
import { thankYouNotAFit } from './thank-you-not-a-fit';
import { thankYouOffer } from './thank-you-offer';
import { timelineUpdate } from './timeline-update';
import type { ScenarioId } from './types';
import { withdraw } from './withdraw';

/** Every scenario's template, by id. */
export const TEMPLATES: Readonly<Record<ScenarioId, ScenarioTemplate>> = {
  'thank-you': thankYou,
  'thank-you-offer': thankYouOffer,
  'thank-you-not-a-fit': thankYouNotAFit,
  withdraw,
  'reply-to-rejection': replyToRejection,
  'check-in': checkIn,
  'final-check-in': finalCheckIn,
  'timeline-update': timelineUpdate,
  'stay-in-touch': stayInTouch,
  'linkedin-connect': linkedinConnect,
};
