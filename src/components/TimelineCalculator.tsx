// The timeline calculator island: a plain form whose answers live in the URL, and the dated plan from src/lib/timeline.
import { useEffect, useRef, useState } from 'preact/hooks';
import { planFollowUps, type FieldError, type OutcomeKind, type Plan, type PlanInput, type Step } from '../lib/timeline';
import { stepLabel, describeStep } from '../lib/steps';
import { REGIONS, type Region } from '../lib/holidays';
import { RULES, isRuleId, ruleGuidePath } from '../lib/rules';
import { stepsToIcs } from '../lib/export/ics';
import { pathWithBase } from '../utils/paths';
import { addressParams } from '../utils/address';
import { downloadText } from '../utils/download';
import { localToday } from '../utils/local-date';
import { pageLocale } from '../utils/page-locale';
import { defaultRegion, formatDate } from '../lib/locale';

interface Answers {
  interviewDate: string;
  interviewEnd: string;
  region: string;
  decisionDate: string;
  checkInDate: string;
  noContact: boolean;
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
/** A step's day as the host's locale writes it ('Tuesday, March 10, 2026' or 'Tuesday, 10 March 2026'). */
function formatDay(iso: string): string {
  return formatDate(iso.slice(0, 10), pageLocale(), 'full');
}

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
    if (key === 'noContact') answers.noContact = value === 'yes';
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
  }
  const query = params.toString();
  // After the #, so a bookmark or a reload keeps the plan without sending the answers to the server.
  history.replaceState(null, '', window.location.pathname + (query ? `#${query}` : ''));
}

function toInput(a: Answers): PlanInput {
  return {
    interviewDate: a.interviewDate,
    interviewEnd: a.interviewEnd || undefined,
    region: (a.region || 'none') as Region,
    decisionDate: a.decisionDate || undefined,
    checkInDate: a.checkInDate || undefined,
    noContact: a.noContact,
    offerDeadline: a.offerDeadline || undefined,
    outcome: a.outcomeKind || a.outcomeDate ? { kind: a.outcomeKind as OutcomeKind, date: a.outcomeDate } : undefined,
    today: localToday(),
  };
}

function hasAnswers(a: Answers): boolean {
  return KEYS.some((key) => a[key] !== EMPTY[key]);
}

/** The holidays of the host's country (site.config.ts's locale, stated in <html lang>). */
function hostRegion(): string {
  return defaultRegion(pageLocale());
}

/** The template builder, pre-filled with this step's scenario, the interview date and, when given, the other offer's deadline. */
function templateLink(step: Step, a: Answers): string {
  const params = new URLSearchParams({ scenario: step.scenario ?? '', interviewDate: a.interviewDate });
  if (a.offerDeadline) params.set('offerDeadline', a.offerDeadline);
  return `${pathWithBase('templates/')}#${params.toString()}`;
}

function downloadIcs(steps: Step[]): void {
  downloadText('follow-up-plan.ics', stepsToIcs(steps, { now: new Date(), locale: pageLocale() }), 'text/calendar');
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
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);

  useEffect(() => {
    const fromUrl = readUrl();
    if (hasAnswers(fromUrl)) {
      setAnswers(fromUrl);
      setPlan(planFollowUps(toInput(fromUrl)));
      setShown(fromUrl);
    } else {
      setAnswers({ ...EMPTY, region: hostRegion() });
    }
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
    const next = planFollowUps(toInput(answers));
    writeUrl(answers);
    setPlan(next);
    setShown(answers);
    if (!next.ok) focusSummary.current = true;
  };

  const errors: FieldError[] = plan && !plan.ok ? plan.errors : [];
  const errorFor = (...fields: string[]) => errors.find((e) => fields.includes(e.field))?.message;
  const today = localToday();
  const outcomeError = errorFor('outcome', 'outcome.kind');

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

      <form class="tc-form" onSubmit={onSubmit} noValidate>
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
          <div class={`tc-field tc-check${errorFor('noContact') ? ' tc-field--error' : ''}`}>
            {errorFor('noContact') && <p class="tc-error" id="no-contact-error">{errorFor('noContact')}</p>}
            <input id="no-contact" name="noContact" type="checkbox" checked={answers.noContact} onChange={set('noContact')} aria-describedby={errorFor('noContact') ? 'no-contact-error' : undefined} />
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

      {plan && plan.ok && (
        <section class="tc-plan" aria-labelledby="tc-plan-title">
          <h2 id="tc-plan-title">Your follow-up plan</h2>
          {plan.notices && plan.notices.length > 0 && (
            <div class="tc-notices">{plan.notices.map((n) => <p key={n}>{n}</p>)}</div>
          )}
          <ol class="tc-steps">
            {plan.steps.map((step, index) => {
              const isToday = step.from <= today && today <= step.until;
              const rule = isRuleId(step.rule) ? RULES[step.rule] : undefined;
              return (
                <li class={`tc-step${isToday ? ' tc-step--today' : ''}`} key={index}>
                  <h3 class="tc-step__title">{stepLabel(step)}</h3>
                  <p class="tc-step__when">
                    {isToday && <strong class="tc-today">Today</strong>}{' '}
                    {step.from === step.until ? `On ${formatDay(step.from)}` : `From ${formatDay(step.from)} to ${formatDay(step.until)}`}
                  </p>
                  <p class="tc-step__why">
                    <span>Why: {describeStep(step)}</span>{' '}
                    {rule && <a href={pathWithBase(ruleGuidePath(rule.id))}>Read the guide: {rule.title}</a>}
                  </p>
                  {step.scenario && <p><a href={templateLink(step, shown)}>Write this note<span class="sr-only">: {stepLabel(step)}</span></a></p>}
                </li>
              );
            })}
          </ol>
          <div class="tc-actions">
            <button class="button" type="button" onClick={() => downloadIcs(plan.steps)}>Download calendar file (.ics)</button>
            <button class="button button--secondary" type="button" onClick={() => window.print()}>Print</button>
          </div>
        </section>
      )}
    </div>
  );
}
