/**
 * Complaint pathways: where and how a migrant worker complains, by when, at what cost, with what
 * documents, what protects them meanwhile, and which bodies of their own country can help.
 *
 * - `findPathway` → the ordered steps for (destination, kind of work, problem), or `not-covered`.
 * - `filingDeadline` / `originFilingDeadline` → the last day to file, or why we cannot say.
 * - `limitsInForce` → the claim ceilings and payment caps that apply to a claim.
 * Results speak in codes (`pathways.*`, English in `locales/en/pathways`) and `LocalisedText`.
 */
export * from './schema.js';
export { codes, describePeriod, type PeriodWords } from './codes.js';
export { findPathway, pathwayFor, validateQuery, type FindPathwayInput, type FindPathwayResult, type OriginSupportView } from './find-pathway.js';
export {
  applyDeadlineRules,
  filingDeadline,
  originFilingDeadline,
  validateDates,
  type DeadlineBasis,
  type DeadlineDates,
  type FilingDeadlineInput,
  type FilingDeadlineResult,
  type OriginDeadlineInput,
} from './deadline.js';
export { limitsInForce, type LimitDates, type LimitsResult } from './limits.js';
export { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
