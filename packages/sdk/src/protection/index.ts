/**
 * Social protection for migrant workers: the nine ILO C102 branches in destination and origin
 * countries, effective-dated and sourced, with the gaps ("not covered" is the finding).
 */
export * from './core.js';
export { coverageFor, compareDestinations } from './bundled.js';
export { DESTINATION_PROTECTION, ORIGIN_PROTECTION, PROTECTION_DATA } from './data/index.js';
export type { ProtectionData } from './schema.js';
