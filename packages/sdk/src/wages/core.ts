/**
 * Wage rules without bundled law (`@migrant-rights/sdk/wages/core`): the same calculations, given
 * a country's rules, and a loader that fetches one country's rules as its own chunk. This is what
 * the wage calculator widget uses, so a worker's phone downloads only the country they chose.
 */
export * from './types.js';
export { calculateWageClaimWith, calculateWageClaimWithRules } from './claim.js';
export { gratuityStatusWith } from './gratuity.js';
export { minimumWageStatusWith } from './minimum-wage.js';
export { validateWageClaim, MAX_MINOR, MAX_PERIOD_YEARS } from './validate.js';
export { loadWageRules, LOADABLE_WAGE_RULES } from './data/load.js';
export type { CountryWageData } from './schema.js';
