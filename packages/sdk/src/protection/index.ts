/**
 * Social protection for migrant workers: the nine ILO C102 branches in destination and origin
 * countries, effective-dated and sourced, with the gaps ("not covered" is the finding).
 */
export * from './schema.js';
export { bestLevel, compareLevels, gapKind, isGapLevel } from './levels.js';
export type { GapKind } from './levels.js';
export { coverageFor, compareDestinations } from './coverage.js';
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
export { AGREEMENTS, DESTINATION_PROTECTION, ENCODED_ON, ORIGIN_PROTECTION, PROTECTION_DATA } from './data/index.js';
export type { ProtectionData } from './data/index.js';
