import { describe, expect, it } from 'vitest';
import { endOfServiceGratuity, gratuityStatus } from './index.js';

const m = (currency: string, minor: number) => ({ currency, minor });
const codes = (list: Array<{ code: string }>) => list.map((c) => c.code);

describe('endOfServiceGratuity: worked examples from the law', () => {
  it("UAE: 7 years on AED 5,000 basic = 5 × 21 + 2 × 30 = 165 days' basic = AED 27,500", () => {
    // A day's basic wage = 5,000 ÷ 30 (unverified convention); 165 × 5,000 ÷ 30 = 27,500.
    const r = endOfServiceGratuity({ country: 'AE', basicMonthlyWage: m('AED', 500_000), start: '2022-03-01', end: '2029-02-28' })!;
    expect(r.amount).toEqual(m('AED', 2_750_000));
    expect(r.breakdown.map((p) => [p.fromYear, p.toYear, p.serviceDays, p.amount.minor])).toEqual([
      [1, 5, 5 * 365, 1_750_000], // 5 × 21 = 105 days = 17,500
      [6, undefined, 2 * 365, 1_000_000], // 2 × 30 = 60 days = 10,000
    ]);
    expect(r.breakdown[0]!.rate).toEqual({ code: 'wages.gratuity.rate.days', params: { days: 21 } });
    expect(r.eligible).toBe(true);
    expect(r.verification).toBe('unverified'); // the ÷ 30 convention is unverified
  });

  it("UAE: the total is capped at two years' wages", () => {
    // 30 years on 5,000: 17,500 + 25 × 5,000 = 142,500 > cap 24 × 5,000 = 120,000.
    const r = endOfServiceGratuity({ country: 'AE', basicMonthlyWage: m('AED', 500_000), start: '2000-01-01', end: '2029-12-31' })!;
    expect(r.amount).toEqual(m('AED', 12_000_000));
    expect(r.adjustments).toContainEqual({ code: 'wages.gratuity.capped', params: { months: 24, cap: '120000.00', uncapped: '142500.00', currency: 'AED' } });
  });

  it('UAE: nothing before one year of service, and unpaid leave does not count as service', () => {
    // 2022-03-01..2023-03-05 is 1 year and 5 days: 21 × 370 ÷ 365 days × 5,000 ÷ 30 = 3,547.945… → 3,547.95.
    const base = { country: 'AE', basicMonthlyWage: m('AED', 500_000), start: '2022-03-01', end: '2023-03-05' };
    expect(endOfServiceGratuity(base)!.amount).toEqual(m('AED', 354_795));
    // 10 days of unpaid leave leave 360 days of service: under one year, so not eligible.
    const withLeave = endOfServiceGratuity({ ...base, unpaidLeaveDays: 10 })!;
    expect(withLeave).toMatchObject({ amount: m('AED', 0), eligible: false });
    expect(codes(withLeave.adjustments)).toEqual(expect.arrayContaining(['wages.gratuity.unpaidLeaveExcluded', 'wages.gratuity.belowMinimumService']));
    // Resigning no longer reduces the award in the UAE.
    expect(endOfServiceGratuity({ ...base, ending: 'resignation' })!.amount).toEqual(m('AED', 354_795));
  });

  it('Saudi Arabia: resignation after 3 years gives one third (Art. 85)', () => {
    // Art. 84: 3 × ½ month × SAR 6,000 = 9,000; Art. 85: 2–5 years on resignation → 1/3 = 3,000.
    const r = endOfServiceGratuity({ country: 'SA', basicMonthlyWage: m('SAR', 600_000), start: '2020-01-01', end: '2022-12-31', ending: 'resignation' })!;
    expect(r.amount).toEqual(m('SAR', 300_000));
    expect(r.adjustments).toContainEqual({ code: 'wages.gratuity.resignationFactor', params: { num: 1, den: 3, years: 3 } });
    // The law uses the whole wage; the caller gave the basic one, and is told so.
    expect(codes(r.adjustments)).toContain('wages.gratuity.baseIsWholeWage');
  });

  it('Saudi Arabia: 12 years on termination = 5 × ½ + 7 × 1 = 9.5 months; resignation under 2 years = nothing; after 7 years = two thirds', () => {
    const base = { country: 'SA', basicMonthlyWage: m('SAR', 600_000) };
    expect(endOfServiceGratuity({ ...base, start: '2012-01-01', end: '2023-12-31', ending: 'termination' })!.amount).toEqual(m('SAR', 5_700_000));
    const short = endOfServiceGratuity({ ...base, start: '2022-01-01', end: '2023-11-30', ending: 'resignation' })!;
    expect(short).toMatchObject({ amount: m('SAR', 0), eligible: false });
    // (2.5 + 2) × 6,000 = 27,000 × 2/3 = 18,000.
    expect(endOfServiceGratuity({ ...base, start: '2017-01-01', end: '2023-12-31', ending: 'resignation' })!.amount).toEqual(m('SAR', 1_800_000));
  });

  it('Qatar: 3 weeks’ basic wage a year, pro rata, after one year', () => {
    // 2021-01-01..2023-06-30 = 2 years + 181 days = 911 days; 21 × 911 ÷ 365 days × 3,000 ÷ 30 = 5,241.369… → 5,241.37.
    const r = endOfServiceGratuity({ country: 'QA', basicMonthlyWage: m('QAR', 300_000), start: '2021-01-01', end: '2023-06-30' })!;
    expect(r.amount).toEqual(m('QAR', 524_137));
    expect(endOfServiceGratuity({ country: 'QA', basicMonthlyWage: m('QAR', 300_000), start: '2021-01-01', end: '2021-12-30' })!.eligible).toBe(false);
  });

  it("Kuwait: 15 days a year for 5 years, then a month a year, capped at 1.5 years' pay", () => {
    // 25 years on KD 300: 75 days × 300 ÷ 30 = 750 + 20 months × 300 = 6,000 → 6,750 > cap 18 × 300 = 5,400.
    const r = endOfServiceGratuity({ country: 'KW', basicMonthlyWage: m('KWD', 300_000), start: '1990-01-01', end: '2014-12-31', ending: 'termination' })!;
    expect(r.amount).toEqual(m('KWD', 5_400_000));
    expect(codes(r.adjustments)).toEqual(expect.arrayContaining(['wages.gratuity.capped', 'wages.gratuity.baseAssumedBasic']));
    expect(r.verification).toBe('unverified'); // the only source is http-only
    // What resigning does in Kuwait is not in the research: not covered rather than guessed.
    expect(gratuityStatus({ country: 'KW', basicMonthlyWage: m('KWD', 300_000), start: '1990-01-01', end: '2014-12-31', ending: 'resignation' })).toMatchObject({
      status: 'not-covered',
      reason: { code: 'wages.gratuity.resignationNotCovered' },
    });
  });

  it('Bahrain: half a month a year for 3 years, then a month, with the social-insurance caveat', () => {
    // 5 years on BHD 400: 3 × ½ + 2 × 1 = 3.5 months = 1,400.
    const r = endOfServiceGratuity({ country: 'BH', basicMonthlyWage: m('BHD', 400_000), start: '2019-01-01', end: '2023-12-31', ending: 'contract-end' })!;
    expect(r.amount).toEqual(m('BHD', 1_400_000));
    expect(codes(r.adjustments)).toContain('wages.caveat.bh.socialInsurance');
  });

  it('Oman, Malaysia, Singapore, Hong Kong and domestic workers: not covered, never invented', () => {
    for (const [country, currency] of [['OM', 'OMR'], ['MY', 'MYR'], ['SG', 'SGD'], ['HK', 'HKD']] as const) {
      expect(gratuityStatus({ country, basicMonthlyWage: m(currency, 100_000), start: '2015-01-01', end: '2024-12-31' })).toMatchObject({ status: 'not-covered', reason: { code: 'wages.gratuity.notCovered' } });
    }
    expect(gratuityStatus({ country: 'QA', workerCategory: 'domestic', basicMonthlyWage: m('QAR', 100_000), start: '2015-01-01', end: '2024-12-31' }).status).toBe('not-covered');
    // Employment ending before the UAE's 2022 law: the old law is not in the research.
    expect(gratuityStatus({ country: 'AE', basicMonthlyWage: m('AED', 100_000), start: '2015-01-01', end: '2022-02-01' }).status).toBe('not-covered');
  });

  it('reports bad input as a code instead of throwing', () => {
    const ok = { country: 'AE', basicMonthlyWage: m('AED', 100_000), start: '2022-03-01', end: '2024-03-01' };
    expect(gratuityStatus({ ...ok, end: '2021-01-01' })).toEqual({ status: 'not-covered', reason: { code: 'error.endBeforeStart', params: { field: 'end' } } });
    expect(gratuityStatus({ ...ok, basicMonthlyWage: m('QAR', 100) })).toMatchObject({ reason: { code: 'error.currencyMismatch' } });
    expect(gratuityStatus({ ...ok, basicMonthlyWage: m('AED', -1) })).toMatchObject({ reason: { code: 'error.negative' } });
    expect(gratuityStatus({ ...ok, unpaidLeaveDays: Number.NaN })).toMatchObject({ reason: { code: 'error.invalid' } });
    expect(endOfServiceGratuity({ ...ok, country: 'XX' })).toBeUndefined();
  });
});
