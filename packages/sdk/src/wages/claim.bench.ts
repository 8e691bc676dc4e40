/**
 * Throughput of a whole wage claim (validation + every line of the claim), the work behind each
 * "Calculate" in <mr-wage-calculator>, and of validation alone on input a person got wrong.
 * Inputs follow the worked examples in claim.test.ts and validate.test.ts.
 * Run: cd packages/sdk && npx vitest bench --run src/wages
 */
import { bench, describe, expect } from 'vitest';
import { calculateWageClaim, validateWageClaim, type WageClaimInput } from './index.js';

const m = (currency: string, minor: number) => ({ currency, minor });
const qar = (major: number) => m('QAR', major * 100);
const hkd = (major: number) => m('HKD', major * 100);

/**
 * Qatar, 11½ months, employment ended by termination: basic 900 + housing 200 with food provided
 * (under the minimum), ordinary, night and rest-day overtime, and deductions in four months.
 */
const qatar: WageClaimInput = {
  country: 'QA',
  employment: { start: '2024-01-15', end: '2024-12-31', ended: true, ending: 'termination' },
  contract: { basicMonthly: qar(900), allowances: { housing: qar(200) }, foodProvided: true },
  overtimeHours: { ordinary: 120, night: 40, restDay: 16 },
  paid: qar(9 * 1100),
  deductions: [
    { month: '2024-02', amount: qar(300), kind: 'recruitment-cost' },
    { month: '2024-03', amount: qar(150), kind: 'disciplinary' },
    { month: '2024-05', amount: qar(400), kind: 'loan' },
    { month: '2024-08', amount: qar(250), kind: 'accommodation' },
  ],
};

/**
 * Hong Kong foreign domestic helper, contract signed 2025-09-30 (MAW 5,100 and food 1,236 apply),
 * paid 4,990 + food 1,200, 20 hours of overtime and an accommodation deduction.
 */
const hongKong: WageClaimInput = {
  country: 'HK',
  workerCategory: 'domestic',
  employment: { start: '2025-10-01', end: '2025-12-31', contractSignedOn: '2025-09-30' },
  contract: { basicMonthly: hkd(4990), allowances: { food: hkd(1200) } },
  overtimeHours: { ordinary: 20 },
  paid: hkd(3 * 6190 - 500),
  deductions: [{ month: '2025-11', amount: hkd(500), kind: 'accommodation' }],
};

/** A form with nine wrong but well-formed fields (as in validate.test.ts): passes the schema, then nine problems. */
const wrong = {
  country: 'QA',
  employment: { start: '2024-01-01', end: '2024-01-31', contractSignedOn: '2024-13-01' },
  contract: { basicMonthly: m('QAR', 1.5), allowances: { housing: m('USD', 100), food: m('QAR', -5) } },
  overtimeHours: { ordinary: 500, night: 300, restDay: -2 },
  paid: m('QAR', 1e12),
  deductions: [
    { month: '2023-12', amount: m('QAR', 100), kind: 'loan' },
    { month: '2024-01', amount: m('SAR', 100), kind: 'loan' },
  ],
} as unknown as WageClaimInput;

/** Malformed input (unknown choices, a month that is not YYYY-MM): refused by the schema before the other rules. */
const malformed = {
  ...wrong,
  workerCategory: 'miner',
  deductions: [
    { month: '2024-13', amount: m('QAR', 100), kind: 'loan' },
    { month: '2024-01', amount: m('QAR', 100), kind: 'visa' },
  ],
} as unknown as WageClaimInput;

// Check once, outside the timed loops, that each input does what its name says.
for (const input of [qatar, hongKong]) {
  const outcome = calculateWageClaim(input);
  if (!outcome.ok) throw new Error(`bench input refused: ${JSON.stringify(outcome.problems)}`);
  expect(outcome.claim.total.minor).toBeGreaterThan(0);
}
const problems = (input: WageClaimInput) => {
  const checked = validateWageClaim(input);
  return checked.ok ? [] : checked.problems;
};
expect(problems(wrong)).toHaveLength(9);
expect(problems(malformed).map((p) => p.code)).toEqual(['error.choice', 'error.format', 'error.choice']);

describe('calculateWageClaim', () => {
  bench('Qatar, 11½ months, overtime, deductions, gratuity', () => {
    if (!calculateWageClaim(qatar).ok) throw new Error('refused');
  });
  bench('Hong Kong domestic helper, 3 months, overtime, deduction', () => {
    if (!calculateWageClaim(hongKong).ok) throw new Error('refused');
  });
});

describe('validateWageClaim', () => {
  bench('valid Qatar claim', () => {
    if (!validateWageClaim(qatar).ok) throw new Error('refused');
  });
  bench('nine wrong fields', () => {
    if (validateWageClaim(wrong).ok) throw new Error('accepted');
  });
  bench('malformed input, refused by the schema', () => {
    if (validateWageClaim(malformed).ok) throw new Error('accepted');
  });
});
