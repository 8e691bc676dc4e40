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
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), ...lit] };
    return viteConfig;
  },
};
export default config;
