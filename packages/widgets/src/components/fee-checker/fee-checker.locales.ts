import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import fees from '@migrant-rights/sdk/locales/en/fees';
import common from '@migrant-rights/sdk/locales/en/common';
import checker from '@migrant-rights/sdk/locales/en/fee-checker';

/** English ships in the bundle; other locales are split out and loaded when a page asks for them. */
export const english = [checker, fees, common, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/fee-checker'), import('@migrant-rights/sdk/locales/ar/fees'), import('@migrant-rights/sdk/locales/ar/common'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/fee-checker'), import('@migrant-rights/sdk/locales/ne/fees'), import('@migrant-rights/sdk/locales/ne/common'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/fee-checker'), import('@migrant-rights/sdk/locales/bn/fees'), import('@migrant-rights/sdk/locales/bn/common'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/fee-checker'), import('@migrant-rights/sdk/locales/hi/fees'), import('@migrant-rights/sdk/locales/hi/common'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/fee-checker'), import('@migrant-rights/sdk/locales/id/fees'), import('@migrant-rights/sdk/locales/id/common'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/fee-checker'), import('@migrant-rights/sdk/locales/fil/fees'), import('@migrant-rights/sdk/locales/fil/common'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
