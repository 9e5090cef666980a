// Who published each source article the rules rest on, and where it can be read, for the guides' source lists.
import type { SourceId } from '../lib/rules';

export interface SourceDetails {
  /** Who published it, as the article names itself; a plain description where it names no one. */
  publisher: string;
  /** The author, where the article gives one. */
  author?: string;
  /** The public address of the article, where one is known. */
  url?: string;
}

/** One entry per source in src/lib/rules.ts (the Record type makes a missing one a type error). */
export const SOURCE_DETAILS: Readonly<Record<SourceId, SourceDetails>> = {
  '000': { publisher: 'a job board’s blog' },
  '001': { publisher: 'a career coach’s blog' },
  '002': { publisher: 'a career-advice page' },
  '003': { publisher: 'a career-advice blog' },
  '004': { publisher: 'Fairygodboss', author: 'Laura Berlinsky-Schine' },
};
