// Where a note will appear, before it can be written: what to fill in first, or (before the note engine is here) that it will appear.
import type { Rendered } from '../../lib/templates/types';

interface NoteStatusProps {
  id: string;
  rendered: Rendered;
  /** The part of the page that writes notes has not arrived yet, so what is missing is not known either. */
  waiting: boolean;
}

/** The list of answers the note still needs, or a line that says the note appears here. */
export function NoteStatus({ id, rendered, waiting }: NoteStatusProps) {
  return (
    <div class="tb-preview tb-preview--waiting" id={`${id}-preview`}>
      {waiting || rendered.ok ? <p>Your note appears here as you fill in the form.</p> : (
        <>
          <p>The note appears here once you have filled in:</p>
          <ul>{rendered.errors.map((error) => <li key={error.field}>{error.message}</li>)}</ul>
        </>
      )}
    </div>
  );
}
