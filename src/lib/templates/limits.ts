// How long each answer may be: checked when a note is written (validate.ts) and when a link fills in the builder (builder/prefill.ts).

/** Longest name we accept, in characters. */
export const NAME_MAX = 80;
/** Longest company name or job title. */
export const TITLE_MAX = 120;
/** Longest free-text answer (detail, fit, promised, news, address). */
export const TEXT_MAX = 300;
/** Most other interviewers a note can pass thanks to. */
export const OTHERS_MAX = 10;
