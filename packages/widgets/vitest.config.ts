import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Component tests run in Debian's Chromium (no browser downloads on this machine).
export default defineConfig({
  define: { __MR_VERSION__: JSON.stringify('0.0.0-test') },
  // Pre-bundle Lit's entries so Vite never re-optimises (and reloads) mid-run.
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/live.js', 'lit/directives/repeat.js', 'axe-core'] },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000, // real Chromium on a loaded 2-core machine
    browser: {
      enabled: true,
      headless: true,
      connectTimeout: 180_000, // a loaded 2-core CI machine can take a while to start Chromium
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
