// The confirmation before “Clear everything”: a native modal dialog (focus held inside, Escape cancels), the safe choice focused first.
import { useEffect, useRef } from 'preact/hooks';

interface ClearDialogProps {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before wiping the saved answers; closing it any other way (Escape, “No”) keeps them. */
export function ClearDialog({ open, onConfirm, onCancel }: ClearDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog class="tb-dialog" ref={dialog} aria-labelledby="tb-dialog-title" aria-describedby="tb-dialog-text" onClose={onCancel}>
      <h2 id="tb-dialog-title">Clear everything?</h2>
      <p id="tb-dialog-text">This deletes all your answers and notes from this browser. You cannot get them back. On a shared computer, do this when you are done.</p>
      <div class="tb-dialog__buttons">
        <button class="button button--warning" type="button" onClick={onConfirm}>Yes, clear everything</button>
        <button class="button button--secondary" type="button" autoFocus onClick={onCancel}>No, keep my notes</button>
      </div>
    </dialog>
  );
}
