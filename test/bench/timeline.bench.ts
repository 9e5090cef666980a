// Benchmark (Vitest 5 `bench` fixture): planFollowUps on typical input; the goal is a median of 1 ms or less.
import { expect, test } from 'vitest';
import { planFollowUps, type PlanInput } from '../../src/lib/timeline';

const TYPICAL: PlanInput = { interviewDate: '2026-12-14', interviewEnd: '15:45', region: 'GB', decisionDate: '2026-12-23' };
const BUSY: PlanInput = { ...TYPICAL, today: '2026-12-15', offerDeadline: '2027-01-08', outcome: { kind: 'rejection', date: '2027-01-06' } };

test('planFollowUps: median ≤ 1 ms', async ({ bench }) => {
  const result = await bench.compare(
    bench('typical input', () => {
      planFollowUps(TYPICAL);
    }),
    bench('every rule at once', () => {
      planFollowUps(BUSY);
    }),
  );
  for (const name of ['typical input', 'every rule at once'] as const) {
    const median = result.get(name).latency.p50;
    console.info(`${name}: median ${(median * 1000).toFixed(1)} µs`);
    expect(median).toBeLessThanOrEqual(1);
  }
});
