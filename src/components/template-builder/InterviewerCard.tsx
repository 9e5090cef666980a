// One interviewer's card: their details and the thing you talked about, buttons to move or remove the card, and beside it their note, its checks and what to do with it.
import { Component, type FunctionComponent } from 'preact';
import { INTERVIEWER_KEYS, type InterviewerDraft, type NoteEdit } from '../../lib/builder/draft';
import { asksForConnection, cardFieldId } from '../../lib/builder/fields';
import { sameFindings, type PanelNote } from '../../lib/builder/note-inputs';
import { HONORIFICS } from '../../lib/templates/ids';
import type { Channel, ScenarioId, Tone } from '../../lib/templates/types';
import { FIELD_TEXT } from './labels';
import { NoteStatus } from './NoteStatus';
import { TextField } from './TextField';
import type { WrittenNoteProps } from './WrittenNote';

export type CardField = 'name' | 'honorific' | 'title' | 'email' | 'detail' | 'connection';

interface InterviewerCardProps {
  person: InterviewerDraft;
  index: number;
  total: number;
  /** This card's note, or undefined when the situation writes one note to another card (the main contact). */
  entry: PanelNote | undefined;
  /** The name of the person who gets the one note, when this card gets none. */
  mainContact: string;
  chosen: { scenario: ScenarioId; channel: Channel; tone: Tone };
  showErrors: boolean;
  embedded: boolean;
  /** How a written note is shown: from the note engine, once it has downloaded. */
  Written: FunctionComponent<WrittenNoteProps> | undefined;
  onField: (id: string, field: CardField, value: string) => void;
  onEdit: (id: string, edit: NoteEdit | undefined) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

const HONORIFIC_OPTIONS: readonly (readonly [string, string])[] = [['', 'No title: use their full name'], ...HONORIFICS.map((honorific) => [honorific, honorific] as const)];
const NO_ERRORS: readonly { field: string; message: string }[] = [];
const CARD_PATHS: Readonly<Record<CardField, string>> = {
  name: 'interviewer.name', honorific: 'interviewer.honorific', title: 'interviewer.title', email: 'interviewer.email', detail: 'detail',
  connection: 'connection',
};

/** What the card's own fields show: the answers typed into it, where it sits, and its errors. */
interface CardFieldsProps {
  person: InterviewerDraft;
  index: number;
  total: number;
  who: string;
  errors: readonly { field: string; message: string }[];
  connects: boolean;
  onField: InterviewerCardProps['onField'];
  onMove: InterviewerCardProps['onMove'];
  onRemove: InterviewerCardProps['onRemove'];
}

/** The card's fields and its move and remove buttons; drawn again only when they change (not when the note is edited). */
class CardFields extends Component<CardFieldsProps> {
  override shouldComponentUpdate(next: CardFieldsProps): boolean {
    const before = this.props;
    return INTERVIEWER_KEYS.some((key) => before.person[key] !== next.person[key]) || before.person.id !== next.person.id || before.index !== next.index
      || before.total !== next.total || before.who !== next.who || before.connects !== next.connects
      || before.errors.map((error) => `${error.field}:${error.message}`).join('|') !== next.errors.map((error) => `${error.field}:${error.message}`).join('|');
  }

