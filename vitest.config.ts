import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: `pnpm test`.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'db/vitest.config.ts',
      'apps/api/vitest.config.ts',
      'apps/web/vitest.config.ts',
      'apps/web/vitest.e2e.config.ts',
    ],
  },
});
