// What the builder starts from when the page opens with a saved draft or a link: the saved answers read back, the link's values laid over them, and what to tell the person. Downloaded only then, so a first visit's download stays small.
import { emptyDraft, isBlankDraft, type BuilderDraft } from '../../lib/builder/draft';
import { changedByLink, refusedNotice } from '../../lib/builder/link-notice';
import { PREFILL_KEYS, applyPrefill, readPrefill } from '../../lib/builder/prefill';
import { DRAFT_NOTICES, parseDraft } from '../../lib/builder/saved-draft';
import { addressParams, dropAddressParams } from '../../utils/address';

export { parseDraft } from '../../lib/builder/saved-draft';

/** Where the builder starts. */
export interface Start {
  draft: BuilderDraft;
  /** What to tell the person: a saved draft that could not be used, a link's values that were refused. */
  notices: string[];
  /** The saved draft could not be used: remove it (the notice says why). */
  dropSaved: boolean;
  /** The saved answers a link was laid over, with what the link changed, to keep one click away. */
  beforeLink?: { draft: BuilderDraft; changed: string[] };
}

/**
 * The saved draft read back (or an empty one), with the link's values laid over it: the link wins for the fields it
 * names, the saved draft fills in the rest. The link's values are taken out of the address once read, so a reload keeps
 * what was typed since. Never throws.
 * @example startFrom(localStorage.getItem(DRAFT_STORAGE_KEY)).draft // the saved draft, or an empty one
 */
export function startFrom(stored: string | null | undefined): Start {
  const parsed = parseDraft(stored);
  // A saved draft that cannot be used is removed, and the notice says why ('missing' needs none).
  const notices = !parsed.ok && parsed.reason !== 'missing' ? [DRAFT_NOTICES[parsed.reason]] : [];
  const dropSaved = notices.length > 0;
  let draft = parsed.ok ? parsed.draft : emptyDraft();
  const prefill = readPrefill(addressParams());
  if (Object.keys(prefill.values).length === 0 && prefill.rejected.length === 0) return { draft, notices, dropSaved };
  const saved = parsed.ok && !isBlankDraft(draft) ? draft : undefined;
  const changed = saved ? changedByLink(saved, prefill.values) : [];
  const refused = refusedNotice(prefill.rejected);
  if (refused) notices.push(refused);
  draft = applyPrefill(draft, prefill.values);
  dropAddressParams(PREFILL_KEYS);
  return { draft, notices, dropSaved, ...(saved && changed.length > 0 ? { beforeLink: { draft: saved, changed } } : {}) };
}
