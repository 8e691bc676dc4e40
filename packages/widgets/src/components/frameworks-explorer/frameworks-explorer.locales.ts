import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import frameworks from '@migrant-rights/sdk/locales/en/frameworks';
import explorer from '@migrant-rights/sdk/locales/en/frameworks-explorer';

/** English ships in the bundle; other locales are split out and loaded when a page asks for them. */
export const english = [explorer, frameworks, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/frameworks-explorer'), import('@migrant-rights/sdk/locales/ar/frameworks'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/frameworks-explorer'), import('@migrant-rights/sdk/locales/ne/frameworks'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/frameworks-explorer'), import('@migrant-rights/sdk/locales/bn/frameworks'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/frameworks-explorer'), import('@migrant-rights/sdk/locales/hi/frameworks'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/frameworks-explorer'), import('@migrant-rights/sdk/locales/id/frameworks'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/frameworks-explorer'), import('@migrant-rights/sdk/locales/fil/frameworks'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
