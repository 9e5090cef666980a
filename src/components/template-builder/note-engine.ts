// The note engine as the template builder downloads it, once the person starts on the form: writing and checking every note, the problems to list, the page's day and locale, and showing a written one.
import type { PanelOptions } from '../../lib/builder/note-inputs';
import { localNow, localToday } from '../../utils/local-date';
import { pageLocale } from '../../utils/page-locale';

export { alikePairs, checksAreCurrent, mustCheckNow, panelProblems, reviewPanel, withFindings, writePanel } from '../../lib/builder/panel';
export { WrittenNote } from './WrittenNote';

/** The day, the moment and the page's locale the notes are written and checked for, read when the engine arrives. */
export function pageClock(): PanelOptions {
  return { today: localToday(), now: localNow(), locale: pageLocale() };
}
