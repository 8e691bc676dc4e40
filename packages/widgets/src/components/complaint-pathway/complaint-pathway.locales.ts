import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import common from '@migrant-rights/sdk/locales/en/common';
import pathway from '@migrant-rights/sdk/locales/en/complaint-pathway';

/**
 * The first screen's words. English ships in the bundle; other locales are split out and loaded
 * when a page asks for them. The pathways module's wording (kinds of work, problems, the route)
 * comes later, with the law (`engine.ts`).
 */
export const english = [pathway, common, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/complaint-pathway'), import('@migrant-rights/sdk/locales/ar/common'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/complaint-pathway'), import('@migrant-rights/sdk/locales/ne/common'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/complaint-pathway'), import('@migrant-rights/sdk/locales/bn/common'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/complaint-pathway'), import('@migrant-rights/sdk/locales/hi/common'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/complaint-pathway'), import('@migrant-rights/sdk/locales/id/common'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/complaint-pathway'), import('@migrant-rights/sdk/locales/fil/common'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
