// The conformance report's data: every WCAG 2.1 A/AA criterion and the 2.2 additions, each claim backed by a test that exists or by a stated manual check.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/data/conformance';

// From the WCAG 2.1 recommendation (Level A and AA) and the WCAG 2.2 additions at A and AA (2.4.11, 2.5.7, 2.5.8, 3.2.6, 3.3.7, 3.3.8).
const WCAG_21_A = ['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.2.1', '3.2.2', '3.3.1', '3.3.2', '4.1.1', '4.1.2'];
const WCAG_21_AA = ['1.2.4', '1.2.5', '1.3.4', '1.3.5', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.4.5', '2.4.6', '2.4.7', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4', '4.1.3'];
const WCAG_22_A = ['3.2.6', '3.3.7'];
const WCAG_22_AA = ['2.4.11', '2.5.7', '2.5.8', '3.3.8'];

describe('the criteria', () => {
  it('are exactly WCAG 2.1 A and AA plus the A and AA criteria WCAG 2.2 added, each once', () => {
    const ids = CRITERIA.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...WCAG_21_A, ...WCAG_21_AA, ...WCAG_22_A, ...WCAG_22_AA].sort());
  });

  it('carry the level the standard gives them', () => {
    for (const criterion of CRITERIA) {
      const a = [...WCAG_21_A, ...WCAG_22_A].includes(criterion.id);
      expect(criterion.level, criterion.id).toBe(a ? 'A' : 'AA');
    }
  });
});

describe.each(CRITERIA)('$id $name', (criterion) => {
  it('has a remark', () => expect(criterion.remarks.length).toBeGreaterThan(10));

  if (criterion.conformance === 'Supports' && criterion.automatable) {
    it('is backed by at least one automated test', () => expect(criterion.tests.length).toBeGreaterThan(0));
  }
  if (criterion.conformance === 'Supports' && !criterion.automatable) {
    it('says how it is checked by hand', () => expect(criterion.byHand?.length ?? 0).toBeGreaterThan(10));
  }

  it.each(criterion.tests.map((evidence) => [evidence.file, evidence.test]))('cites %s › “%s”, which exists', (file, title) => {
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(title);
  });
});
