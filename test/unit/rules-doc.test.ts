// docs/rules.md is written from src/lib/rules.ts: the committed page must be the one the generator writes now, with every rule and number in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, renderRulesDoc } from '../../scripts/generate-rules-doc';
import { RULES, RULE_IDS, ruleText } from '../../src/lib/rules';

describe('docs/rules.md', () => {
  const committed = readFileSync(RULES_DOC, 'utf8');

  it('is what scripts/generate-rules-doc.ts writes from rules.ts today (run `npm run rules-doc` and commit it)', () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it.each(RULE_IDS)('has a row for %s with its sentence, numbers filled in, and each number by name', (id) => {
    const row = committed.split('\n').find((line) => line.startsWith(`| ${id} |`));
    expect(row).toBeDefined();
    expect(row).toContain(ruleText(id));
    expect(row).not.toMatch(/\{\w+\}/);
    for (const [name, value] of Object.entries(RULES[id].numbers)) expect(row).toContain(`\`${name}\` = ${value}`);
  });

  it('lists the timing rules before the content rules, twelve and ten of them', () => {
    const rows = committed.split('\n').filter((line) => /^\| [TC]\d+ \|/.test(line)).map((line) => line.split('|')[1]?.trim());
    expect(rows).toEqual([...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `C${i + 1}`)]);
  });

  it('links each rule to a guide file that exists', () => {
    const links = [...committed.matchAll(/\]\(\.\.\/(src\/content\/guides\/[\w-]+\.mdx)\)/g)].map((m) => m[1]);
    expect(links).toHaveLength(RULE_IDS.length);
    for (const link of new Set(links)) expect(() => readFileSync(new URL(`../../${link}`, import.meta.url))).not.toThrow();
  });
});
