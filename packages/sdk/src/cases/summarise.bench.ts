/**
 * summariseCases over 1,000,000 realistic cases must stay under a second on a 2-core machine.
 * Run: cd packages/sdk && npx vitest bench --run src/cases
 */
import { bench, describe, expect } from 'vitest';
import { summariseCases } from './summarise.js';
import { generateCases } from './test/fixtures.js';

const MILLION = 1_000_000;
const cases = generateCases(MILLION, 2024);
const rates = [
  // Illustrative user-typed rates, not market data.
  { from: 'AED', to: 'USD', rate: '0.2723' },
  { from: 'SAR', to: 'USD', rate: '0.2666' },
  { from: 'QAR', to: 'USD', rate: '0.2747' },
];

describe('summariseCases', () => {
  bench(
    '1,000,000 cases, with conversion to USD',
    () => {
      const s = summariseCases(cases, { to: 'USD', exchangeRates: rates });
      expect(s.cases).toBe(MILLION);
    },
    { iterations: 10, warmupIterations: 2, time: 0 },
  );
});
