// The timeline calculator island: a plain form whose answers live in the URL, and the dated plan from src/lib/timeline seen at the reader's own clock.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldError, OutcomeKind, Plan, PlanInput, Step, StepState } from '../lib/timeline';
import { stepLabel, stepReason } from '../lib/steps';
import { REGIONS, isRegion, type Region } from '../lib/regions';
import { RULES, isRuleId, ruleGuidePath } from '../lib/rules';
import { pathWithBase } from '../utils/paths';
import { addressParams } from '../utils/address';
import { downloadText } from '../utils/download';
import { localNow } from '../utils/local-date';
import { pageLocale } from '../utils/page-locale';
import { defaultRegion as siteRegion } from '../lib/locale';

interface Answers {
  interviewDate: string;
  interviewEnd: string;
  region: string;
  decisionDate: string;
  checkInDate: string;
  /** A yes/no answer; a string is a value from the address that is neither, kept so the engine names the field. */
  noContact: boolean | string;
  offerDeadline: string;
  outcomeKind: string;
  outcomeDate: string;
}

const EMPTY: Answers = { interviewDate: '', interviewEnd: '', region: '', decisionDate: '', checkInDate: '', noContact: false, offerDeadline: '', outcomeKind: '', outcomeDate: '' };
const KEYS = Object.keys(EMPTY) as (keyof Answers)[];
/** FieldError.field path → the id of the input that answers it. */
const FIELD_IDS: Record<string, string> = {
  interviewDate: 'interview-date',
  interviewEnd: 'interview-end',
  region: 'region',
  decisionDate: 'decision-date',
  checkInDate: 'check-in-date',
  noContact: 'no-contact',
  offerDeadline: 'offer-deadline',
  outcome: 'outcome-offer',
  'outcome.kind': 'outcome-offer',
  'outcome.date': 'outcome-date',
};
/** The planning engine: the rules, the holiday table and the words for each moment. */
type Engine = typeof import('../lib/timeline');

/**
 * Fetches the engine, which the served form does not need: when the address holds answers, when the reader first
 * focuses the form, or at the latest when they ask for the plan. The browser loads the module once.
 */
function loadEngine(): Promise<Engine> {
  return import('../lib/timeline');
}

/** How a yes/no answer is written in the address. */
const YES_NO: Record<string, boolean> = { yes: true, no: false };

/**
 * The answers in the page address. They live after the `#`, which browsers never send to the server; `?` parameters
 * (a career center's link such as `timeline/?region=GB`) are read too, and the hash wins.
 */
function readUrl(): Answers {
  const params = addressParams();
  const answers = { ...EMPTY };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    if (key === 'noContact') answers.noContact = Object.hasOwn(YES_NO, value) ? YES_NO[value] === true : value;
    else answers[key] = value;
  }
  return answers;
}

function writeUrl(answers: Answers): void {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = answers[key];
    if (value === true) params.set(key, 'yes');
    else if (typeof value === 'string' && value !== '') params.set(key, value);
    // false (a plain "no") is left out, as an empty field is.
  }
  const query = params.toString();
  // After the #, so a bookmark or a reload keeps the plan without sending the answers to the server.
  history.replaceState(null, '', window.location.pathname + (query ? `#${query}` : ''));
}

function toInput(a: Answers, now: string): PlanInput {
  return {
    interviewDate: a.interviewDate,
    interviewEnd: a.interviewEnd || undefined,
    region: (a.region || 'none') as Region,
    decisionDate: a.decisionDate || undefined,
    checkInDate: a.checkInDate || undefined,
    // An answer that is neither yes nor no goes to the engine as it is; the engine names the field.
    noContact: a.noContact as boolean,
    offerDeadline: a.offerDeadline || undefined,
    outcome: a.outcomeKind || a.outcomeDate ? { kind: a.outcomeKind as OutcomeKind, date: a.outcomeDate } : undefined,
    today: now.slice(0, 10),
  };
}

