/** Case documentation: schema, validation, anonymisation, campaign summaries, import/export, encryption. */
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
export {
  casesToCsv,
  casesFromCsv,
  CASE_CSV_COLUMNS,
  CSV_LIST_SEPARATOR,
  type CasesImport,
  type CsvExportOptions,
  type CsvImportOptions,
  type RowProblem,
} from './csv.js';
export { casesToJson, casesFromJson, CASES_JSON_FORMAT, type CasesJsonFile } from './json.js';
export { casesToUwaziCsv, wagesLostColumn, UWAZI_TEMPLATE, type UwaziExportOptions, type UwaziProperty, type UwaziPropertyType } from './uwazi.js';
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
export { loadCasesCsv, loadCasesUwazi } from './load.js';
