// The rules as data: every rule names real sources and a guide section, and its sentence has every number filled in.
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, SOURCES, ruleGuidePath, ruleText } from '../../src/lib/rules';

describe('ruleGuidePath', () => {
  it.each([
    // The guide field is '<slug>#<heading id>'; the path is relative to the base and keeps the trailing slash before the hash.
    ['T4', 'guides/checking-in/#when-they-named-a-date'],
    ['C10', 'guides/channels/#linkedin'],
    ['T1', 'guides/timing/#the-thank-you'],
  ] as const)('%s → %s', (id, path) => {
    expect(ruleGuidePath(id)).toBe(path);
  });
});

describe.each(RULE_IDS)('rule %s', (id) => {
  it('points at a guide section by slug and heading id', () => {
    expect(RULES[id].guide).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
  });
  it('cites only known source articles', () => {
    for (const source of RULES[id].sources) expect(Object.keys(SOURCES)).toContain(source);
  });
  it('leaves no {placeholder} unfilled in its sentence', () => {
    expect(ruleText(id)).not.toMatch(/[{}]/);
  });
});
