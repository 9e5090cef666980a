// Writes docs/rules.md from src/lib/rules.ts, so the rules as readers and contributors read them can never drift from the code.
// Run with `npm run rules-doc` (also before every build); test/unit/rules-doc.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, RULE_IDS, SOURCES, ruleText, type Rule, type RuleId } from '../src/lib/rules.ts';

/** Where the generated file goes. */
export const RULES_DOC = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

/** A table cell: no line breaks, and a `|` that cannot end the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** `hours = 24`, one per number, in the order the rule names them; a dash when the rule has none. */
function numbersCell(rule: Rule): string {
  const entries = Object.entries(rule.numbers);
  return entries.length === 0 ? '–' : entries.map(([name, value]) => `\`${name}\` = ${value}`).join('<br>');
}

/** A link to the guide section that explains the rule, from docs/ to the guide's MDX source. */
function guideCell(rule: Rule): string {
  const [slug, section] = rule.guide.split('#');
  return `[${slug}${section ? ` § ${section}` : ''}](../src/content/guides/${slug}.mdx)`;
}

function table(ids: readonly RuleId[]): string[] {
  return [
    '| id | rule | as the site states it | numbers | sources | explained in |',
    '| --- | --- | --- | --- | --- | --- |',
    ...ids.map((id) => {
      const rule: Rule = RULES[id];
      const sources = rule.sources.length > 0 ? rule.sources.join(', ') : 'a platform’s own limit';
      return `| ${id} | ${cell(rule.title)} | ${cell(ruleText(id))} | ${numbersCell(rule)} | ${sources} | ${guideCell(rule)} |`;
    }),
  ];
}

/** The whole of docs/rules.md. */
export function renderRulesDoc(): string {
  const timing = RULE_IDS.filter((id) => id.startsWith('T'));
  const content = RULE_IDS.filter((id) => id.startsWith('C'));
  const lines = [
    '# The follow-up rules',
    '',
    '<!-- Generated from src/lib/rules.ts by scripts/generate-rules-doc.ts (npm run rules-doc). Do not edit by hand. -->',
    '',
    'Every piece of advice the site gives rests on these rules. They live as data in',
    '[`src/lib/rules.ts`](../src/lib/rules.ts): the timeline calculator plans with them, the template builder',
    'writes and checks notes with them, and the guides quote them through `<Rule id="T1" />` and',
    '`<RuleNumber id="T1" name="hours" />`. This page is written from that file, so it always says what the code does.',
    '',
    '## Changing a rule',
    '',
    '- Change the number or the sentence in `src/lib/rules.ts`, then run `npm run rules-doc` (the build runs it too) and',
    '  commit this page with it; `test/unit/rules-doc.test.ts` fails while the two differ.',
    '- A number of the advice is written only there, never typed in a guide, a template or a component.',
    '- The guide section a rule names (`explained in`) is linked from the tools: keep its heading, or change both together.',
    '',
    '## Words the rules use',
    '',
    '- **Date**: a calendar day (`YYYY-MM-DD`) in the job seeker’s own calendar. Dates never shift with time zones or',
    '  daylight-saving changes.',
    '- **Business day**: Monday to Friday, and not a public holiday of the chosen holiday region (none, US, GB, CA, AU,',
    '  IE or NZ; observed and substitute days count). `nextBusinessDay(d)` is `d` itself when it is a business day, else',
    '  the first one after it; `addBusinessDays(d, n)` steps over `n` business days, not counting `d`',
    '  (`src/lib/business-days.ts`).',
    '- How the timing rules become dated steps, including which rule wins when two apply, is in `src/lib/timeline.ts`.',
    '',
    '## Timing (T)',
    '',
    ...table(timing),
    '',
    '## Content and tone (C)',
    '',
    ...table(content),
    '',
    '## Sources',
    '',
    'The rules rest on these articles, cited by number above. Their facts and advice carry over; their sentences do not:',
    'every guide and every note template is written fresh.',
    '',
    ...Object.entries(SOURCES).map(([id, source]) => `- ${id}: “${source.title}”`),
    '',
  ];
  return lines.join('\n');
}

if (import.meta.main) {
  writeFileSync(RULES_DOC, renderRulesDoc());
  console.log(`rules written to ${RULES_DOC}`);
}
