import type { CatalogueLoaders } from '../../internal/localize.js';
import ui from '@migrant-rights/sdk/locales/en/ui';
import cases from '@migrant-rights/sdk/locales/en/cases';
import caseForm from '@migrant-rights/sdk/locales/en/case-form';

/** English ships in the bundle; other locales are split out and loaded when a page asks for them. */
export const english = [caseForm, cases, ui];

export const catalogues: CatalogueLoaders = {
  ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/case-form'), import('@migrant-rights/sdk/locales/ar/cases'), import('@migrant-rights/sdk/locales/ar/ui')]),
  ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/case-form'), import('@migrant-rights/sdk/locales/ne/cases'), import('@migrant-rights/sdk/locales/ne/ui')]),
  bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/case-form'), import('@migrant-rights/sdk/locales/bn/cases'), import('@migrant-rights/sdk/locales/bn/ui')]),
  hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/case-form'), import('@migrant-rights/sdk/locales/hi/cases'), import('@migrant-rights/sdk/locales/hi/ui')]),
  id: () => Promise.all([import('@migrant-rights/sdk/locales/id/case-form'), import('@migrant-rights/sdk/locales/id/cases'), import('@migrant-rights/sdk/locales/id/ui')]),
  fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/case-form'), import('@migrant-rights/sdk/locales/fil/cases'), import('@migrant-rights/sdk/locales/fil/ui')]),
};
