import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import widget from '@migrant-rights/sdk/locales/en/social-protection';

/**
 * The first screen's words. English ships in the bundle; other locales are split out and loaded
 * when a page asks for them. The protection rules' wording comes later, with the rules (`engine.ts`).
 */
export const english = [widget, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/social-protection'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/social-protection'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/social-protection'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/social-protection'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/social-protection'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/social-protection'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
