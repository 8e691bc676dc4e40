import { defineConfig } from 'vitest/config';

// End-to-end: Playwright drives Debian's Chromium against the static demo pages.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
