import type { CatalogueLoaders } from '../../internal/localize.js';
import quickExit from '@migrant-rights/sdk/locales/en/quick-exit';

export const english = [quickExit];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/quick-exit')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/quick-exit')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/quick-exit')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/quick-exit')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/quick-exit')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/quick-exit')]),
};
