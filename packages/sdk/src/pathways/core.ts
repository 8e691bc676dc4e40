/**
 * Complaint pathways without bundled data (`@migrant-rights/sdk/pathways/core`): the same rules,
 * given the countries' data, and loaders that fetch one country's data as its own chunk. This is
 * what the complaint pathway widget uses, so a worker's phone downloads only the countries they
 * chose. Nothing reachable from here may import `./data/index.js` or a country file statically.
 */
export * from './schema.js';
export { codes, describePeriod, type PeriodWords } from './codes.js';
export { findPathwayWith, pathwayIn, validateQuery, type FindPathwayInput, type FindPathwayResult, type OriginSupportView } from './find-pathway.js';
export {
  applyDeadlineRules,
  filingDeadlineWith,
  originFilingDeadlineWith,
  validateDates,
  type DeadlineBasis,
  type DeadlineDates,
  type FilingDeadlineInput,
  type FilingDeadlineResult,
  type OriginDeadlineInput,
} from './deadline.js';
export { limitsInForce, type LimitDates, type LimitsResult } from './limits.js';
export { pathwayDataOf, type PathwayDataLookup } from './lookup.js';
export { loadDestinationData, loadOriginData, LOADABLE_DESTINATIONS, LOADABLE_ORIGINS } from './data/load.js';
