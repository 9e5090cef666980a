// Pre-filling the template builder from the page address (the timeline calculator links here): each known parameter checked, anything else ignored.
import { isIsoDate } from '../dates';
import { isChannel, isScenarioId, isTone } from '../templates/ids';
import { oneLine } from '../templates/one-line';
import { TITLE_MAX } from '../templates/limits';
import type { BuilderDraft } from './draft';

/** The address parameters the builder reads, named as the draft's fields. */
export const PREFILL_KEYS = ['scenario', 'channel', 'tone', 'interviewDate', 'offerDeadline', 'startDate', 'company', 'role'] as const;

export type PrefillKey = (typeof PREFILL_KEYS)[number];
export type PrefillValues = Partial<Pick<BuilderDraft, PrefillKey>>;

export interface Prefill {
  /** The values that passed their check. */
  values: PrefillValues;
  /** Known parameters whose value was not usable (an unknown scenario, an impossible date …), left out. */
  rejected: PrefillKey[];
}

const DATE_KEYS: readonly PrefillKey[] = ['interviewDate', 'offerDeadline', 'startDate'];

/** One parameter's value if it passes its check, else undefined. */
function checked(key: PrefillKey, raw: string): string | undefined {
  if (key === 'scenario') return isScenarioId(raw) ? raw : undefined;
  if (key === 'channel') return isChannel(raw) ? raw : undefined;
  if (key === 'tone') return isTone(raw) ? raw : undefined;
  if (DATE_KEYS.includes(key)) return isIsoDate(raw) ? raw : undefined;
  const text = oneLine(raw);
  return text !== '' && text.length <= TITLE_MAX ? text : undefined;
}

/**
 * The builder's fields found in a query string ('?scenario=check-in&interviewDate=2026-11-16') or URLSearchParams.
 * Unknown parameters are ignored; a known one with an unusable value is listed in `rejected`. Never throws.
 * @example readPrefill('?scenario=check-in&tone=loud').values // { scenario: 'check-in' }
 */
export function readPrefill(query: string | URLSearchParams): Prefill {
  const values: Record<string, string> = {};
  const rejected: PrefillKey[] = [];
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { values: {}, rejected: [] };
  }
  for (const key of PREFILL_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = checked(key, raw);
    if (value === undefined) rejected.push(key);
    else values[key] = value;
  }
  return { values: values as PrefillValues, rejected };
}

/**
 * The draft with the address's values laid over it. When a saved draft and a link both hold a field, the link wins:
 * the person just followed it (from the timeline, say) to write that note. Every field the link does not name,
 * the interviewer cards included, stays as saved, so nothing typed earlier is lost.
 * @example applyPrefill(emptyDraft(), { scenario: 'check-in' }).scenario // 'check-in'
 */
export function applyPrefill(draft: BuilderDraft, values: PrefillValues): BuilderDraft {
  return { ...draft, ...values };
}

