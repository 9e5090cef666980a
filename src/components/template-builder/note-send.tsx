// The other ways to send a note, shown under “More ways to send” and downloaded the first time it opens: the email app, Gmail and Outlook compose links (nothing is requested until one is followed), the subject, and .eml or .txt files.
import type { NoteText } from '../../lib/builder/review';
import { mailtoUrl } from '../../lib/export/mailto';
import { gmailUrl, outlookUrl } from '../../lib/export/webmail';
import type { NoteInput } from '../../lib/templates/types';

export interface SendListProps {
  input: NoteInput;
  note: NoteText;
  who: string;
  /** Copies a text and says so. */
  copy: (text: string, what: string) => void;
  /** Saves the note as a file and says so. */
  save: (kind: 'saveEml' | 'saveText', done: string) => void;
}

/** The list of other ways to send, and where webmail takes the note. */
export function SendList({ input, note, who, copy, save }: SendListProps) {
  const isEmail = input.channel === 'email';
  const subject = note.subject ?? '';
  const parts = { to: input.interviewer.email, subject, body: note.text };
  const newTab = <span class="sr-only"> (opens in a new tab)</span>;
  return (
    <>
      <ul class="tb-more__list">
        {isEmail && (
          <li><a href={mailtoUrl(parts)} aria-label={`Open in email app: note to ${who}`}>Open in email app</a></li>
        )}
        {isEmail && (
          <li><a href={gmailUrl(parts)} target="_blank" rel="noopener noreferrer" aria-label={`Open in Gmail: note to ${who} (opens in a new tab)`}>Open in Gmail{newTab}</a></li>
        )}
        {isEmail && (
          <li><a href={outlookUrl(parts)} target="_blank" rel="noopener noreferrer" aria-label={`Open in Outlook: note to ${who} (opens in a new tab)`}>Open in Outlook{newTab}</a></li>
        )}
        {isEmail && subject && (
          <li><button class="tb-link-button" type="button" onClick={() => copy(subject, 'the subject line of the note')}>
            Copy subject<span class="sr-only"> of the note to {who}</span>
          </button></li>
        )}
        {isEmail && (
          <li><button class="tb-link-button" type="button"
            onClick={() => save('saveEml', `Downloaded the note to ${who} as an email draft (.eml). Open the file to send it from your email app.`)}>
            Download .eml<span class="sr-only"> of the note to {who}</span>
          </button></li>
        )}
        <li><button class="tb-link-button" type="button" onClick={() => save('saveText', `Downloaded the note to ${who} as a text file (.txt).`)}>
          Download .txt<span class="sr-only"> of the note to {who}</span>
        </button></li>
      </ul>
      {isEmail && <p class="tb-hint tb-more__hint">Gmail and Outlook open in a new tab, and the note then goes to that service.</p>}
    </>
  );
}
