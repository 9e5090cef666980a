// Browser-only helpers for the template builder: localStorage that never throws, the clipboard, and moving focus to a field.

/** The saved text under a key: null when nothing is saved, undefined when the browser refuses storage (privacy settings, some frames). */
export function readStored(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Saves (or, for null, removes) the text under a key; false when the browser refuses. */
export function writeStored(key: string, text: string | null): boolean {
  try {
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The old way to copy, for browsers without the async clipboard (or where it is not allowed): a hidden text area and execCommand. */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  // execCommand is deprecated, and typed so; it is still the one way to copy where the async clipboard is missing or refused.
  const legacy = document as unknown as { execCommand(command: 'copy'): boolean };
  try {
    copied = legacy.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Puts the text on the clipboard; resolves to false when neither way works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way.
  }
  return copyWithSelection(text);
}

/** Asks the builder to open its folded choices (the situation, channel and tone), then focus the radio button named in the detail. */
export const OPEN_CHOICES_EVENT = 'tb-open-choices';

/** Moves focus to an input and brings its label (or, for a radio button, its group's question) into view with it; a choice folded away is opened first. */
export function focusField(id: string): void {
  const input = document.getElementById(id);
  if (!input) return;
  if (input.closest('[hidden]')) {
    document.dispatchEvent(new CustomEvent(OPEN_CHOICES_EVENT, { detail: id }));
    return;
  }
  const shown = (input instanceof HTMLInputElement && input.type === 'radio' ? input.closest('fieldset') : null)
    ?? document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? input;
  input.focus({ preventScroll: true });
  shown.scrollIntoView({ block: 'start' });
}

/** Moves focus into a text box and selects part of its text (a sentence a check points at), bringing it into view. */
export function selectInField(id: string, start: number, end: number): void {
  const box = document.getElementById(id);
  if (!(box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)) return;
  box.focus({ preventScroll: true });
  box.setSelectionRange(Math.max(0, start), Math.max(start, end));
  box.scrollIntoView({ block: 'center' });
}
