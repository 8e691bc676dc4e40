/**
 * What the widget needs only once there are cases to read or count: the SDK's case reading and
 * summaries, the forced-labour indicators' source, and the cases' wording in every locale. Fetched
 * then, as one chunk the same for every user; the CSV reader stays a chunk of its own, for CSV files.
 */
import type { CataloguePart } from '../../internal/localize.js';
import cases from '@migrant-rights/sdk/locales/en/cases';

export { CasesCryptoError, ENCRYPTED_FORMAT, UNKNOWN_KEY, VIOLATION_TYPES, casesFromJson, decryptCases, loadCasesCsv, summariseCases } from '@migrant-rights/sdk/cases/core';
export { FORCED_LABOUR_INDICATORS } from '@migrant-rights/sdk/fees/core';

export const words: CataloguePart = {
  english: [cases],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/cases')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/cases')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/cases')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/cases')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/cases')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/cases')]),
  },
};
