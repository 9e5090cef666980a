// Which wording each note of a panel takes, so that no two notes of a panel share more than one part's wording (C3).
//
// The scheme: every part of a note (the thanks, the detail's frame, the keen line, …) has its own number p from 0 to 6,
// and every part offers WORDINGS = 7 wordings. A note's slot is a pair (x, y) of numbers from 0 to 6, and part p takes
// wording (x + p·y) mod 7. Two different slots agree on at most one part: if (x1 + p·y1) = (x2 + p·y2) mod 7 for two
// different p, subtracting gives (y1 − y2)·(p − p′) = 0 mod 7, and 7 is prime, so y1 = y2, and then x1 = x2. (These are
// the lines of the plane over the integers mod 7; two lines meet at most once.)
// A panel gives its notes slots (x0 + i, y0) for the first seven people, so these differ in every part, then
// (x0 + i, y0 + 1) for the next seven, and so on: up to 49 notes, no two share more than one part's wording.
// x0 and y0 come from the company, role and scenario, so two applications do not read alike either.
// A single note (renderNote) takes its slot from the scenario and the interviewer's name: stable for the same input.
import { stableHash } from './text';

/** Wordings each part offers in email and letter (a prime, for the scheme above). */
export const WORDINGS = 7;

/** A note's place in the scheme. */
export interface Slot {
  x: number;
  y: number;
}

/** The part numbers (p above). Parts that never meet in one note may share a number. */
export const PART = {
  thanks: 0, opener: 0, reason: 0, news: 0, purpose: 0,
  detail: 1,
  keen: 2, status: 2, either: 2,
  offer: 3, door: 3, ask: 3, close: 3,
  closing: 4, again: 4, gratitude: 4,
  fit: 5, connection: 5, patience: 5, understanding: 5, grateful: 5,
  order: 6, hello: 6, invite: 6, feedback: 6, goodwill: 6,
} as const;
export type PartName = keyof typeof PART;

/**
 * The wording a slot takes for a part, among `count` wordings (WORDINGS, or fewer for a short list).
 * @example wordingIndex({ x: 2, y: 3 }, 'detail', 7) // (2 + 1·3) mod 7 = 5
 */
export function wordingIndex(slot: Slot, part: PartName, count: number): number {
  if (count <= 0) return 0;
  return ((slot.x + PART[part] * slot.y) % WORDINGS) % count;
}

/**
 * The slots of a panel of `size` notes (see the scheme above), from a seed text.
 * @example panelSlots(2, 'seed').map((slot) => slot.y) // the same y twice: the two notes differ in every part
 */
export function panelSlots(size: number, seed: string): Slot[] {
  const hash = stableHash(seed);
  const x0 = hash % WORDINGS;
  const y0 = Math.floor(hash / WORDINGS) % WORDINGS;
  return Array.from({ length: Math.max(0, size) }, (_, index) => ({
    x: (x0 + index) % WORDINGS,
    y: (y0 + Math.floor(index / WORDINGS)) % WORDINGS,
  }));
}

/**
 * The slot of a note written on its own: the same input always gives the same slot.
 * @example soloSlot('thank-you|Dana Roe') // the same slot every time
 */
export function soloSlot(seed: string): Slot {
  const hash = stableHash(seed);
  return { x: hash % WORDINGS, y: Math.floor(hash / WORDINGS) % WORDINGS };
}
