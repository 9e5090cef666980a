// A written note with everything around it: the preview, what to do with it (copy, email, download) and the coach's checks. Part of the note engine the page downloads on demand.
import type { PanelNote } from '../../lib/builder/note-inputs';
import type { Note } from '../../lib/templates/types';
import { Findings, type FindingsProps } from './Findings';
import { NoteActions } from './NoteActions';
import { NotePreview } from './NotePreview';

export interface WrittenNoteProps {
  /** The interviewer card the note belongs to. */
  cardId: string;
  entry: PanelNote;
  note: Note;
  chosen: FindingsProps['chosen'];
  /** Who the note is for, for button names and messages. */
  who: string;
  embedded: boolean;
}

/** The note, its actions and its checks. */
export function WrittenNote({ cardId, entry, note, chosen, who, embedded }: WrittenNoteProps) {
  return (
    <>
      <NotePreview id={`tb-${cardId}`} note={note} channel={chosen.channel} />
      <NoteActions input={entry.input} note={note} who={who} />
      <Findings cardId={cardId} findings={entry.findings} embedded={embedded} chosen={chosen} />
    </>
  );
}
