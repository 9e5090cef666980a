// One interviewer's note as it will be sent, updated as the person types: subject, text and the LinkedIn character count, or what is still needed.
import { RULES } from '../../lib/rules';
import type { Rendered } from '../../lib/templates/types';

interface NotePreviewProps {
  id: string;
  rendered: Rendered;
  channel: string;
}

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;

/** The note's text (always as text, never as HTML), or the list of what to fill in first. */
export function NotePreview({ id, rendered, channel }: NotePreviewProps) {
  if (!rendered.ok) {
    return (
      <div class="tb-preview tb-preview--waiting" id={`${id}-preview`}>
        <p>The note appears here once you have filled in:</p>
        <ul>{rendered.errors.map((error) => <li key={error.field}>{error.message}</li>)}</ul>
      </div>
    );
  }
  const { note } = rendered;
  const count = note.text.length;
  return (
    <div class="tb-preview" id={`${id}-preview`}>
      {note.subject && <p class="tb-preview__subject"><span class="tb-preview__tag">Subject:</span> {note.subject}</p>}
      <div class="tb-preview__text" id={`${id}-text`}>{note.text}</div>
      {channel === 'linkedin' && (
        <p class={`tb-count${count > LINKEDIN_LIMIT ? ' tb-count--over' : ''}`} id={`${id}-count`}>
          {count} of {LINKEDIN_LIMIT} characters (LinkedIn’s limit for a free account)
        </p>
      )}
    </div>
  );
}
