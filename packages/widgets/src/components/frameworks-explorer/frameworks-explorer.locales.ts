import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import explorer from '@migrant-rights/sdk/locales/en/frameworks-explorer';

/**
 * The first screen's words. English ships in the bundle; other locales are split out and loaded
 * when a page asks for them. The frameworks module's wording comes later, with its data (`engine.ts`).
 */
export const english = [explorer, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/frameworks-explorer'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/frameworks-explorer'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/frameworks-explorer'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/frameworks-explorer'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/frameworks-explorer'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/frameworks-explorer'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
