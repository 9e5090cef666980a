// One interviewer's written note as it will be sent, updated as the person types: subject, text and the LinkedIn character count.
import { RULES } from '../../lib/rules';
import type { Note } from '../../lib/templates/types';

interface NotePreviewProps {
  id: string;
  note: Note;
  channel: string;
}

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;

/** The note's text, always as text, never as HTML. */
export function NotePreview({ id, note, channel }: NotePreviewProps) {
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
