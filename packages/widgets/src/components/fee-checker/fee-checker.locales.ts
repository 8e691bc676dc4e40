import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import choices from '@migrant-rights/sdk/locales/en/fee-choices';
import common from '@migrant-rights/sdk/locales/en/common';
import checker from '@migrant-rights/sdk/locales/en/fee-checker';

/**
 * The first screen's words: the questions and the choices they offer. English ships in the bundle;
 * other locales are split out and loaded when a page asks for them. The law's wording comes later,
 * with the rules (`engine.ts`).
 */
export const english = [checker, choices, common, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/fee-checker'), import('@migrant-rights/sdk/locales/ar/fee-choices'), import('@migrant-rights/sdk/locales/ar/common'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/fee-checker'), import('@migrant-rights/sdk/locales/ne/fee-choices'), import('@migrant-rights/sdk/locales/ne/common'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/fee-checker'), import('@migrant-rights/sdk/locales/bn/fee-choices'), import('@migrant-rights/sdk/locales/bn/common'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/fee-checker'), import('@migrant-rights/sdk/locales/hi/fee-choices'), import('@migrant-rights/sdk/locales/hi/common'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/fee-checker'), import('@migrant-rights/sdk/locales/id/fee-choices'), import('@migrant-rights/sdk/locales/id/common'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/fee-checker'), import('@migrant-rights/sdk/locales/fil/fee-choices'), import('@migrant-rights/sdk/locales/fil/common'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