/** True when the reader changed this control from what the page was served with. */
function changed(element: Element): boolean {
  if (element instanceof HTMLSelectElement) return [...element.options].some((option) => option.selected !== option.defaultSelected);
  if (element instanceof HTMLInputElement) {
    return element.type === 'checkbox' || element.type === 'radio' ? element.checked !== element.defaultChecked : element.value !== element.defaultValue;
  }
  return false;
}

/**
 * What the reader already typed or chose in the server-rendered form before the island started (a slow phone can
 * take seconds): only the controls they changed, so nothing they did is lost when the island takes over.
 */
function typedAnswers(form: HTMLFormElement | null): Partial<Answers> {
  const typed: Partial<Answers> = {};
  if (!form) return typed;
  for (const element of [...form.elements]) {
    const name = element.getAttribute('name') as keyof Answers | null;
    if (!name || !KEYS.includes(name) || !changed(element)) continue;
    const input = element as HTMLInputElement;
    if (name === 'noContact') typed.noContact = input.checked;
    else if (input.type !== 'radio' || input.checked) typed[name] = input.value;
  }
  return typed;
}

function hasAnswers(a: Answers): boolean {
  return KEYS.some((key) => a[key] !== EMPTY[key]);
}

/** The holiday region of the host's locale (site.config.ts), as the page states it. */
function defaultRegion(): string {
  return siteRegion(pageLocale());
}

/** The template builder, pre-filled with this step's scenario, the interview date and, when given, the other offer's deadline. */
function templateLink(step: Step, a: Answers): string {
  const params = new URLSearchParams({ scenario: step.scenario ?? '', interviewDate: a.interviewDate });
  if (a.offerDeadline) params.set('offerDeadline', a.offerDeadline);
  return `${pathWithBase('templates/')}#${params.toString()}`;
}

/** The calendar file, its writer fetched only when asked for (most readers never download it). */
async function downloadIcs(steps: Step[]): Promise<void> {
  const { stepsToIcs } = await import('../lib/export/ics');
  downloadText('follow-up-plan.ics', stepsToIcs(steps, { now: new Date(), locale: pageLocale() }), 'text/calendar');
}

/** A sentence's first letter in capitals. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One step of the plan as the reader sees it now. */
function StepItem({ state, answers }: { state: StepState; answers: Answers }) {
  const { step, status, badge, when, window: span, advice, holidays } = state;
  const rule = isRuleId(step.rule) ? RULES[step.rule] : undefined;
  return (
    <li class={`tc-step tc-step--${status}`}>
      <h3 class="tc-step__title">{stepLabel(step)}</h3>
      <p class="tc-step__when">
        <strong class="tc-badge">{badge}</strong> {status === 'late' ? `It was due ${when}.` : `${capital(when)}.`}
      </p>
      {!step.flexible && <p class="tc-step__window">{span}</p>}
      {advice && <p class="tc-step__advice">{advice}</p>}
      {holidays.map((text) => <p class="tc-step__holiday" key={text}>{text}</p>)}
      <p class="tc-step__why">
        <span>Why: {stepReason(step)}</span>{' '}
        {rule && <a href={pathWithBase(ruleGuidePath(rule.id))}>Read the guide: {rule.title}</a>}
      </p>
      {step.scenario && <p class="tc-step__write"><a href={templateLink(step, answers)}>Write this note<span class="sr-only">: {stepLabel(step)}</span></a></p>}
    </li>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => preact.ComponentChildren;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`tc-field${error ? ' tc-field--error' : ''}`}>
      <label class="tc-label" for={id}>{label}</label>
      {hint && <p class="tc-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="tc-error" id={`${id}-error`}><span class="sr-only">Error: </span>{error}</p>}
      {children(describedBy)}
    </div>
  );
}

