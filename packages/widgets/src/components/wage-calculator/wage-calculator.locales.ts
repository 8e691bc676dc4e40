import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import common from '@migrant-rights/sdk/locales/en/common';
import calculator from '@migrant-rights/sdk/locales/en/wage-calculator';

/**
 * The first screen's words. English ships in the bundle; other locales are split out and loaded
 * when a page asks for them. The law's wording comes later, with the rules (`engine.ts`).
 */
export const english = [calculator, common, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/wage-calculator'), import('@migrant-rights/sdk/locales/ar/common'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/wage-calculator'), import('@migrant-rights/sdk/locales/ne/common'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/wage-calculator'), import('@migrant-rights/sdk/locales/bn/common'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/wage-calculator'), import('@migrant-rights/sdk/locales/hi/common'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/wage-calculator'), import('@migrant-rights/sdk/locales/id/common'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/wage-calculator'), import('@migrant-rights/sdk/locales/fil/common'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
