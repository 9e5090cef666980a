// Checks over the built site (dist/ and dist-subpath/): run after both builds, before the browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'dist', include: ['test/dist/**/*.test.ts'], pool: 'forks', env: { TZ: 'UTC' } },
});