export default function TimelineCalculator() {
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [shown, setShown] = useState<Answers>(EMPTY);
  // The reader's clock as 'YYYY-MM-DDTHH:MM', read once when the island starts and again whenever the page gets focus.
  const [now, setNow] = useState<string>('');
  const [engine, setEngine] = useState<Engine | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusSummary = useRef(false);

  // A layout effect runs in the same task as hydration, before the browser handles another keystroke: the answers
  // from the address, then whatever the reader already typed into the served form, which wins.
  useLayoutEffect(() => {
    const start = localNow();
    const fromUrl = readUrl();
    const base = hasAnswers(fromUrl) ? fromUrl : { ...EMPTY, region: defaultRegion() };
    const merged = { ...base, ...typedAnswers(form.current) };
    setNow(start);
    setAnswers(merged);
    if (hasAnswers(fromUrl)) {
      void loadEngine().then((loaded) => {
        setEngine(loaded);
        setPlan(loaded.planFollowUps(toInput(merged, start)));
        setShown(merged);
      });
    }
  }, []);

  useEffect(() => {
    const onFocus = () => setNow(localNow());
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  useEffect(() => {
    if (focusSummary.current && summary.current) {
      summary.current.focus();
      focusSummary.current = false;
    }
  });

  const set = (key: keyof Answers) => (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    setAnswers((prev) => ({ ...prev, [key]: value }));
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const submitted = answers;
    void loadEngine().then((loaded) => {
      const moment = localNow();
      const next = loaded.planFollowUps(toInput(submitted, moment));
      setEngine(loaded);
      setNow(moment);
      writeUrl(submitted);
      setPlan(next);
      setShown(submitted);
      if (!next.ok) focusSummary.current = true;
    });
  };

  const prefetch = () => {
    if (!engine) void loadEngine().then(setEngine);
  };

  const errors: FieldError[] = plan && !plan.ok ? plan.errors : [];
  const errorFor = (...fields: string[]) => errors.find((e) => fields.includes(e.field))?.message;
  const outcomeError = errorFor('outcome', 'outcome.kind');
  const noContactError = errorFor('noContact');
  const states = plan && plan.ok && now && engine ? engine.planStates(plan.steps, now, { locale: pageLocale() }) : undefined;

  return (
    <div class="tc">
      {errors.length > 0 && (
        <div class="tc-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="tc-summary-title">
          <h2 id="tc-summary-title">There is a problem</h2>
          <ul>
            {errors.map((e) => (
              <li key={e.field + e.message}><a href={`#${FIELD_IDS[e.field] ?? 'interview-date'}`}>{e.message}</a></li>
            ))}
          </ul>
        </div>
      )}

      <form class="tc-form" onSubmit={onSubmit} onFocusIn={prefetch} noValidate ref={form}>
        <Field id="interview-date" label="When was your interview?" hint="If you had more than one round, use the date of the last one." error={errorFor('interviewDate')}>
          {(d) => <input id="interview-date" name="interviewDate" type="date" required value={answers.interviewDate} onInput={set('interviewDate')} aria-describedby={d} aria-invalid={errorFor('interviewDate') ? 'true' : undefined} />}
        </Field>
        <Field id="interview-end" label="What time did it end? (optional)" hint={`This tells us when the ${RULES.T1.numbers.hours} hours for your thank-you note run out.`} error={errorFor('interviewEnd')}>
          {(d) => <input id="interview-end" name="interviewEnd" type="time" value={answers.interviewEnd} onInput={set('interviewEnd')} aria-describedby={d} aria-invalid={errorFor('interviewEnd') ? 'true' : undefined} />}
        </Field>
        <Field id="region" label="Which public holidays should we skip?" hint="We only count business days, so pick where the employer is." error={errorFor('region')}>
          {(d) => (
            <select id="region" name="region" value={answers.region || 'none'} onChange={set('region')} aria-describedby={d} aria-invalid={errorFor('region') ? 'true' : undefined}>
              {REGIONS.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
            </select>
          )}
        </Field>

        <details class="tc-more" open={Boolean(answers.decisionDate || answers.checkInDate || answers.noContact || answers.offerDeadline || answers.outcomeKind || answers.outcomeDate) || undefined}>
          <summary>Did they tell you anything else? (optional)</summary>
          <Field id="decision-date" label="When did they say they would decide?" hint="Leave empty if they did not name a date." error={errorFor('decisionDate')}>
            {(d) => <input id="decision-date" name="decisionDate" type="date" value={answers.decisionDate} onInput={set('decisionDate')} aria-describedby={d} aria-invalid={errorFor('decisionDate') ? 'true' : undefined} />}
          </Field>
          <Field id="check-in-date" label="Did they ask you to get in touch on a certain date?" hint="Leave empty if they did not." error={errorFor('checkInDate')}>
            {(d) => <input id="check-in-date" name="checkInDate" type="date" value={answers.checkInDate} onInput={set('checkInDate')} aria-describedby={d} aria-invalid={errorFor('checkInDate') ? 'true' : undefined} />}
          </Field>
          <div class={`tc-field tc-check${noContactError ? ' tc-field--error' : ''}`}>
            {noContactError && <p class="tc-error" id="no-contact-error"><span class="sr-only">Error: </span>{noContactError}</p>}
            <input id="no-contact" name="noContact" type="checkbox" value="yes" checked={answers.noContact === true} onChange={set('noContact')} aria-describedby={noContactError ? 'no-contact-error' : undefined} aria-invalid={noContactError ? 'true' : undefined} />
            <label for="no-contact">They asked me not to contact them about the decision</label>
          </div>
          <Field id="offer-deadline" label="Do you have another offer with a deadline?" hint="Enter the date you must answer the other employer by." error={errorFor('offerDeadline')}>
            {(d) => <input id="offer-deadline" name="offerDeadline" type="date" value={answers.offerDeadline} onInput={set('offerDeadline')} aria-describedby={d} aria-invalid={errorFor('offerDeadline') ? 'true' : undefined} />}
          </Field>
          <fieldset class={`tc-field${outcomeError ? ' tc-field--error' : ''}`} aria-describedby={outcomeError ? 'outcome-error' : undefined}>
            <legend class="tc-label">Have you heard back, or decided to withdraw?</legend>
            {outcomeError && <p class="tc-error" id="outcome-error"><span class="sr-only">Error: </span>{outcomeError}</p>}
            {(
              [['', 'Not yet'], ['offer', 'They made me an offer'], ['rejection', 'They said no'], ['withdrawal', 'I am withdrawing']] as const
            ).map(([value, label]) => (
              <div class="tc-radio" key={value}>
                <input id={`outcome-${value || 'none'}`} type="radio" name="outcomeKind" value={value} checked={answers.outcomeKind === value} onChange={set('outcomeKind')} />
                <label for={`outcome-${value || 'none'}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          {(answers.outcomeKind || errorFor('outcome.date')) && (
            <Field id="outcome-date" label="On what date?" hint="The day you heard, or the day you decided." error={errorFor('outcome.date')}>
              {(d) => <input id="outcome-date" name="outcomeDate" type="date" value={answers.outcomeDate} onInput={set('outcomeDate')} aria-describedby={d} aria-invalid={errorFor('outcome.date') ? 'true' : undefined} />}
            </Field>
          )}
        </details>

        <button class="button" type="submit">Plan my follow-ups</button>
      </form>

      {plan && plan.ok && states && (
        <section class="tc-plan" aria-labelledby="tc-plan-title">
          <h2 id="tc-plan-title">Your follow-up plan</h2>
          {plan.notices && plan.notices.length > 0 && (
            <div class="tc-notices">{plan.notices.map((n) => <p key={n}>{n}</p>)}</div>
          )}
          {states.order && <p class="tc-order">{states.order}</p>}
          <ol class="tc-steps">
            {states.steps.map((state, index) => <StepItem state={state} answers={shown} key={index} />)}
          </ol>
          <div class="tc-actions">
            <button class="button" type="button" onClick={() => void downloadIcs(plan.steps)}>Download calendar file (.ics)</button>
            <button class="button button--secondary" type="button" onClick={() => window.print()}>Print</button>
          </div>
        </section>
      )}
    </div>
  );
}
