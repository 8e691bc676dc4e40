import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; a loaded 2-core CI machine needs more than 5 s for some.
    testTimeout: 60_000,
    // The test script sets TZ=Pacific/Kiritimati (UTC+14): a time-zone slip in date code fails loudly.
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
