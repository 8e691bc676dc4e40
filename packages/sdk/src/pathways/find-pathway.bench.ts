/**
 * Throughput of findPathway (the ordered complaint steps for destination, kind of work and
 * problem, with origin-country support) and of filingDeadline, the work behind each answer in
 * <mr-complaint-pathway>. Inputs follow find-pathway.test.ts and deadline.test.ts.
 * Run: cd packages/sdk && npx vitest bench --run src/pathways
 */
import { bench, describe, expect } from 'vitest';
import { DESTINATIONS } from '../geo/index.js';
import { filingDeadline, findPathway, PROBLEMS, WORKER_CATEGORIES, type FindPathwayInput } from './index.js';

const qatar: FindPathwayInput = { destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'unpaid-wages' };
const saudiDomestic: FindPathwayInput = { destination: 'SA', origin: 'PH', workerCategory: 'domestic', problem: 'unpaid-wages' };
const uaeOnDate: FindPathwayInput = { destination: 'AE', workerCategory: 'general', problem: 'underpayment', on: '2024-08-30' };
const uaeDeadline = { destination: 'AE', workerCategory: 'general', problem: 'unpaid-wages', incidentOn: '2024-05-01', employmentEndedOn: '2024-06-30', today: '2024-12-01' } as const;

// Check once, outside the timed loops.
expect(findPathway(qatar).status).toBe('found');
expect(findPathway(saudiDomestic)).toMatchObject({ status: 'found', originSupport: { forProblem: ['nlrc', 'sena'] } });
expect(findPathway(uaeOnDate).status).toBe('found');
expect(filingDeadline(uaeDeadline)).toMatchObject({ status: 'deadline' });
const everyQuery = DESTINATIONS.flatMap((destination) => WORKER_CATEGORIES.flatMap((workerCategory) => PROBLEMS.map((problem) => ({ destination, workerCategory, problem }))));

describe('findPathway', () => {
  bench('Qatar, unpaid wages, with Nepal’s support bodies', () => {
    if (findPathway(qatar).status !== 'found') throw new Error('not found');
  });
  bench('Saudi Arabia domestic, unpaid wages, with the Philippines’ support bodies', () => {
    if (findPathway(saudiDomestic).status !== 'found') throw new Error('not found');
  });
  bench('UAE, underpayment, as in force on 2024-08-30', () => {
    if (findPathway(uaeOnDate).status !== 'found') throw new Error('not found');
  });
  bench(`every destination × kind of work × problem (${everyQuery.length} queries)`, () => {
    for (const q of everyQuery) if (findPathway(q).status === 'invalid') throw new Error('invalid');
  });
});

describe('filingDeadline', () => {
  bench('UAE, unpaid wages, job ended before Decree-Law 9/2024', () => {
    if (filingDeadline(uaeDeadline).status !== 'deadline') throw new Error('no deadline');
  });
});
