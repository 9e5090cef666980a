// The note engine's public types (docs/architecture.md, The engine), kept apart so the timing engine can name scenarios without loading any template.

/** A situation a note is written for (listed in ids.ts). */
export type ScenarioId =
  | 'thank-you'
  | 'thank-you-offer'
  | 'thank-you-not-a-fit'
  | 'withdraw'
  | 'reply-to-rejection'
  | 'check-in'
  | 'final-check-in'
  | 'timeline-update'
  | 'stay-in-touch'
  | 'linkedin-connect';

/** How the note is delivered. */
export type Channel = 'email' | 'letter' | 'card' | 'linkedin';

/** How formal the note is (C4). */
export type Tone = 'formal' | 'warm';

/** A problem with one input field, named by its property path (`interviewer.name`). */
export interface FieldError {
  field: string;
  message: string;
}

/** Everything a note is filled from. */
export interface NoteInput {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  you: { name: string; email?: string; phone?: string; address?: string };
  interviewer: { name: string; honorific?: string; title?: string; email?: string };
  company: string;
  role: string;
  /** 'YYYY-MM-DD' */
  interviewDate?: string;
  /** The specific thing from this conversation (C1, C3). */
  detail?: string;
  /** How your background fits (C1), shared by the panel: the engine uses it where it reads naturally, not in every note. */
  fit?: string;
  /** How this interviewer's conversation connects to you (C1), for this note only: "my two years running the night shift". */
  connection?: string;
  /** What you promised to send (C7). */
  promised?: string;
  /** News to tie a stay-in-touch note to (T10). */
  news?: string;
  /** For timeline-update: the competing offer's deadline, 'YYYY-MM-DD'. */
  offerDeadline?: string;
  /** For thank-you-offer: the agreed start date, 'YYYY-MM-DD'. */
  startDate?: string;
  /** Other interviewers to thank through this one (C9). */
  others?: string[];
}

/** A rendered note, in parts and as one plain text. */
export interface Note {
  /** None for card and linkedin. */
  subject?: string;
  greeting: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
  /** The whole note as plain text, ready to paste. */
  text: string;
}

export type Rendered = { ok: true; note: Note } | { ok: false; errors: FieldError[] };
