/**
 * What the calculator needs only once a country is chosen: the SDK's wage rules (with the loader of
 * each country's law) and the wording of their answers in every locale. Fetched then, as one chunk
 * the same for every worker, so the first screen is the questions alone and tells nobody anything.
 */
import type { CataloguePart } from '../../internal/localize.js';
import wages from '@migrant-rights/sdk/locales/en/wages';

export { calculateWageClaimWithRules, loadWageRules } from '@migrant-rights/sdk/wages/core';

export const words: CataloguePart = {
  english: [wages],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/wages')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/wages')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/wages')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/wages')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/wages')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/wages')]),
  },
};
