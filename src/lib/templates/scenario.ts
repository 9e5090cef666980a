// The shape every scenario's wording has: whether it is written on the interview day, its subject and its sentences per channel.
import type { Ctx } from './context';
import type { ScenarioId } from './types';

/** A sentence, or nothing ('' / undefined / false) when an optional input is missing. */
export type MaybeSentence = string | undefined | false;

/** The sentences of one note before layout. */
export interface Draft {
  /** Email and letter: sentences grouped in paragraphs; missing sentences and empty paragraphs are dropped. */
  paragraphs: MaybeSentence[][];
  /** Card: sentences in order of importance; the first few that exist are kept (C2's card limit). */
  card: MaybeSentence[];
  /**
   * LinkedIn (C10): the personal sentence is kept whole; the opener and closer are dropped, closer first, when the note
   * would not fit. `minimal` is the note when there is nothing personal to say.
   */
  linkedin: {
    opener: MaybeSentence; personal: MaybeSentence; closer: MaybeSentence; minimal: string[]; personalField?: 'detail' | 'news';
    /** The closer carries the note's point (a check-in's question): it is never dropped. */
    closerRequired?: boolean;
  };
  /** A line the person fills in (where to paste a promised link), put under the paragraph holding the sentence `after`. */
  pasteLine?: { after: MaybeSentence; line: string };
}

export interface ScenarioTemplate {
  id: ScenarioId;
  /** Written within a day of the interview, so "on Tuesday" reads naturally and a letter takes the interview's date. */
  recent: boolean;
  /** The email subject (C5): what the note is and the role. */
  subject(c: Ctx): string;
  draft(c: Ctx): Draft;
}
