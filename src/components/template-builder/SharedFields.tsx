// The answers every note shares, in two parts: what every note needs (your name, the company, the job) before the interviewers, and the rest (contact details, dates, what the scenario asks for) after them; re-rendered only when one of them or its error changes.
import { Component } from 'preact';
import type { BuilderDraft } from '../../lib/builder/draft';
import { asksForAddress, sharedOptionalFields } from '../../lib/builder/fields';
import { FIELD_TEXT } from './labels';
import { TextField } from './TextField';

export type SharedText = 'company' | 'role' | 'interviewDate' | 'fit' | 'promised' | 'news' | 'offerDeadline' | 'startDate' | 'others';
export type YourText = keyof BuilderDraft['you'];

interface SharedFieldsProps {
  draft: BuilderDraft;
  /** Error messages by engine field path ('you.name', 'company' …), shown once the person has asked to check. */
  errors: Readonly<Record<string, string>>;
  onShared: (key: SharedText, value: string) => void;
  onYours: (key: YourText, value: string) => void;
  /** 'needed': your name, the company, the job (and a date the scenario cannot do without); 'more': everything else. */
  part: 'needed' | 'more';
}

const SHARED_KEYS: readonly SharedText[] = ['company', 'role', 'interviewDate', 'fit', 'promised', 'news', 'offerDeadline', 'startDate', 'others'];
const SHARED_IDS: Readonly<Record<SharedText, string>> = {
  company: 'tb-company', role: 'tb-role', interviewDate: 'tb-interview-date', fit: 'tb-fit', promised: 'tb-promised', news: 'tb-news',
  offerDeadline: 'tb-offer-deadline', startDate: 'tb-start-date', others: 'tb-others',
};
const DATE_FIELDS: readonly SharedText[] = ['interviewDate', 'offerDeadline', 'startDate'];

function errorsKey(errors: Readonly<Record<string, string>>): string {
  return Object.entries(errors).map(([field, message]) => `${field}:${message}`).join('|');
}

/** Your details and the job's, asked once for every note; the scenario's own questions (fit, news, deadlines …) only when it uses them. */
export class SharedFields extends Component<SharedFieldsProps> {
  override shouldComponentUpdate(next: SharedFieldsProps): boolean {
    const before = this.props.draft;
    const after = next.draft;
    return this.props.part !== next.part || before.you !== after.you || before.scenario !== after.scenario || before.channel !== after.channel
      || SHARED_KEYS.some((key) => before[key] !== after[key]) || errorsKey(this.props.errors) !== errorsKey(next.errors);
  }

  override render({ draft, errors, onShared, onYours, part }: SharedFieldsProps) {
    const shared = (key: SharedText) => (
      <TextField key={key} id={SHARED_IDS[key]} label={FIELD_TEXT[key]?.label ?? key} hint={FIELD_TEXT[key]?.hint}
        type={DATE_FIELDS.includes(key) ? 'date' : 'text'} value={draft[key]} error={errors[key]} onValue={(value) => onShared(key, value)}
        class={DATE_FIELDS.includes(key) ? 'tb-field--narrow' : undefined} />
    );
    const yours = (key: YourText, type: 'text' | 'email' | 'tel' | 'textarea', autocomplete: string) => (
      <TextField id={`tb-you-${key}`} label={FIELD_TEXT[`you.${key}`]?.label ?? key} hint={FIELD_TEXT[`you.${key}`]?.hint} type={type}
        autocomplete={autocomplete} value={draft.you[key]} error={errors[`you.${key}`]} onValue={(value) => onYours(key, value)} />
    );
    const extra = sharedOptionalFields(draft.scenario);
    if (part === 'needed') {
      return (
        <>
          {yours('name', 'text', 'name')}
          {shared('company')}
          {shared('role')}
          {extra.filter((key) => key === 'offerDeadline').map(shared)}
        </>
      );
    }
    return (
      <>
        {yours('email', 'email', 'email')}
        {yours('phone', 'tel', 'tel')}
        {asksForAddress(draft.channel) && yours('address', 'textarea', 'street-address')}
        {shared('interviewDate')}
        {extra.filter((key) => key !== 'offerDeadline').map(shared)}
      </>
    );
  }
}
