// The choices about a note the person edited: when the answers changed under it, “rewrite this note?” (their changes kept until they choose); otherwise “Rewrite from my answers”, which asks before the changes go. Downloaded once a note is edited.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface EditChoicesProps {
  /** The id prefix of the note's parts ('tb-p1'). */
  base: string;
  /** 'top': the question when the answers changed; 'bottom': the rewrite button and its confirmation. */
  place: 'top' | 'bottom';
  /** The answers changed since the note was edited. */
  changed: boolean;
  who: string;
  onRewrite: () => void;
  onKeep: () => void;
}

/** One place's choices, or nothing when that place has none. */
export function EditChoices({ base, place, changed, who, onRewrite, onKeep }: EditChoicesProps) {
  const [asking, setAsking] = useState(false);
  const rewriteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // The safe answer takes the focus when the question opens; the button that asked gets it back when it closes.
  useEffect(() => {
    if (asking) keepButton.current?.focus();
    else if (wasAsking.current) rewriteButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const rewrite = () => {
    wasAsking.current = false;
    setAsking(false);
    onRewrite();
  };
  if (place === 'top') {
    return changed ? (
      <div class="tb-ask" role="group" aria-labelledby={`${base}-changed`}>
        <p id={`${base}-changed`}><strong>Your answers changed: rewrite this note?</strong> Your own changes stay until you choose.</p>
        <div class="tb-ask__buttons">
          <button class="button button--secondary" type="button" onClick={rewrite}>Rewrite from my answers</button>
          <button class="button button--secondary" type="button" onClick={onKeep}>Keep my changes</button>
        </div>
      </div>
    ) : null;
  }
  if (changed) return null;
  return (
    <div class="tb-ask tb-ask--quiet">
      {asking ? (
        <div role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`}>Rewrite this note from your answers? Your own changes to it will be gone.</p>
          <div class="tb-ask__buttons">
            <button class="button button--secondary" type="button" onClick={rewrite}>Yes, rewrite it</button>
            <button class="button button--secondary" type="button" ref={keepButton} onClick={() => setAsking(false)}>No, keep my changes</button>
          </div>
        </div>
      ) : (
        <button class="button button--secondary" type="button" ref={rewriteButton} onClick={() => setAsking(true)}>
          Rewrite from my answers<span class="sr-only"> (the note to {who})</span>
        </button>
      )}
    </div>
  );
}
