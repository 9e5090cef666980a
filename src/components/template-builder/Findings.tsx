// The coach's checks beside one note, quietly: only what needs a look is listed, each with a link to the place to change it (a field, or the sentence in the note) and to the guide; the passes fold into one line.
import { Component } from 'preact';
import type { BuilderDraft } from '../../lib/builder/draft';
import { fieldDomId } from '../../lib/builder/fields';
import { sameFindings } from '../../lib/builder/note-inputs';
import type { Finding } from '../../lib/coach';
import { RULES, isRuleId, ruleGuidePath } from '../../lib/rules';
import { pathWithBase } from '../../utils/paths';
import { focusField, selectInField } from './browser';
import { fieldLabel } from './labels';

export interface FindingsProps {
  /** The interviewer card the note belongs to. */
  cardId: string;
  findings: readonly Finding[];
  /** The choices now made, so a finding about the tone points at the tone chosen. */
  chosen: Pick<BuilderDraft, 'scenario' | 'channel' | 'tone'>;
  /** Open guide links in a new tab (the tool is inside another site's frame). */
  embedded: boolean;
  /** The id of the note's text box, for a finding that points at a sentence in it. */
  textId: string;
  /** The person has changed the note: a finding that points at a sentence leads there before any field. */
  edited: boolean;
}

const LEVEL_WORD = { fail: 'Fix', warn: 'Check', pass: 'Good' } as const;
const LEVEL_MARK = { fail: '✗', warn: '!', pass: '✓' } as const;

/** The link under a finding that leads to the place to change. */
function ChangeLink({ finding, cardId, chosen, textId, edited }: { finding: Finding } & Pick<FindingsProps, 'cardId' | 'chosen' | 'textId' | 'edited'>) {
  const field = finding.field ? fieldDomId(finding.field, cardId, chosen) : undefined;
  const at = finding.at;
  if (at && (edited || !field)) {
    return (
      <a href={`#${textId}`} aria-label="Change this: the sentence in the note" onClick={(event) => { event.preventDefault(); selectInField(textId, at.start, at.end); }}>
        Change this
      </a>
    );
  }
  if (!field) return null;
  return (
    <a href={`#${field}`} aria-label={`Change this: ${fieldLabel(finding.field ?? '')}`} onClick={(event) => { event.preventDefault(); focusField(field); }}>
      Change this
    </a>
  );
}

/** One finding: its level, what it says, and where to go. */
function FindingItem({ finding, embedded, ...place }: { finding: Finding } & Omit<FindingsProps, 'findings'>) {
  const rule = isRuleId(finding.rule) ? RULES[finding.rule] : undefined;
  return (
    <li class={`tb-finding tb-finding--${finding.level}`}>
      <span class="tb-finding__level"><span aria-hidden="true">{LEVEL_MARK[finding.level]} </span>{LEVEL_WORD[finding.level]}:</span>{' '}
      {finding.message}
      <span class="tb-finding__links">
        {finding.level !== 'pass' && <ChangeLink finding={finding} {...place} />}
        {rule && (
          <a href={pathWithBase(ruleGuidePath(rule.id))} target={embedded ? '_blank' : undefined} rel={embedded ? 'noopener' : undefined}>
            Why: {rule.title}{embedded && <span class="sr-only"> (opens in a new tab)</span>}
          </a>
        )}
      </span>
    </li>
  );
}

/**
 * The checks' summary in words, as announced.
 * @example checksSummary(2, 7) // '2 things to look at. 7 checks passed.'
 */
export function checksSummary(problems: number, passes: number): string {
  const look = problems === 0 ? 'Nothing to look at.' : `${problems} ${problems === 1 ? 'thing' : 'things'} to look at.`;
  return passes === 0 ? look : `${look} ${passes} ${passes === 1 ? 'check' : 'checks'} passed.`;
}

/** The problems, failures first, then the passes folded into one line that opens. */
function FindingList({ findings, ...rest }: FindingsProps) {
  const headingId = `tb-${rest.cardId}-checks`;
  const problems = findings.filter((finding) => finding.level === 'fail').concat(findings.filter((finding) => finding.level === 'warn'));
  const passes = findings.filter((finding) => finding.level === 'pass');
  return (
    <div class="tb-findings">
      <h5 class="tb-findings__title" id={headingId}>Checks</h5>
      <p class="tb-findings__summary" role="status" id={`${headingId}-summary`}>{findings.length > 0 ? checksSummary(problems.length, passes.length) : ''}</p>
      {problems.length > 0 && (
        <ul class="tb-findings__list" aria-labelledby={headingId}>
          {problems.map((finding, index) => <FindingItem key={`${finding.rule}-${index}`} finding={finding} {...rest} />)}
        </ul>
      )}
      {passes.length > 0 && (
        <details class="tb-passes">
          <summary>{passes.length} {passes.length === 1 ? 'check' : 'checks'} passed</summary>
          <ul class="tb-findings__list">
            {passes.map((finding, index) => <FindingItem key={`${finding.rule}-${index}`} finding={finding} {...rest} />)}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The findings; typing that changes the note but not what the coach says leaves it as it is. */
export class Findings extends Component<FindingsProps> {
  override shouldComponentUpdate(next: FindingsProps): boolean {
    const [before, after] = [this.props, next];
    return before.cardId !== after.cardId || before.embedded !== after.embedded || before.edited !== after.edited || before.chosen.scenario !== after.chosen.scenario
      || before.chosen.channel !== after.chosen.channel || before.chosen.tone !== after.chosen.tone || !sameFindings(before.findings, after.findings);
  }

  override render(props: FindingsProps) {
    return <FindingList {...props} />;
  }
}
