import { describe, expect, it } from 'vitest';
import { minimumWage, minimumWageStatus } from './index.js';

const m = (currency: string, minor: number) => ({ currency, minor });

describe('minimumWage: worked examples from the law', () => {
  it('Qatar: QAR 1,000 basic + 500 housing + 300 food from 2021-03-20, for domestic workers too', () => {
    // Law 17/2020: 1,000 + 500 + 300 = QAR 1,800 in cash when neither housing nor food is provided.
    const rule = minimumWage({ country: 'QA', on: '2021-03-20', workerCategory: 'domestic' })!;
    expect(rule.monthly).toEqual(m('QAR', 100_000));
    expect(rule.components).toEqual({ basic: m('QAR', 100_000), housing: m('QAR', 50_000), food: m('QAR', 30_000) });
    expect(rule.appliesBy).toBe('calendar');
    expect(rule.verification).toBe('secondary');
    expect(rule.sources.length).toBeGreaterThan(0);
    // The day before the law came into force we hold no rule: not covered, never guessed.
    expect(minimumWageStatus({ country: 'QA', on: '2021-03-19' })).toMatchObject({ status: 'not-covered', reason: { code: 'wages.minimum.notCovered' } });
  });

  it('Hong Kong helpers: the MAW follows the contract signing date (2025-09-29 → HK$4,990; 2025-09-30 → HK$5,100)', () => {
    const before = minimumWage({ country: 'HK', on: '2025-12-01', workerCategory: 'domestic', contractSignedOn: '2025-09-29' })!;
    const after = minimumWage({ country: 'HK', on: '2025-12-01', workerCategory: 'domestic', contractSignedOn: '2025-09-30' })!;
    expect(before.monthly).toEqual(m('HKD', 499_000));
    expect(after.monthly).toEqual(m('HKD', 510_000));
    // The food allowance (if free food is not given) is HK$1,236 in both.
    expect(before.components?.food).toEqual(m('HKD', 123_600));
    expect(after.components?.food).toEqual(m('HKD', 123_600));
    expect(after.appliesBy).toBe('contract-signing-date');
    // Without a signing date the query reads `on` as the signing date.
    expect(minimumWage({ country: 'HK', on: '2024-09-28', workerCategory: 'domestic' })!.monthly).toEqual(m('HKD', 499_000));
  });

  it('Hong Kong, other workers: the statutory minimum is hourly, so no monthly figure is given (HK$42.1 from 2025-05-01)', () => {
    const status = minimumWageStatus({ country: 'HK', on: '2025-06-01' });
    expect(status).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.hourlyOnly', params: { hourly: '42.10', currency: 'HKD', since: '2025-05-01' } } });
    expect(minimumWage({ country: 'HK', on: '2025-06-01' })).toBeUndefined();
  });

  it('Malaysia: RM1,700 by employer size until 2025-08-01, then for all', () => {
    const july = { country: 'MY', on: '2025-07-31' } as const;
    expect(minimumWage({ ...july, employerSize: '5-or-more' })).toMatchObject({ monthly: m('MYR', 170_000), appliesBy: 'employer-size', verification: 'secondary' });
    // Small employers were deferred; the previous RM1,500 is only unverified.
    expect(minimumWage({ ...july, employerSize: 'under-5' })).toMatchObject({ monthly: m('MYR', 150_000), verification: 'unverified' });
    expect(minimumWageStatus(july)).toMatchObject({ status: 'not-covered', reason: { code: 'wages.minimum.employerSizeNeeded' } });
    expect(minimumWage({ country: 'MY', on: '2025-08-01', employerSize: 'under-5' })).toMatchObject({ monthly: m('MYR', 170_000), appliesBy: 'calendar' });
    expect(minimumWage({ country: 'MY', on: '2025-08-01' })!.monthly).toEqual(m('MYR', 170_000));
  });

  it('Malaysia and Singapore: domestic workers are excluded', () => {
    expect(minimumWageStatus({ country: 'MY', on: '2025-08-01', workerCategory: 'domestic' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.domesticExcluded' }, verification: 'secondary' });
    expect(minimumWageStatus({ country: 'SG', on: '2025-08-01', workerCategory: 'domestic' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.domesticExcluded' } });
    expect(minimumWageStatus({ country: 'SG', on: '2025-08-01' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.noGeneralMinimum' }, verification: 'unverified' });
  });

  it('Kuwait: KD 75 for new or renewed contracts from 2017-06-05; KD 60 for domestic workers', () => {
    expect(minimumWage({ country: 'KW', on: '2024-01-01', contractSignedOn: '2018-03-01' })).toMatchObject({ monthly: m('KWD', 75_000), appliesBy: 'new-or-renewed-contract' });
    // A contract signed before the decision and not renewed: we hold no rule.
    expect(minimumWageStatus({ country: 'KW', on: '2024-01-01', contractSignedOn: '2016-03-01' }).status).toBe('not-covered');
    expect(minimumWage({ country: 'KW', on: '2024-01-01', workerCategory: 'domestic' })!.monthly).toEqual(m('KWD', 60_000));
  });

  it('UAE, Saudi Arabia, Bahrain: none set, with the reason and how well it is verified', () => {
    expect(minimumWageStatus({ country: 'AE', on: '2024-01-01' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.notSet' }, verification: 'unverified' });
    expect(minimumWageStatus({ country: 'SA', on: '2024-01-01' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.nonNationals' }, verification: 'unverified' });
    expect(minimumWageStatus({ country: 'BH', on: '2024-01-01' })).toMatchObject({ status: 'none', reason: { code: 'wages.minimum.none.expatriates' } });
  });

  it('Oman, domestic workers in the UAE and unknown countries: not covered', () => {
    expect(minimumWageStatus({ country: 'OM', on: '2024-01-01' }).status).toBe('not-covered');
    expect(minimumWageStatus({ country: 'AE', on: '2024-01-01', workerCategory: 'domestic' }).status).toBe('not-covered');
    expect(minimumWageStatus({ country: 'TW', on: '2024-01-01' })).toEqual({ status: 'not-covered', reason: { code: 'error.countryNotCovered', params: { country: 'TW' } } });
  });

  it('never throws on a bad query', () => {
    expect(minimumWageStatus({ country: 'QA', on: '2023-02-29' })).toEqual({ status: 'not-covered', reason: { code: 'error.date', params: { field: 'on' } } });
    expect(minimumWageStatus({ country: 'HK', on: '2024-01-01', contractSignedOn: 'soon' }).status).toBe('not-covered');
    expect(minimumWageStatus(null as never).status).toBe('not-covered');
  });
});
