/**
 * What the widget needs only once a country is chosen: the SDK's protection rules (with the loader of
 * each country's data) and the wording of their answers in every locale. Fetched then, as one chunk
 * the same for every worker, so the first screen is the questions alone and tells nobody anything.
 */
import type { CataloguePart } from '../../internal/localize.js';
import protection from '@migrant-rights/sdk/locales/en/protection';

export { AGREEMENTS, compareDestinationsWith, coverageWith, formatConditionParams, loadCountryProtection, PROTECTION_COUNTRIES } from '@migrant-rights/sdk/protection/core';

export const words: CataloguePart = {
  english: [protection],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/protection')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/protection')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/protection')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/protection')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/protection')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/protection')]),
  },
};
