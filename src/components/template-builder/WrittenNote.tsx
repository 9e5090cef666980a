// A written note with everything around it: the note itself to read and change in place (subject and text), the choices about an edit (EditChoices), what to do with it, and the coach's checks. Part of the note engine the page downloads on demand.
import type { TargetedEvent } from 'preact';
import { SAVED_NOTE_MAX, typedText, type NoteEdit } from '../../lib/builder/draft';
import type { PanelNote } from '../../lib/builder/note-inputs';
import { answersChanged, standing } from '../../lib/builder/panel';
import { RULES } from '../../lib/rules';
import { Findings, type FindingsProps } from './Findings';
import { NoteActions } from './NoteActions';
import { useLazy } from './use-lazy';

export interface WrittenNoteProps {
  /** The interviewer card the note belongs to. */
  cardId: string;
  entry: PanelNote;
  /** The person's edit of this note, if any. */
  edit: NoteEdit | undefined;
  chosen: FindingsProps['chosen'];
  /** Who the note is for, for labels, button names and messages. */
  who: string;
  embedded: boolean;
  /** Saves the note as edited (undefined: back to the engine's note). */
  onEdit: (cardId: string, edit: NoteEdit | undefined) => void;
}

const LINKEDIN_LIMIT = RULES.C10.numbers.freeCharacters;

/** The note to read and change, its actions and its checks. */
export function WrittenNote({ cardId, entry, edit, chosen, who, embedded, onEdit }: WrittenNoteProps) {
  const Choices = useLazy(edit !== undefined, () => import('./EditChoices').then((module) => module.EditChoices));
  const shown = entry.rendered.ok ? standing(entry, edit) : undefined;
  if (!entry.rendered.ok || !shown) return null;
  const engine = entry.rendered.note;
  const base = `tb-${cardId}`;
  const changed = answersChanged(entry, edit);
  const onText = (event: TargetedEvent<HTMLTextAreaElement>) => {
    onEdit(cardId, { ...edit, text: event.currentTarget.value.slice(0, SAVED_NOTE_MAX), base: edit?.base ?? engine.text });
  };
  const onSubject = (event: TargetedEvent<HTMLInputElement>) => {
    onEdit(cardId, { ...edit, subject: typedText('subject', event.currentTarget.value), text: edit?.text ?? engine.text, base: edit?.base ?? engine.text });
  };
  const rewrite = () => {
    onEdit(cardId, undefined);
    document.getElementById(`${base}-text`)?.focus();
  };
  const keep = () => { if (edit) onEdit(cardId, { ...edit, base: engine.text }); };
  const count = shown.text.length;
  return (
    <>
      {edit && Choices && <Choices base={base} place="top" changed={changed} who={who} onRewrite={rewrite} onKeep={keep} />}
      <div class="tb-preview" id={`${base}-preview`}>
        {shown.subject !== undefined && (
          <div class="tb-note-field">
            <label class="tb-label" for={`${base}-subject`}>Subject</label>
            <input id={`${base}-subject`} type="text" value={shown.subject} maxLength={SAVED_NOTE_MAX} spellcheck onInput={onSubject} />
          </div>
        )}
        <div class="tb-note-field">
          <label class="tb-label" for={`${base}-text`}>The note <span class="tb-label__aside">(you can change it here)</span></label>
          <textarea class="tb-preview__text" id={`${base}-text`} value={shown.text} rows={Math.min(24, shown.text.split('\n').length + 2)}
            maxLength={SAVED_NOTE_MAX} spellcheck onInput={onText} aria-describedby={chosen.channel === 'linkedin' ? `${base}-count` : undefined} />
        </div>
        {chosen.channel === 'linkedin' && (
          <p class={`tb-count${count > LINKEDIN_LIMIT ? ' tb-count--over' : ''}`} id={`${base}-count`}>
            {count} of {LINKEDIN_LIMIT} characters (LinkedIn’s limit for a free account)
          </p>
        )}
        {edit && Choices && <Choices base={base} place="bottom" changed={changed} who={who} onRewrite={rewrite} onKeep={keep} />}
      </div>
      <NoteActions input={entry.input} note={shown} who={who} />
      <Findings cardId={cardId} findings={entry.findings} embedded={embedded} chosen={chosen} textId={`${base}-text`} edited={edit !== undefined} />
    </>
  );
}
