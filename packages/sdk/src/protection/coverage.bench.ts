/**
 * Throughput of coverageFor (the nine ILO C102 branches in destination and origin, with gaps and
 * extras) and compareDestinations, the work behind each answer in <mr-social-protection>.
 * Inputs follow coverage.test.ts.
 * Run: cd packages/sdk && npx vitest bench --run src/protection
 */
import { bench, describe, expect } from 'vitest';
import { compareDestinations, coverageFor, DESTINATION_PROTECTION, ENCODED_ON, type CoverageQuery } from './index.js';

const nepalToMalaysia: CoverageQuery = { origin: 'NP', destination: 'MY', workerCategory: 'general', on: ENCODED_ON };
const philippinesToSingapore: CoverageQuery = { origin: 'PH', destination: 'SG', workerCategory: 'domestic', on: ENCODED_ON };
const uaeDomestic2024: CoverageQuery = { destination: 'AE', workerCategory: 'domestic', on: '2024-03-01' };
const allDestinations = Object.keys(DESTINATION_PROTECTION);

// Check once, outside the timed loops.
expect(coverageFor(nepalToMalaysia).branches).toHaveLength(9);
expect(coverageFor(philippinesToSingapore).branches).toHaveLength(9);
expect(coverageFor(uaeDomestic2024).gaps.length).toBeGreaterThan(0);
expect(compareDestinations(allDestinations, { workerCategory: 'domestic', on: ENCODED_ON }).matrices).toHaveLength(allDestinations.length);

describe('coverageFor', () => {
  bench('Nepal → Malaysia, general worker, today’s data', () => {
    coverageFor(nepalToMalaysia);
  });
  bench('Philippines → Singapore, domestic worker, today’s data', () => {
    coverageFor(philippinesToSingapore);
  });
  bench('UAE domestic worker on 2024-03-01, no origin', () => {
    coverageFor(uaeDomestic2024);
  });
});

describe('compareDestinations', () => {
  bench('Malaysia vs UAE, domestic worker', () => {
    compareDestinations(['MY', 'AE'], { workerCategory: 'domestic', on: ENCODED_ON });
  });
  bench(`all ${allDestinations.length} destinations, domestic worker`, () => {
    compareDestinations(allDestinations, { workerCategory: 'domestic', on: ENCODED_ON });
  });
});
