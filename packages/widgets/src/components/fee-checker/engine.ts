/**
 * What the fee checker needs only once a corridor is chosen: the SDK's fee law for every corridor
 * with its assessment, the wording of its answers in every locale, the result view (with its
 * printable summary and actions), and the optional forced-labour questions offered after a result.
 * Fetched then, as one chunk the same for every worker (never one per corridor, never on opening
 * the forced-labour questions), so the first screen is the questions alone and fetching this tells
 * the host of our files nothing about the person's answers.
 */
import type { CataloguePart } from '../../internal/localize.js';
import fees from '@migrant-rights/sdk/locales/en/fees';
import result from '@migrant-rights/sdk/locales/en/fee-checker-result';

export { assessRecruitmentFees } from '@migrant-rights/sdk/fees';
export { MrForcedLabourScreen } from '../forced-labour-screen/forced-labour-screen.js';
export { renderResult } from './result-view.js';

export const words: CataloguePart = {
  english: [result, fees],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/fee-checker-result'), import('@migrant-rights/sdk/locales/ar/fees')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/fee-checker-result'), import('@migrant-rights/sdk/locales/ne/fees')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/fee-checker-result'), import('@migrant-rights/sdk/locales/bn/fees')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/fee-checker-result'), import('@migrant-rights/sdk/locales/hi/fees')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/fee-checker-result'), import('@migrant-rights/sdk/locales/id/fees')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/fee-checker-result'), import('@migrant-rights/sdk/locales/fil/fees')]),
  },
};
