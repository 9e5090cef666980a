// The coach's findings beside one note: problems first, each with the rule, a link to the field to change and a link to the guide section that explains it.
import { Component } from 'preact';
import type { BuilderDraft } from '../../lib/builder/draft';
import { fieldDomId } from '../../lib/builder/fields';
import { sameFindings } from '../../lib/builder/note-inputs';
import type { Finding } from '../../lib/coach';
import { RULES, isRuleId, ruleGuidePath } from '../../lib/rules';
import { pathWithBase } from '../../utils/paths';
import { focusField } from './browser';
import { fieldLabel } from './labels';

export interface FindingsProps {
  /** The interviewer card the note belongs to. */
  cardId: string;
  findings: readonly Finding[];
  /** The choices now made, so a finding about the tone points at the tone chosen. */
  chosen: Pick<BuilderDraft, 'scenario' | 'channel' | 'tone'>;
  /** Open guide links in a new tab (the tool is inside another site's frame). */
  embedded: boolean;
}

const ORDER = { fail: 0, warn: 1, pass: 2 } as const;
const LEVEL_WORD = { fail: 'Fix', warn: 'Check', pass: 'Good' } as const;
const LEVEL_MARK = { fail: '✗', warn: '!', pass: '✓' } as const;

/** A list of the coach's findings for one note, problems first. */
function FindingList({ cardId, findings, chosen, embedded }: FindingsProps) {
  const headingId = `tb-${cardId}-checks`;
  const sorted = [...findings].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  const problems = findings.filter((finding) => finding.level !== 'pass').length;
  return (
    <div class="tb-findings">
      <h5 class="tb-findings__title" id={headingId}>
        Checks: {problems === 0 ? 'all good' : `${problems} to look at`}
      </h5>
      <ul class="tb-findings__list" aria-labelledby={headingId}>
        {sorted.map((finding, index) => {
          const rule = isRuleId(finding.rule) ? RULES[finding.rule] : undefined;
          const target = finding.field ? fieldDomId(finding.field, cardId, chosen) : undefined;
          return (
            <li class={`tb-finding tb-finding--${finding.level}`} key={`${finding.rule}-${index}`}>
              <span class="tb-finding__level"><span aria-hidden="true">{LEVEL_MARK[finding.level]} </span>{LEVEL_WORD[finding.level]}:</span>{' '}
              {finding.message}
              {(target || rule) && (
                <span class="tb-finding__links">
                  {target && finding.level !== 'pass' && (
                    <a href={`#${target}`} aria-label={`Change this: ${fieldLabel(finding.field ?? '')}`}
                      onClick={(event) => { event.preventDefault(); focusField(target); }}>
                      Change this
                    </a>
                  )}
                  {rule && (
                    <a href={pathWithBase(ruleGuidePath(rule.id))} target={embedded ? '_blank' : undefined} rel={embedded ? 'noopener' : undefined}>
                      Why: {rule.title}{embedded && <span class="sr-only"> (opens in a new tab)</span>}
                    </a>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The findings list; typing that changes the note but not what the coach says leaves it as it is. */
export class Findings extends Component<FindingsProps> {
  override shouldComponentUpdate(next: FindingsProps): boolean {
    const [before, after] = [this.props, next];
    return before.cardId !== after.cardId || before.embedded !== after.embedded || before.chosen.scenario !== after.chosen.scenario
      || before.chosen.channel !== after.chosen.channel || before.chosen.tone !== after.chosen.tone || !sameFindings(before.findings, after.findings);
  }

  override render(props: FindingsProps) {
    return <FindingList {...props} />;
  }
}
