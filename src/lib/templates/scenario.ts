// The shape every scenario's wording has: whether it is written on the interview day, its subject and its sentences per channel.
import type { Ctx } from './context';
import type { ScenarioId } from './types';

/** A sentence, or nothing ('' / undefined / false) when an optional input is missing. */
export type MaybeSentence = string | undefined | false;

/** The sentences of one note before layout. */
export interface Draft {
  /** Email and letter: sentences grouped in paragraphs; missing sentences and empty paragraphs are dropped. */
  paragraphs: MaybeSentence[][];
  /** Card: sentences in order of importance; the first few that exist are kept (RULES.C2 card limit). */
  card: MaybeSentence[];
  /** LinkedIn (C10): `build(personal)` with the personal detail, possibly shortened, or without it; `minimal` as a last resort. */
  linkedin: { personal: string; build(personal: string): MaybeSentence[]; minimal: string[] };
}

export interface ScenarioTemplate {
  id: ScenarioId;
  /** Written within a day of the interview, so "on Tuesday" reads naturally and a letter takes the interview's date. */
  recent: boolean;
  /** The email subject (C5): what the note is and the role. */
  subject(c: Ctx): string;
  draft(c: Ctx): Draft;
}
