// The three choices that shape every note (situation, channel, tone); re-rendered only when one of them changes, not on every keystroke elsewhere.
import { Component } from 'preact';
import { CHANNELS, SCENARIOS, TONES } from '../../lib/templates/catalog';
import type { Channel, ScenarioId, Tone } from '../../lib/templates/types';
import { ChoiceGroup } from './ChoiceGroup';

export type ChoiceGroupName = 'scenario' | 'channel' | 'tone';

interface NoteChoicesProps {
  scenario: ScenarioId;
  channel: Channel;
  tone: Tone;
  onChoose: (group: ChoiceGroupName, value: string) => void;
}

/** The situation, the channel and the tone, each a group of radio buttons with a hint per choice (C4 for the tone). */
export class NoteChoices extends Component<NoteChoicesProps> {
  override shouldComponentUpdate(next: NoteChoicesProps): boolean {
    return next.scenario !== this.props.scenario || next.channel !== this.props.channel || next.tone !== this.props.tone;
  }

  override render({ scenario, channel, tone, onChoose }: NoteChoicesProps) {
    return (
      <>
        <ChoiceGroup group="scenario" legend="What is the note for?" choices={SCENARIOS} value={scenario} wide
          onChoose={(value) => onChoose('scenario', value)} />
        <ChoiceGroup group="channel" legend="How will you send it?" choices={CHANNELS} value={channel} wide
          onChoose={(value) => onChoose('channel', value)} />
        <ChoiceGroup group="tone" legend="How formal should it be?" hint="Match how the interview felt. If you are not sure, choose formal."
          choices={TONES} value={tone} wide onChoose={(value) => onChoose('tone', value)} />
      </>
    );
  }
}