  override render({ person, index, total, who, errors, connects, onField, onMove, onRemove }: CardFieldsProps) {
    const { id } = person;
    const field = (key: CardField, type: 'text' | 'email' = 'text') => {
      const path = CARD_PATHS[key];
      const text = FIELD_TEXT[path] ?? { label: key };
      return (
        <TextField id={cardFieldId(id, key)} label={text.label} hint={text.hint} type={type} value={person[key]}
          error={errors.find((error) => error.field === path)?.message} onValue={(value) => onField(id, key, value)}
          options={key === 'honorific' ? HONORIFIC_OPTIONS : undefined} autocomplete="off" />
      );
    };
    return (
      <div class="tb-card__form">
        <h3 class="tb-card__title" id={`tb-${id}-heading`} tabIndex={-1}>
          Interviewer {index + 1}{person.name.trim() && <span class="tb-card__name">: {person.name.trim()}</span>}
        </h3>
        {field('name')}
        {field('honorific')}
        {field('title')}
        {field('email', 'email')}
        {field('detail')}
        {connects && field('connection')}
        {total > 1 && (
          <div class="tb-card__tools">
            {index > 0 && (
              <button class="button button--secondary" type="button" id={`tb-${id}-up`} aria-label={`Move up: ${who}`} onClick={() => onMove(id, -1)}>
                Move up
              </button>
            )}
            {index < total - 1 && (
              <button class="button button--secondary" type="button" id={`tb-${id}-down`} aria-label={`Move down: ${who}`} onClick={() => onMove(id, 1)}>
                Move down
              </button>
            )}
            <button class="button button--secondary button--quiet" type="button" id={`tb-${id}-remove`} aria-label={`Remove: ${who}`} onClick={() => onRemove(id)}>
              Remove
            </button>
          </div>
        )}
      </div>
    );
  }
}

function Card({ person, index, total, entry, mainContact, chosen, showErrors, embedded, Written, onField, onEdit, onMove, onRemove }: InterviewerCardProps) {
  const { id } = person;
  const who = person.name.trim() || `interviewer ${index + 1}`;
  const errors = showErrors && entry && !entry.rendered.ok ? entry.rendered.errors : NO_ERRORS;
  return (
    <li class="tb-card" id={`tb-card-${id}`}>
      <CardFields person={person} index={index} total={total} who={who} errors={errors} connects={asksForConnection(chosen.scenario)}
        onField={onField} onMove={onMove} onRemove={onRemove} />
      <section class="tb-card__note" aria-labelledby={`tb-${id}-note-heading`}>
        <h4 class="tb-card__note-title" id={`tb-${id}-note-heading`} tabIndex={-1}>{entry ? `Your note to ${who}` : `No note to ${who}`}</h4>
        {!entry && <p class="tb-hint" id={`tb-${id}-none`}>This note goes to one person only, your main contact: {mainContact}.</p>}
        {entry && (entry.rendered.ok && Written
          ? <Written cardId={id} entry={entry} edit={person.edit} chosen={chosen} who={who} embedded={embedded} onEdit={onEdit} />
          : <NoteStatus id={`tb-${id}`} rendered={entry.rendered} waiting={entry.waiting} />)}
      </section>
    </li>
  );
}

/** True when a card would show the same as before. A note already written comes back as the same object (see buildPanel), so it is compared by identity. */
function showsSame(before: InterviewerCardProps, after: InterviewerCardProps): boolean {
  const [a, b] = [before.entry, after.entry];
  if (!a || !b) return a === b && before.person === after.person && before.index === after.index && before.total === after.total
    && before.mainContact === after.mainContact && before.chosen.scenario === after.chosen.scenario && before.showErrors === after.showErrors;
  return before.person === after.person && before.mainContact === after.mainContact && before.index === after.index && before.total === after.total
    && before.showErrors === after.showErrors && before.embedded === after.embedded && before.Written === after.Written
    && before.chosen.scenario === after.chosen.scenario && before.chosen.channel === after.chosen.channel && before.chosen.tone === after.chosen.tone
    && a.rendered === b.rendered && a.waiting === b.waiting && a.input.you.name === b.input.you.name && a.input.you.email === b.input.you.email
    && a.input.company === b.input.company && sameFindings(a.findings, b.findings);
}

/** One interviewer's card; it re-renders only when what it shows has changed (a class, so no compat layer is shipped for memo). */
export class InterviewerCard extends Component<InterviewerCardProps> {
  override shouldComponentUpdate(next: InterviewerCardProps): boolean {
    return !showsSame(this.props, next);
  }

  override render(props: InterviewerCardProps) {
    return <Card {...props} />;
  }
}
