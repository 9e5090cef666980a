// The three choices that shape every note (situation, channel, tone): folded into a one-line summary with “Change” so they take little room, opened as radio groups to change them; re-rendered only when one of them changes.
import { Component } from 'preact';
import { CHANNELS, SCENARIOS, TONES } from '../../lib/templates/catalog';
import type { Channel, ScenarioId, Tone } from '../../lib/templates/types';
import { ChoiceGroup } from './ChoiceGroup';

export type ChoiceGroupName = 'scenario' | 'channel' | 'tone';

interface NoteChoicesProps {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  /** The radio groups are shown; otherwise the summary. */
  open: boolean;
  onOpen: (open: boolean) => void;
  onChoose: (group: ChoiceGroupName, value: string) => void;
}

const labelOf = <T extends string>(list: readonly { id: T; label: string }[], id: T): string => list.find((item) => item.id === id)?.label ?? id;

/** The summary with “Change”, or the situation, the channel and the tone as radio groups with a hint per choice (C4 for the tone) and “Done”. */
export class NoteChoices extends Component<NoteChoicesProps> {
  override shouldComponentUpdate(next: NoteChoicesProps): boolean {
    return next.scenario !== this.props.scenario || next.channel !== this.props.channel || next.tone !== this.props.tone || next.open !== this.props.open;
  }

  override render({ scenario, channel, tone, open, onOpen, onChoose }: NoteChoicesProps) {
    // The radio groups stay in the page while folded (hidden), so the choice made is always there to read.
    return (
      <>
        {!open && (
          <div class="tb-chosen">
            <p class="tb-chosen__text" id="tb-chosen-text">
              <strong>{labelOf(SCENARIOS, scenario)}</strong>
              <span class="tb-chosen__rest">{labelOf(CHANNELS, channel)}, {labelOf(TONES, tone).toLowerCase()} tone</span>
            </p>
            <button class="button button--secondary" type="button" id="tb-choices-change" aria-describedby="tb-chosen-text" aria-expanded="false"
              onClick={() => onOpen(true)}>
              Change
            </button>
          </div>
        )}
        <div class="tb-choices-open" hidden={!open}>
          <ChoiceGroup group="scenario" legend="What is the note for?" choices={SCENARIOS} value={scenario} wide
            onChoose={(value) => onChoose('scenario', value)} />
          <ChoiceGroup group="channel" legend="How will you send it?" choices={CHANNELS} value={channel} wide
            onChoose={(value) => onChoose('channel', value)} />
          <ChoiceGroup group="tone" legend="How formal should it be?" hint="Match how the interview felt. If you are not sure, choose formal."
            choices={TONES} value={tone} wide onChoose={(value) => onChoose('tone', value)} />
          <button class="button" type="button" id="tb-choices-done" onClick={() => onOpen(false)}>Done</button>
        </div>
      </>
    );
  }
}
