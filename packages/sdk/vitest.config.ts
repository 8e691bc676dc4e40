import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The test script sets TZ=Pacific/Kiritimati (UTC+14): a time-zone slip in date code fails loudly.
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
