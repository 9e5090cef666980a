// What to do with a finished note: copy it (with a visible, announced confirmation), open it in the email app, or download it as .eml or .txt.
import { useEffect, useRef, useState } from 'preact/hooks';
import { mailtoUrl } from '../../lib/export/mailto';
import type { Note, NoteInput } from '../../lib/templates/types';
import { copyText } from './browser';

interface NoteActionsProps {
  input: NoteInput;
  note: Note;
  /** Who the note is for, for button names and messages (“the note to Jane Roe”). */
  who: string;
}

/** How long a confirmation stays on screen, in milliseconds. */
const CONFIRMATION_MS = 8000;

/** Copy, open in the email app, download .eml and .txt, and a status line that says what happened. */
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

  return (
    <div class="tb-actions">
      <div class="tb-actions__buttons">
        <button class="button" type="button" onClick={() => copy(note.text, 'the note')}>
          Copy note<span class="sr-only"> to {who}</span>
        </button>
        {isEmail && subject && (
          <button class="button button--secondary" type="button" onClick={() => copy(subject, 'the subject line of the note')}>
            Copy subject<span class="sr-only"> of the note to {who}</span>
          </button>
        )}
        {isEmail && (
          <a class="button button--secondary" href={mailtoUrl({ to: input.interviewer.email, subject, body: note.text })} aria-label={`Open in email app: note to ${who}`}>
            Open in email app
          </a>
        )}
        {isEmail && (
          <button class="button button--secondary" type="button"
            onClick={() => save('saveEml', `Downloaded the note to ${who} as an email draft (.eml). Open the file to send it from your email app.`)}>
            Download .eml<span class="sr-only"> of the note to {who}</span>
          </button>
        )}
        <button class="button button--secondary" type="button" onClick={() => save('saveText', `Downloaded the note to ${who} as a text file (.txt).`)}>
          Download .txt<span class="sr-only"> of the note to {who}</span>
        </button>
      </div>
      <p class="tb-status" role="status">{status}</p>
    </div>
  );
}
