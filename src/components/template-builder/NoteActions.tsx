// What to do with a finished note: copy it (the one main action, with a visible, announced confirmation), and, grouped under “More ways to send” (downloaded when first opened), the subject, the email app, Gmail, Outlook, and .eml or .txt files.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteText } from '../../lib/builder/review';
import type { FunctionComponent } from 'preact';
import type { NoteInput } from '../../lib/templates/types';
import { copyText } from './browser';
import type { SendListProps } from './note-send';

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
  const [Send, setSend] = useState<FunctionComponent<SendListProps> | undefined>(undefined);
  const [sendFailed, setSendFailed] = useState(false);
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
  /** The other ways to send, downloaded the first time “More ways to send” opens. */
  const openSend = () => {
    if (Send) return;
    import('./note-send').then((module) => { setSendFailed(false); setSend(() => module.SendList); }, () => setSendFailed(true));
  };

  return (
    <div class="tb-actions">
      <button class="button" type="button" onClick={() => copy(note.text, 'the note')}>
        Copy note<span class="sr-only"> to {who}</span>
      </button>
      <details class="tb-more" onToggle={(event) => { if (event.currentTarget.open) openSend(); }}>
        <summary>More ways to send<span class="sr-only"> the note to {who}</span></summary>
        {Send ? <Send input={input} note={note} who={who} copy={copy} save={save} />
          : <p class="tb-hint">{sendFailed ? 'Could not load. Check your connection, then open this again.' : 'Loading…'}</p>}
      </details>
      <p class="tb-status" role="status">{status}</p>
    </div>
  );
}
