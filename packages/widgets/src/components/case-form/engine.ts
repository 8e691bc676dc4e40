/**
 * What the form needs only once a person uses it: the SDK's case schema and `validateCase` (behind
 * `checkForm`), new case ids, anonymisation, JSON and encrypted files, the CSV writer's loader, and
 * the encryption that `draft-store.ts` is handed to keep drafts on this device (until then, the first
 * screen can only look whether drafts exist, or delete them). Fetched on the person's first
 * interaction with the form (never at first render), as one chunk the same for every user; the CSV
 * writer stays a chunk of its own, for CSV files.
 */
export { CasesCryptoError, anonymiseCase, casesToJson, decryptCases, encryptCases, loadCasesCsv, newCaseId } from '@migrant-rights/sdk/cases/core';
export { checkForm, fromCase } from './form-check.js';
