// For a situation that writes one note (a check-in, a withdrawal …): says that it goes to the main contact, as the guides advise, and lets the person pick who among the interviewers.
import type { InterviewerDraft } from '../../lib/builder/draft';

interface MainContactProps {
  /** What the note is for, as the choices name it (“Check in on the decision”). */
  what: string;
  interviewers: readonly InterviewerDraft[];
  /** The card id that gets the note. */
  contact: string;
  onPick: (id: string) => void;
}

/** One line when there is one card; with more, a radio group to pick the main contact. */
export function MainContact({ what, interviewers, contact, onPick }: MainContactProps) {
  const why = `One note for “${what.toLowerCase()}” goes to your main contact only (usually the recruiter or the person who will decide), not to every interviewer.`;
  if (interviewers.length <= 1) return <p class="tb-hint tb-contact" id="tb-contact-hint">{why}</p>;
  return (
    <fieldset class="tb-choices tb-contact" aria-describedby="tb-contact-hint">
      <legend class="tb-legend">Who gets this note?</legend>
      <p class="tb-hint" id="tb-contact-hint">{why}</p>
      <div class="tb-contact__list">
        {interviewers.map((person, index) => (
          <div class="tb-choice" key={person.id}>
            <input id={`tb-contact-${person.id}`} type="radio" name="tb-contact" value={person.id} checked={person.id === contact}
              onChange={() => onPick(person.id)} />
            <label for={`tb-contact-${person.id}`}>{person.name.trim() || `Interviewer ${index + 1}`}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
