// A question answered with radio buttons (scenario, channel, tone): a fieldset with its legend, each choice with its own hint.
import { choiceId } from '../../lib/builder/fields';

interface Choice {
  id: string;
  label: string;
  hint: string;
}

interface ChoiceGroupProps<T extends string> {
  group: 'scenario' | 'channel' | 'tone';
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  value: T;
  onChoose: (value: T) => void;
  /** Lays the choices out in two columns on wide screens. */
  wide?: boolean;
}

/** Radio buttons in a fieldset, GOV.UK style: the legend asks the question, each label has a hint read with it. */
export function ChoiceGroup<T extends string>({ group, legend, hint, choices, value, onChoose, wide }: ChoiceGroupProps<T>) {
  const hintId = hint ? `tb-${group}-hint` : undefined;
  return (
    <fieldset class="tb-choices" aria-describedby={hintId}>
      <legend class="tb-legend">{legend}</legend>
      {hint && <p class="tb-hint" id={hintId}>{hint}</p>}
      <div class={wide ? 'tb-choices__list tb-choices__list--wide' : 'tb-choices__list'}>
        {choices.map((choice) => {
          const id = choiceId(group, choice.id);
          return (
            <div class="tb-choice" key={choice.id}>
              <input id={id} type="radio" name={`tb-${group}`} value={choice.id} checked={value === choice.id}
                aria-describedby={`${id}-hint`} onChange={() => onChoose(choice.id as T)} />
              <label for={id}>{choice.label}</label>
              <p class="tb-hint tb-choice__hint" id={`${id}-hint`}>{choice.hint}</p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
