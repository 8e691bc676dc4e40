/** Case documentation: schema, validation, anonymisation, campaign summaries, import/export, encryption. */
export * from './core.js';
// CSV and Uwazi bundled (with papaparse), for servers and scripts; `cases/core` fetches them on demand.
export { casesToCsv, casesFromCsv, CASE_CSV_COLUMNS, CSV_LIST_SEPARATOR } from './csv.js';
export { casesToUwaziCsv, wagesLostColumn, UWAZI_TEMPLATE } from './uwazi.js';
