/**
 * Coverage answered from the protection data of every country, bundled with the SDK. Pages that
 * should download only the countries a worker chose use `@migrant-rights/sdk/protection/core`
 * with `loadProtectionData` instead.
 */
import { compareDestinationsWith, coverageWith, type CoverageMatrix, type CoverageQuery, type DestinationComparison } from './coverage.js';
import { PROTECTION_DATA } from './data/index.js';
import type { ProtectionData } from './schema.js';

/** Returns the protection matrix. Never throws: bad input comes back as `problems`. */
export function coverageFor(query: CoverageQuery, data: ProtectionData = PROTECTION_DATA): CoverageMatrix {
  return coverageWith(query, data);
}

/** Side by side: the same worker and date in two or more destinations. */
export function compareDestinations(destinations: readonly string[], query: Omit<CoverageQuery, 'destination'>, data: ProtectionData = PROTECTION_DATA): DestinationComparison {
  return compareDestinationsWith(destinations, query, data);
}
