/**
 * The CSV and Uwazi parts of the cases module as their own chunks, fetched when a person imports
 * or exports such a file. They carry papaparse (~6 KB brotli, which does not tree-shake), so a
 * page that documents cases or shows campaign numbers downloads it only when a CSV is made or read.
 *
 * Nothing reachable from `core.ts` may import `csv.ts`, `uwazi.ts` or papaparse statically (types
 * only), or the bundler would load those chunks with the page after all.
 */

/** `casesToCsv`, `casesFromCsv` and the rest of `csv.ts`: the very functions `@migrant-rights/sdk/cases` exports. */
export function loadCasesCsv(): Promise<typeof import('./csv.js')> {
  return import('./csv.js');
}

/** `casesToUwaziCsv` and the rest of `uwazi.ts`: the very functions `@migrant-rights/sdk/cases` exports. */
export function loadCasesUwazi(): Promise<typeof import('./uwazi.js')> {
  return import('./uwazi.js');
}
