// Saving a finished note as a file (.eml draft or .txt), as it stands (edited or not): loaded on the first download click, so the builder's first load stays small.
import type { NoteText } from '../../lib/builder/review';
import { toEml } from '../../lib/export/eml';
import { noteAsText, noteFilename } from '../../lib/export/text';
import type { NoteInput } from '../../lib/templates/types';
import { downloadText } from '../../utils/download';

/** Downloads the note as an email draft that opens, addressed and ready, in the person's email app. */
export function saveEml(input: NoteInput, note: NoteText): void {
  const eml = toEml({
    from: { name: input.you.name, email: input.you.email }, to: { name: input.interviewer.name, email: input.interviewer.email },
    subject: note.subject ?? '', body: note.text, date: new Date(),
  });
  downloadText(noteFilename(input, 'eml'), eml, 'message/rfc822');
}

/** Downloads the note as plain text, its subject first. */
export function saveText(input: NoteInput, note: NoteText): void {
  downloadText(noteFilename(input, 'txt'), noteAsText({ subject: note.subject, greeting: '', paragraphs: [], closing: '', signature: [], text: note.text }), 'text/plain;charset=utf-8');
}
