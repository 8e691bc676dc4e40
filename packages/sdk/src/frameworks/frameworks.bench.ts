/**
 * Throughput of frameworksFor (a country's processes, roles, conventions and GCM review moments
 * on a date), membersOn and instrumentsOn, the work behind each answer in <mr-frameworks-explorer>.
 * Inputs follow frameworks.test.ts.
 * Run: cd packages/sdk && npx vitest bench --run src/frameworks
 */
import { bench, describe, expect } from 'vitest';
import { frameworksFor, instrumentsOn, membersOn, TOPICS } from './index.js';

const ON = '2025-01-01';

// Check once, outside the timed loops.
for (const country of ['NP', 'QA', 'MY']) expect(frameworksFor(country, ON).ok).toBe(true);
expect(membersOn('asean', '2025-10-26')).toHaveLength(11);
for (const topic of TOPICS) expect(instrumentsOn(topic).ok).toBe(true);

describe('frameworksFor', () => {
  bench('Nepal (origin) on 2025-01-01', () => {
    if (!frameworksFor('NP', ON).ok) throw new Error('refused');
  });
  bench('Qatar (destination) on 2025-01-01', () => {
    if (!frameworksFor('QA', ON).ok) throw new Error('refused');
  });
  bench('Malaysia (ASEAN member) on 2025-01-01', () => {
    if (!frameworksFor('MY', ON).ok) throw new Error('refused');
  });
});

describe('membersOn and instrumentsOn', () => {
  bench('Colombo Process members on 2025-01-01, certain only', () => {
    membersOn('colombo-process', ON, { certainOnly: true });
  });
  bench(`instruments for each of the ${TOPICS.length} topics`, () => {
    for (const topic of TOPICS) if (!instrumentsOn(topic).ok) throw new Error('refused');
  });
});
