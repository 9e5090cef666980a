// One labelled input of the template builder (text, email, tel, date, a text area or a select), with its hint and error tied to it, GOV.UK style; drawn again only when what it shows changes.
import { Component, createRef, type TargetedEvent } from 'preact';
import { SAVED_TEXT_MAX } from '../../lib/builder/draft';

/** The counter shows once a field holds this share of what it can take. */
const COUNT_FROM = 0.9;

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Shown under the label and tied to the input; the field is marked invalid. */
  error?: string;
  value: string;
  /** Called with the new value as the person types. */
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'textarea';
  autocomplete?: string;
  /** A select's choices, [value, label]; turns the field into a select. */
  options?: readonly (readonly [string, string])[];
  /** Extra class for the field's wrapper (e.g. a narrow width). */
  class?: string;
}

/** The props that change what a field shows; `onValue` is left out: a new function each render, it does the same. */
const SHOWN: readonly (keyof TextFieldProps)[] = ['id', 'label', 'hint', 'error', 'value', 'type', 'autocomplete', 'options', 'class'];

/**
 * A GOV.UK-style field: label, hint, error, input; hint and error are read out with the input (aria-describedby).
 * Drawn again only when what it shows changes, so typing in one field leaves the others alone.
 */
export class TextField extends Component<TextFieldProps> {
  /** The input, select or text area, to tell whether it still shows the value (typing a character the draft refuses
   * leaves the value as it was, and the field must be drawn again to drop the character). */
  private readonly control = createRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>();

  override shouldComponentUpdate(next: TextFieldProps): boolean {
    return SHOWN.some((key) => this.props[key] !== next[key]) || (this.control.current !== null && this.control.current.value !== next.value);
  }

  /** Reads the newest onValue: a field not drawn again still gets its props (see Preact's shouldComponentUpdate). */
  private readonly onInput = (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => this.props.onValue(event.currentTarget.value);

  override render({ id, label, hint, error, value, type = 'text', autocomplete, options, class: extra }: TextFieldProps) {
    const counted = !options && type !== 'date' && value.length >= SAVED_TEXT_MAX * COUNT_FROM;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', counted ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      ref: this.control,
      id,
      name: id,
      value,
      maxLength: options || type === 'date' ? undefined : SAVED_TEXT_MAX,
      'aria-describedby': describedBy,
      'aria-invalid': error ? ('true' as const) : undefined,
    };
    const { onInput } = this;
    let control;
    if (options) {
      control = (
        <select {...common} onChange={onInput}>
          {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
        </select>
      );
    } else if (type === 'textarea') {
      control = <textarea {...common} rows={3} autocomplete={autocomplete} onInput={onInput} />;
    } else {
      control = <input {...common} type={type} autocomplete={autocomplete ?? 'off'} spellcheck={type === 'text' ? true : undefined} onInput={onInput} />;
    }
    return (
      <div class={`tb-field${error ? ' tb-field--error' : ''}${extra ? ` ${extra}` : ''}`}>
        <label class="tb-label" for={id}>{label}</label>
        {hint && <p class="tb-hint" id={`${id}-hint`}>{hint}</p>}
        {error && <p class="tb-error" id={`${id}-error`}><span class="sr-only">Error: </span>{error}</p>}
        {control}
        {counted && (
          <p class="tb-count" id={`${id}-count`}>
            {value.length.toLocaleString('en')} of {SAVED_TEXT_MAX.toLocaleString('en')} characters{value.length >= SAVED_TEXT_MAX ? ': this box is full.' : ''}
          </p>
        )}
      </div>
    );
  }
}
