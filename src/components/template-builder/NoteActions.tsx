// What to do with a finished note: copy it (the one main action, with a visible, announced confirmation), and, grouped under “More ways to send”, the subject, the email app, Gmail, Outlook, and .eml or .txt files.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteText } from '../../lib/builder/review';
import { mailtoUrl } from '../../lib/export/mailto';
import { gmailUrl, outlookUrl } from '../../lib/export/webmail';
import type { NoteInput } from '../../lib/templates/types';
import { copyText } from './browser';

interface NoteActionsProps {
  input: NoteInput;
  /** The note as it stands: edited or as written. */
  note: NoteText;
  /** Who the note is for, for button names and messages (“the note to Jane Roe”). */
  who: string;
}

/** How long a confirmation stays on screen, in milliseconds. */
const CONFIRMATION_MS = 8000;

/** Copy note, then the other ways to send it in a disclosure, and a status line that says what happened. */
export function NoteActions({ input, note, who }: NoteActionsProps) {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const say = (message: string) => {
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), CONFIRMATION_MS);
  };
  const copy = async (text: string, what: string) => {
    const copied = await copyText(text);
    say(copied ? `Copied ${what} to ${who}. Paste it where you write your message.`
      : `Copying did not work in this browser. Select the text above and copy it yourself.`);
  };
  /** Loads the file savers (only on the first click), saves the note, and says what happened. */
  const save = async (kind: 'saveEml' | 'saveText', done: string) => {
    try {
      const files = await import('./note-files');
      files[kind](input, note);
      say(done);
    } catch {
      say('The download did not start: this page could not load the part that saves files. Check your connection and try again, or copy the note instead.');
    }
  };
  const isEmail = input.channel === 'email';
  const subject = note.subject ?? '';
  const parts = { to: input.interviewer.email, subject, body: note.text };
  const newTab = <span class="sr-only"> (opens in a new tab)</span>;

  return (
    <div class="tb-actions">
      <button class="button" type="button" onClick={() => copy(note.text, 'the note')}>
        Copy note<span class="sr-only"> to {who}</span>
      </button>
      <details class="tb-more">
        <summary>More ways to send<span class="sr-only"> the note to {who}</span></summary>
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
      </details>
      <p class="tb-status" role="status">{status}</p>
    </div>
  );
}
