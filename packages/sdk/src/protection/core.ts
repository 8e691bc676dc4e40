/**
 * Social protection without bundled country data (`@migrant-rights/sdk/protection/core`): the same
 * coverage rules, given the data, and loaders that fetch one country at a time as its own chunk.
 * The social-protection widget uses this, so a worker's phone downloads only the countries chosen.
 */
export * from './schema.js';
export { bestLevel, compareLevels, gapKind, isGapLevel } from './levels.js';
export type { GapKind } from './levels.js';
export { coverageWith, compareDestinationsWith } from './coverage.js';
export type {
  AgreementMatch,
  AgreementMatchKind,
  BranchCoverage,
  CoverageItem,
  CoverageMatrix,
  CoverageQuery,
  DestinationComparison,
  ExtraCoverage,
  FactProvenance,
  Gap,
  SchemeRef,
  SideCoverage,
} from './coverage.js';
export { formatConditionParams, formatIsoPart } from './format.js';
export { AGREEMENTS, PROTECTION_COUNTRIES, loadCountryProtection, loadProtectionData } from './data/load.js';
export { ENCODED_ON } from './data/common.js';
