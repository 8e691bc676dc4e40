/**
 * What the form needs only once a person uses it: the parts after consent (`parts.ts`) and their
 * wording in every locale; the SDK's case schema and `validateCase` (behind `checkForm`), new case
 * ids, anonymisation, JSON and encrypted files, the CSV writer's loader; and the encryption that
 * `draft-store.ts` is handed to keep drafts on this device (until then, the first screen can only
 * look whether drafts exist, or delete them). Fetched on the person's first interaction with the
 * form (never at first render), as one chunk the same for every user; the CSV writer stays a chunk
 * of its own, for CSV files.
 */
import type { CataloguePart } from '../../internal/localize.js';
import caseFormParts from '@migrant-rights/sdk/locales/en/case-form-parts';

export { CasesCryptoError, anonymiseCase, casesToJson, decryptCases, encryptCases, loadCasesCsv, newCaseId } from '@migrant-rights/sdk/cases/core';
export { checkForm, fromCase } from './form-check.js';
export { renderPart, renderSectionList } from './parts.js';
export { handoffDetail } from './parts-model.js';

/** The wording of the parts after consent, in every locale (the first screen's is `case-form.locales.ts`). */
export const words: CataloguePart = {
  english: [caseFormParts],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/case-form-parts')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/case-form-parts')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/case-form-parts')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/case-form-parts')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/case-form-parts')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/case-form-parts')]),
  },
};
