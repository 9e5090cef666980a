// The coach's findings beside one note: problems first, each with the rule, a link to the field to change and a link to the guide section that explains it.
import type { Finding } from '../../lib/coach';
import { RULES, isRuleId, ruleGuidePath } from '../../lib/rules';
import { pathWithBase } from '../../utils/paths';
import { focusField } from './browser';
import { fieldLabel } from './labels';

interface FindingsProps {
  headingId: string;
  findings: readonly Finding[];
  /** The page id of the input behind a finding's field, if the form shows it. */
  targetOf: (field: string) => string | undefined;
  /** Open guide links in a new tab (the tool is inside another site's frame). */
  embedded: boolean;
}

const ORDER = { fail: 0, warn: 1, pass: 2 } as const;
const LEVEL_WORD = { fail: 'Fix', warn: 'Check', pass: 'Good' } as const;
const LEVEL_MARK = { fail: '✗', warn: '!', pass: '✓' } as const;

/** A list of the coach's findings for one note, problems first. */
export function Findings({ headingId, findings, targetOf, embedded }: FindingsProps) {
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
          const target = finding.field ? targetOf(finding.field) : undefined;
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
