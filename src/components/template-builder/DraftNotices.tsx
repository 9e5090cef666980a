// The notices about saved answers that need the person's choice: answers saved in another tab (take them, or keep this tab's), and saved answers a link changed (go back to them). Downloaded only when one is needed.
import type { BuilderDraft } from '../../lib/builder/draft';

export interface DraftNoticesProps {
  /** The saved answers a link was laid over, and what it changed; null when none. */
  beforeLink: { draft: BuilderDraft; changed: string[] } | null;
  /** Answers another tab saved, waiting for the person's choice; null when none. */
  otherTab: BuilderDraft | null;
  onUndoLink: () => void;
  onOtherTab: (take: boolean) => void;
}

/** Each notice with its buttons. */
export function DraftNotices({ beforeLink, otherTab, onUndoLink, onOtherTab }: DraftNoticesProps) {
  return (
    <>
      {beforeLink && (
        <div class="tb-notice">
          <p>The link you followed filled in {beforeLink.changed.join(', ')}. The rest of your saved answers are as you left them.</p>
          <button class="button button--secondary" type="button" onClick={onUndoLink}>Go back to my saved answers</button>
        </div>
      )}
      {otherTab && (
        <div class="tb-notice" id="tb-other-tab">
          <p>You changed your answers in another tab or window of this page. Which answers do you want to keep?</p>
          <div class="tb-ask__buttons">
            <button class="button button--secondary" type="button" onClick={() => onOtherTab(true)}>Use the other tab’s answers</button>
            <button class="button button--secondary" type="button" onClick={() => onOtherTab(false)}>Keep the answers in this tab</button>
          </div>
        </div>
      )}
    </>
  );
}
