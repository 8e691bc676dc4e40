import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Stories live beside their components (Shoelace/Spectrum style) and double as test fixtures.
  stories: ['../../../packages/widgets/src/**/*.mdx', '../../../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.define = { ...viteConfig.define, __MR_VERSION__: JSON.stringify('storybook') };
    // Pre-bundle every Lit entry we use, so Vite never re-optimises (and reloads) mid-test-run.
    const lit = ['lit', 'lit/decorators.js', 'lit/directives/live.js', 'lit/directives/repeat.js'];
    // Vite's dependency scan fails here (the stories live in packages/widgets), so anything not listed is
    // found at runtime and reloads the page mid-run: preview.ts's runtime import, and the SDK's dependencies.
    const runtime = [
      '@storybook/web-components-vite',
      '@migrant-rights/sdk > date-fns',
      '@migrant-rights/sdk > @date-fns/utc',
      '@migrant-rights/sdk > zod/mini',
      '@migrant-rights/sdk > papaparse',
    ];
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), ...lit, ...runtime] };
    return viteConfig;
  },
};
export default config;
