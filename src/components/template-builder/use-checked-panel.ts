// The coach's checks for the builder's notes as they stand (edited or not), kept off the keystroke: a note is written as the person types, its checks follow once typing pauses.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelNote, PanelOptions } from '../../lib/builder/note-inputs';
import type { CheckedNote, PanelEdits } from '../../lib/builder/panel';
import type * as NoteEngine from './note-engine';

/** Typing pauses this long before the notes are checked again. Other changes (a card added, a choice made) are checked at once. */
export const CHECK_DELAY_MS = 250;

/** The panel as shown, and the pairs of cards whose notes read alike (from the same check). */
export interface CheckedPanel {
  panel: PanelNote[];
  alike: [number, number][];
}

/**
 * The written panel with its findings and alike pairs: checked at once when the last check no longer fits (see
 * mustCheckNow), else a pause after the last change. Without the engine, the panel as it is, nothing alike.
 */
export function useCheckedPanel(engine: typeof NoteEngine | undefined, written: PanelNote[], edits: PanelEdits, options: PanelOptions): CheckedPanel {
  const checked = useRef<readonly CheckedNote[]>([]);
  const alike = useRef<[number, number][]>([]);
  /** Counts the checks that fell due after a pause; the check runs in the render that follows. */
  const [due, setDue] = useState(0);
  const checkedAt = useRef(due);
  const shown = useMemo(() => {
    if (!engine) return { panel: written, alike: [] };
    if (checkedAt.current !== due || engine.mustCheckNow(written, checked.current)) {
      checked.current = engine.reviewPanel(written, options, edits);
      alike.current = engine.alikePairs(checked.current, edits);
      checkedAt.current = due;
    }
    return { panel: engine.withFindings(written, checked.current), alike: alike.current };
  }, [engine, written, options, due]);
  const current = !engine || engine.checksAreCurrent(written, checked.current, edits);
  useEffect(() => {
    if (current) return undefined;
    const timer = setTimeout(() => setDue((count) => count + 1), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [written, edits, current]);
  return shown;
}
