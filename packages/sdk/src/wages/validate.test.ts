import { describe, expect, it } from 'vitest';
import common from '../locales/en/common.js';
import { calculateWageClaim, type InputProblem, type WageClaimInput } from './index.js';

const q = (minor: number) => ({ currency: 'QAR', minor });
const valid: WageClaimInput = {
  country: 'QA',
  employment: { start: '2024-01-01', end: '2024-01-31' },
  contract: { basicMonthly: q(150_000) },
  paid: q(150_000),
};

function problems(input: unknown): InputProblem[] {
  const outcome = calculateWageClaim(input as WageClaimInput);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.problems;
}
const withEmployment = (e: Partial<WageClaimInput['employment']>) => ({ ...valid, employment: { ...valid.employment, ...e } });

describe('calculateWageClaim validates its input before calculating', () => {
  it('accepts a valid input', () => {
    expect(calculateWageClaim(valid).ok).toBe(true);
  });

  it.each<[string, unknown, InputProblem]>([
    ['a missing amount', { ...valid, paid: undefined }, { field: 'paid', code: 'error.required' }],
    ['a missing date', withEmployment({ start: '' }), { field: 'employment.start', code: 'error.required' }],
    ['a date that does not exist', withEmployment({ end: '2023-02-29' }), { field: 'employment.end', code: 'error.date' }],
    ['an impossible signing date', withEmployment({ contractSignedOn: '2024-13-01' }), { field: 'employment.contractSignedOn', code: 'error.date' }],
    ['an end before the start', withEmployment({ start: '2024-02-01', end: '2024-01-31' }), { field: 'employment.end', code: 'error.endBeforeStart' }],
    ['a period of 60 years or more', withEmployment({ start: '1960-01-01', end: '2024-01-31' }), { field: 'employment.end', code: 'error.periodTooLong', params: { years: 60 } }],
    ['a negative amount', { ...valid, paid: q(-1) }, { field: 'paid', code: 'error.negative' }],
    ['a fractional minor amount', { ...valid, contract: { basicMonthly: q(1.5) } }, { field: 'contract.basicMonthly', code: 'error.invalid' }],
    ['NaN', { ...valid, paid: q(Number.NaN) }, { field: 'paid', code: 'error.invalid' }],
    ['an absurdly large amount', { ...valid, paid: q(1e12) }, { field: 'paid', code: 'error.tooBig', params: { maximum: '1000000000.00' } }],
    ['another currency', { ...valid, paid: { currency: 'USD', minor: 100 } }, { field: 'paid', code: 'error.currencyMismatch', params: { expected: 'QAR', got: 'USD' } }],
    ['more overtime than hours in the period', { ...valid, overtimeHours: { ordinary: 500, night: 300 } }, { field: 'overtimeHours.ordinary', code: 'error.hoursImpossible', params: { maximum: 31 * 24 } }],
    ['negative hours', { ...valid, overtimeHours: { night: -2 } }, { field: 'overtimeHours.night', code: 'error.negative' }],
    ['a country we do not cover', { ...valid, country: 'TW' }, { field: 'country', code: 'error.countryNotCovered', params: { country: 'TW' } }],
    ['no country', { ...valid, country: undefined }, { field: 'country', code: 'error.required' }],
    ['an unknown deduction kind', { ...valid, deductions: [{ month: '2024-01', amount: q(100), kind: 'visa' }] }, { field: 'deductions.0.kind', code: 'error.choice' }],
    ['a malformed month', { ...valid, deductions: [{ month: '2024-13', amount: q(100), kind: 'loan' }] }, { field: 'deductions.0.month', code: 'error.format' }],
    ['a deduction outside the period', { ...valid, deductions: [{ month: '2023-12', amount: q(100), kind: 'loan' }] }, { field: 'deductions.0.month', code: 'error.outsidePeriod', params: { from: '2024-01', to: '2024-01' } }],
    ['an unknown worker category', { ...valid, workerCategory: 'miner' }, { field: 'workerCategory', code: 'error.choice' }],
  ])('reports %s', (_, input, expected) => {
    expect(problems(input)).toContainEqual(expected);
  });

  it('reports garbage without throwing', () => {
    for (const input of [null, undefined, 42, 'QA', [], {}, { country: 'QA' }, { ...valid, employment: null }, { ...valid, overtimeHours: { ordinary: Infinity } }]) {
      expect(problems(input).length).toBeGreaterThan(0);
    }
  });

  it('every error code it can emit has an English message', () => {
    const emitted = ['error.required', 'error.invalid', 'error.date', 'error.endBeforeStart', 'error.periodTooLong', 'error.negative', 'error.tooBig', 'error.currencyMismatch', 'error.hoursImpossible', 'error.countryNotCovered', 'error.choice', 'error.format', 'error.outsidePeriod', 'error.tooSmall'];
    for (const code of emitted) expect(common, code).toHaveProperty([code]);
  });
});
