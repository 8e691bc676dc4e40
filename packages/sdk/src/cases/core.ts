/**
 * Case documentation without CSV (`@migrant-rights/sdk/cases/core`): schema, validation,
 * anonymisation, campaign summaries, JSON files and encryption, as in `@migrant-rights/sdk/cases`,
 * with the CSV and Uwazi import/export fetched on demand (`loadCasesCsv`, `loadCasesUwazi`) rather
 * than bundled. This is what the case form and case stats widgets use, so a worker's phone
 * downloads the CSV parser only when a person makes or reads a CSV file.
 */
export * from './schema.js';
export * from './partial-date.js';
export { validateCase, type CaseProblem, type CaseValidation } from './validate.js';
export { anonymiseCase, ANONYMISATION_RULES, type AnonymisationRule, type AnonymiseOptions } from './anonymise.js';
export {
  summariseCases,
  UNKNOWN_KEY,
  type CaseSummary,
  type ForcedLabourShare,
  type SummariseOptions,
  type WagesConversion,
} from './summarise.js';
export { casesToJson, casesFromJson, CASES_JSON_FORMAT, type CasesJsonFile } from './json.js';
export {
  encryptCases,
  decryptCases,
  CasesCryptoError,
  DEFAULT_PBKDF2_ITERATIONS,
  MAX_PBKDF2_ITERATIONS,
  ENCRYPTED_FORMAT,
  ENCRYPTED_VERSION,
  type CasesCryptoCode,
  type EncryptedCasesFile,
  type EncryptOptions,
} from './crypto.js';
export { caseJsonSchema } from './json-schema.js';
// Types only: `export type` is erased, so it never makes the CSV or Uwazi chunk load with this entry.
export type { CasesImport, CsvExportOptions, CsvImportOptions, RowProblem } from './csv.js';
export type { UwaziExportOptions, UwaziProperty, UwaziPropertyType } from './uwazi.js';
export { loadCasesCsv, loadCasesUwazi } from './load.js';
