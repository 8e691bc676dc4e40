import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import protection from '@migrant-rights/sdk/locales/en/protection';
import widget from '@migrant-rights/sdk/locales/en/social-protection';

/** English ships in the bundle; other locales are split out and loaded when a page asks for them. */
export const english = [widget, protection, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/social-protection'), import('@migrant-rights/sdk/locales/ar/protection'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/social-protection'), import('@migrant-rights/sdk/locales/ne/protection'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/social-protection'), import('@migrant-rights/sdk/locales/bn/protection'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/social-protection'), import('@migrant-rights/sdk/locales/hi/protection'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/social-protection'), import('@migrant-rights/sdk/locales/id/protection'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/social-protection'), import('@migrant-rights/sdk/locales/fil/protection'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
