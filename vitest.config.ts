// Unit tests for the engine in src/lib run twice, in UTC and in a zone far from UTC, so no time-zone drift hides; benches run apart, once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // Property tests run hundreds of cases; a busy machine must not turn them red (each takes well under a second alone).
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'utc', include: ['test/unit/**/*.test.ts'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        // Benches run once, in UTC: two at a time would share the machine's cores and time each other.
        test: { name: 'kiritimati', include: ['test/unit/**/*.test.ts'], benchmark: { include: [] }, env: { TZ: 'Pacific/Kiritimati' } },
      },
    ],
  },
});
