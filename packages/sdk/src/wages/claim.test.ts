import { describe, expect, it } from 'vitest';
import { calculateWageClaim, type ClaimLine, type WageClaim, type WageClaimInput } from './index.js';

const m = (currency: string, minor: number) => ({ currency, minor });

function claim(input: WageClaimInput): WageClaim {
  const outcome = calculateWageClaim(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.claim;
}
const line = (c: WageClaim, kind: ClaimLine['kind'], status: ClaimLine['status'] = 'calculated') => c.lines.find((l) => l.kind === kind && l.status === status)!;
const codes = (list: Array<{ code: string }>) => list.map((c) => c.code);

describe('calculateWageClaim: worked examples', () => {
  it('Qatar: the minimum wage is checked component by component, and paid amounts are set against it', () => {
    // 2024-01-15..2024-03-31, basic 900 + housing 200, food provided. Contract pays 1,100 a month.
    // Minimum top-up a month: basic 1,000 − 900 = 100, housing 500 − 200 = 300, food provided → 0: 400.
    // January (17 of 31 days): contract 1,100 × 17/31 = 603.23, top-up 400 × 17/31 = 219.35.
    // Contract due 603.23 + 1,100 + 1,100 = 2,803.23; top-ups 219.35 + 400 + 400 = 1,019.35.
    const q = (major: number) => m('QAR', major * 100);
    const c = claim({
      country: 'QA',
      employment: { start: '2024-01-15', end: '2024-03-31' },
      contract: { basicMonthly: q(900), allowances: { housing: q(200) }, foodProvided: true },
      paid: q(1000),
    });
    expect(line(c, 'unpaid-wages').amount).toEqual(m('QAR', 180_323)); // 2,803.23 − 1,000
    expect(line(c, 'minimum-wage-shortfall').amount).toEqual(m('QAR', 101_935));
    expect(c.total).toEqual(m('QAR', 282_258)); // = 3,822.58 − 1,000 = Σ max(contract, minimum) − paid
    expect(line(c, 'minimum-wage-shortfall').details).toContainEqual({ code: 'wages.detail.minimum.month', params: { month: '2024-01', days: 17, daysInMonth: 31, since: '2021-03-20', currency: 'QAR', topUp: '219.35' } });
    expect(codes(c.warnings)).toContain('wages.warning.deadline');
    expect(codes(c.assumptions)).toContain('wages.assumption.proRataCalendarDays');

    // Paying more than the contract first fills the minimum: paid 3,000 → 3,822.58 − 3,000 = 822.58, all of it shortfall.
    const more = claim({ country: 'QA', employment: { start: '2024-01-15', end: '2024-03-31' }, contract: { basicMonthly: q(900), allowances: { housing: q(200) }, foodProvided: true }, paid: q(3000) });
    expect(line(more, 'unpaid-wages').amount.minor).toBe(0);
    expect(line(more, 'minimum-wage-shortfall').amount).toEqual(m('QAR', 82_258));
  });

  it('Qatar: overtime at basic + 25 % and night at + 50 %; the rest-day premium is in conflict and not calculated', () => {
    // Hourly basic = 900 ÷ 30 ÷ 8 = 3.75. 10 h × 1.25 × 3.75 = 46.875 → 46.88; 5 night h × 1.5 × 3.75 = 28.125 → 28.13.
    const c = claim({
      country: 'QA',
      employment: { start: '2024-03-01', end: '2024-03-31' },
      contract: { basicMonthly: m('QAR', 120_000), allowances: { housing: m('QAR', 50_000), food: m('QAR', 30_000) } },
      overtimeHours: { ordinary: 10, night: 5, restDay: 8 },
      paid: m('QAR', 200_000),
    });
    // Basic 1,200 ÷ 240 = 5.00 an hour: 10 × 6.25 = 62.50; 5 × 7.50 = 37.50 → 100.00.
    expect(line(c, 'unpaid-overtime').amount).toEqual(m('QAR', 10_000));
    expect(line(c, 'unpaid-overtime', 'not-covered').basis).toEqual({ code: 'wages.overtime.conflict.restDay', params: { country: 'QA', low: 50, high: 150 } });
    expect(codes(c.warnings)).toEqual(expect.arrayContaining(['wages.caveat.qa.nightWindow', 'wages.caveat.qa.restDayConflict', 'wages.warning.unverifiedRule']));
    expect(c.assumptions).toContainEqual({ code: 'wages.assumption.hourlyRate.days', params: { daysPerMonth: 30, hoursPerDay: 8 } });
    expect(c.total).toEqual(m('QAR', 10_000));
    expect(c.verification).toBe('unverified');
  });

  it('UAE: overtime, rest-day work and deductions above the caps (recruitment costs never)', () => {
    // Basic AED 3,000: hourly 12.50. Ordinary 10 × 1.25 × 12.5 = 156.25; night 4 × 1.5 × 12.5 = 75; rest day 8 × 1.5 × 12.5 = 150 → 381.25.
    // January deductions: recruitment 200 (never: all excess), penalty 300 (cap 5 % = 150), loan 1,000 (only the total cap).
    // Allowed = 0 + 150 + 1,000 = 1,150 ≤ 50 % × 3,000 = 1,500; excess = 1,500 − 1,150 = 350.
    // Received 1,500 + deducted 1,500 = 3,000 = contract, so no unpaid wages; 350 is owed back.
    const a = (major: number) => m('AED', major * 100);
    const c = claim({
      country: 'AE',
      employment: { start: '2024-01-01', end: '2024-01-31' },
      contract: { basicMonthly: a(3000) },
      overtimeHours: { ordinary: 10, night: 4, restDay: 8, publicHoliday: 3 },
      paid: a(1500),
      deductions: [
        { month: '2024-01', amount: a(200), kind: 'recruitment-cost' },
        { month: '2024-01', amount: a(300), kind: 'disciplinary' },
        { month: '2024-01', amount: a(1000), kind: 'loan' },
      ],
    });
    expect(line(c, 'unpaid-wages').amount.minor).toBe(0);
    expect(line(c, 'unpaid-overtime').amount).toEqual(a(381.25));
    expect(line(c, 'unpaid-overtime', 'not-covered').basis.code).toBe('wages.overtime.notCovered.publicHoliday');
    expect(line(c, 'excess-deductions').amount).toEqual(a(350));
    expect(line(c, 'excess-deductions').details).toEqual(
      expect.arrayContaining([
        { code: 'wages.detail.deductions.never.recruitment-cost' },
        { code: 'wages.detail.deductions.cap.total', params: { percent: 50 } },
        { code: 'wages.detail.deductions.month', params: { month: '2024-01', currency: 'AED', deducted: '1500.00', allowed: '1150.00', excess: '350.00', wage: '3000.00' } },
      ]),
    );
    expect(line(c, 'minimum-wage-shortfall')).toMatchObject({ status: 'calculated', amount: a(0), basis: { code: 'wages.minimum.none.notSet' } });
    expect(c.total).toEqual(a(731.25));
    expect(c.lines.some((l) => l.kind === 'gratuity')).toBe(false); // employment has not ended
  });

  it('deductions above the caps are owed only insofar as the worker did not receive the money anyway', () => {
    // UAE, contract AED 3,000; recruitment costs of 500 deducted (never allowed), yet 2,800 received.
    // Owed = 3,000 − 2,800 − lawful deductions (0) = 200: the excess line is 200, not 500, and no wages are unpaid.
    const a = (major: number) => m('AED', major * 100);
    const c = claim({ country: 'AE', employment: { start: '2024-01-01', end: '2024-01-31' }, contract: { basicMonthly: a(3000) }, paid: a(2800), deductions: [{ month: '2024-01', amount: a(500), kind: 'recruitment-cost' }] });
    expect(line(c, 'unpaid-wages').amount.minor).toBe(0);
    expect(line(c, 'excess-deductions').amount).toEqual(a(200));
    expect(line(c, 'excess-deductions').details).toContainEqual({ code: 'wages.detail.deductions.reducedByPaid', params: { currency: 'AED', excess: '500.00', amount: '200.00' } });
    expect(c.total).toEqual(a(200));
    // Malaysia: only the (unverified) 50 % total cap is held. RM1,700 due, RM1,000 deducted: 1,000 − 850 = 150 above the cap.
    const my = claim({ country: 'MY', employment: { start: '2025-09-01', end: '2025-09-30' }, contract: { basicMonthly: m('MYR', 170_000) }, paid: m('MYR', 70_000), deductions: [{ month: '2025-09', amount: m('MYR', 100_000), kind: 'accommodation' }] });
    expect(line(my, 'excess-deductions')).toMatchObject({ amount: m('MYR', 15_000), verification: 'unverified' });
    // Qatar: no cap is held, so the deduction is reported as not checked.
    const qa = claim({ country: 'QA', employment: { start: '2024-01-01', end: '2024-01-31' }, contract: { basicMonthly: m('QAR', 150_000), housingProvided: true, foodProvided: true }, paid: m('QAR', 100_000), deductions: [{ month: '2024-01', amount: m('QAR', 50_000), kind: 'other' }] });
    expect(line(qa, 'excess-deductions', 'not-covered').details).toEqual([{ code: 'wages.detail.deductions.notCovered.other', params: { month: '2024-01', currency: 'QAR', amount: '500.00' } }]);
    expect(qa.total.minor).toBe(0);
  });

  it('Saudi Arabia: overtime = hourly wage + 50 % of the basic hourly wage; end-of-service on the whole wage', () => {
    // Basic 4,000 + housing 1,000 = wage 5,000. (5,000 + 0.5 × 4,000) ÷ 240 = 29.1666… an hour; 10 h = 291.67.
    const s = (major: number) => m('SAR', major * 100);
    const c = claim({
      country: 'SA',
      employment: { start: '2019-06-01', end: '2024-05-31', ended: true, ending: 'termination' },
      contract: { basicMonthly: s(4000), allowances: { housing: s(1000) } },
      overtimeHours: { ordinary: 10 },
      paid: s(5000 * 60),
    });
    expect(line(c, 'unpaid-overtime').amount).toEqual(s(291.67));
    expect(line(c, 'unpaid-overtime').details).toEqual(expect.arrayContaining([{ code: 'wages.detail.overtime.term.wage', params: { percent: 100 } }, { code: 'wages.detail.overtime.term.basic', params: { percent: 50 } }]));
    // 5 years × ½ × 5,000 = 12,500.
    expect(line(c, 'gratuity').amount).toEqual(s(12_500));
    expect(codes(line(c, 'gratuity').details)).toEqual(expect.arrayContaining(['wages.gratuity.baseIncludesAllowances']));
    expect(c.total).toEqual(s(12_791.67));
    // After the 2025 amendments the same rate applies, with the leave-instead-of-cash caveat.
    const later = claim({ country: 'SA', employment: { start: '2025-03-01', end: '2025-03-31' }, contract: { basicMonthly: s(4000), allowances: { housing: s(1000) } }, overtimeHours: { ordinary: 10 }, paid: s(5000) });
    expect(line(later, 'unpaid-overtime').amount).toEqual(s(291.67));
    expect(codes(later.warnings)).toContain('wages.caveat.sa.overtimeAsLeave');
  });

  it('Kuwait: 125 % overtime, rest day + 50 %, loans at most 10 %, KD 75 for new contracts', () => {
    // Basic KD 240: hourly 1.000. 10 h × 1.25 = 12.500; 8 rest-day h × 1.5 = 12.000 → 24.500.
    // Loan deduction 50 in March: cap 10 % × 240 = 24 → excess 26. Received 190 + 50 = 240: no unpaid wages.
    const k = (minor: number) => m('KWD', minor);
    const c = claim({
      country: 'KW',
      employment: { start: '2024-03-01', end: '2024-03-31', contractSignedOn: '2023-01-10' },
      contract: { basicMonthly: k(240_000) },
      overtimeHours: { ordinary: 10, restDay: 8 },
      paid: k(190_000),
      deductions: [{ month: '2024-03', amount: k(50_000), kind: 'loan' }],
    });
    expect(line(c, 'unpaid-overtime').amount).toEqual(k(24_500));
    expect(line(c, 'excess-deductions').amount).toEqual(k(26_000));
    expect(c.total).toEqual(k(50_500));
    // A contract at KD 60 renewed in 2020: 75 − 60 = KD 15 a month missing, 3 months = 45.
    const low = claim({ country: 'KW', employment: { start: '2024-01-01', end: '2024-03-31', contractSignedOn: '2020-01-01' }, contract: { basicMonthly: k(60_000) }, paid: k(180_000) });
    expect(line(low, 'minimum-wage-shortfall')).toMatchObject({ amount: k(45_000), basis: { code: 'wages.basis.minimumWage.newOrRenewed', params: { country: 'KW', date: '2020-01-01' } } });
    // Without the contract date the minimum cannot be checked.
    const noDate = claim({ country: 'KW', employment: { start: '2024-01-01', end: '2024-03-31' }, contract: { basicMonthly: k(60_000) }, paid: k(180_000) });
    expect(line(noDate, 'minimum-wage-shortfall', 'not-covered').basis.code).toBe('wages.minimum.contractDateNeeded');
  });

  it('Bahrain: daytime overtime + 25 %, night + 50 %; end-of-service with the SIO caveat', () => {
    // Basic BHD 300: hourly 1.250. 10 × 1.25 × 1.25 = 15.625; 4 × 1.5 × 1.25 = 7.500 → 23.125.
    // End of service after 4 years: 3 × ½ + 1 × 1 = 2.5 months × 300 = 750.
    const b = (minor: number) => m('BHD', minor);
    const c = claim({
      country: 'BH',
      employment: { start: '2020-07-01', end: '2024-06-30', ended: true, ending: 'contract-end' },
      contract: { basicMonthly: b(300_000) },
      overtimeHours: { ordinary: 10, night: 4, restDay: 2 },
      paid: b(300_000 * 48),
    });
    expect(line(c, 'unpaid-overtime').amount).toEqual(b(23_125));
    expect(line(c, 'unpaid-overtime', 'not-covered').basis.code).toBe('wages.overtime.notCovered.restDay');
    expect(line(c, 'gratuity').amount).toEqual(b(750_000));
    expect(codes(c.warnings)).toContain('wages.caveat.bh.socialInsurance');
    expect(c.total).toEqual(b(773_125));
  });

  it('Oman: overtime + 25 % with the unclear-dates caveat; no end-of-service rule', () => {
    // Basic OMR 480: hourly 2.000; 8 h × 1.25 × 2 = 20.000.
    const c = claim({ country: 'OM', employment: { start: '2024-06-01', end: '2024-06-30', ended: true }, contract: { basicMonthly: m('OMR', 480_000) }, overtimeHours: { ordinary: 8 }, paid: m('OMR', 480_000) });
    expect(line(c, 'unpaid-overtime').amount).toEqual(m('OMR', 20_000));
    expect(line(c, 'gratuity', 'not-covered').basis.code).toBe('wages.gratuity.notCovered');
    expect(line(c, 'minimum-wage-shortfall', 'not-covered').basis.code).toBe('wages.minimum.notCovered');
    expect(codes(c.warnings)).toContain('wages.caveat.om.datesUnclear');
  });

  it('Malaysia: the employer-size switch on 2025-08-01, and 1.5× / 2× / 3× overtime on ORP ÷ 8', () => {
    // Basic RM1,500, July–August 2025. Under 5 employees: July RM1,500 (no top-up), August RM1,700 → 200.
    const r = (major: number) => m('MYR', major * 100);
    const base = { country: 'MY', employment: { start: '2025-07-01', end: '2025-08-31' }, contract: { basicMonthly: r(1500) }, paid: r(3000) };
    const small = claim({ ...base, employment: { ...base.employment, employerSize: 'under-5' } });
    expect(line(small, 'minimum-wage-shortfall').amount).toEqual(r(200));
    // 5 or more employees: RM1,700 already in July → 2 × 200 = 400.
    const large = claim({ ...base, employment: { ...base.employment, employerSize: '5-or-more' } });
    expect(line(large, 'minimum-wage-shortfall').amount).toEqual(r(400));
    // Unknown size: July cannot be checked, August can.
    const unknown = claim(base);
    expect(line(unknown, 'minimum-wage-shortfall').amount).toEqual(r(200));
    expect(codes(unknown.warnings)).toContain('wages.warning.minimumPartlyNotCovered');

    // Basic RM1,800: hourly 1,800 ÷ 26 ÷ 8 = 8.6538…; 10 h × 1.5 = 129.807… → 129.81; rest day 8 h × 2 = 138.46; holiday 4 h × 3 = 103.846… → 103.85.
    const ot = claim({ country: 'MY', employment: { start: '2025-09-01', end: '2025-09-30' }, contract: { basicMonthly: r(1800) }, overtimeHours: { ordinary: 10, restDay: 8, publicHoliday: 4 }, paid: r(1800) });
    expect(line(ot, 'unpaid-overtime').amount).toEqual(r(372.12));
    // Above the RM4,000 ceiling the rule may not cover the worker (manual workers are covered whatever their wage): not covered.
    const high = claim({ country: 'MY', employment: { start: '2025-09-01', end: '2025-09-30' }, contract: { basicMonthly: r(4500) }, overtimeHours: { ordinary: 10 }, paid: r(4500) });
    expect(line(high, 'unpaid-overtime', 'not-covered').basis).toEqual({ code: 'wages.overtime.aboveCeiling.ordinary', params: { currency: 'MYR', ceiling: '4000.00' } });
  });

  it('Singapore: 1.5× the hourly basic rate = 12 × monthly ÷ (52 × 44); domestic workers not covered', () => {
    // S$2,000: hourly 24,000 ÷ 2,288 = 10.4895…; 10 h × 1.5 = 157.342… → 157.34.
    const c = claim({ country: 'SG', employment: { start: '2025-01-01', end: '2025-01-31' }, contract: { basicMonthly: m('SGD', 200_000) }, overtimeHours: { ordinary: 10 }, paid: m('SGD', 200_000) });
    expect(line(c, 'unpaid-overtime').amount).toEqual(m('SGD', 15_734));
    expect(c.assumptions).toContainEqual({ code: 'wages.assumption.hourlyRate.weeks', params: { weeksPerYear: 52, hoursPerWeek: 44 } });
    expect(codes(c.warnings)).toContain('wages.caveat.sg.nonWorkmen');
    const helper = claim({ country: 'SG', workerCategory: 'domestic', employment: { start: '2025-01-01', end: '2025-01-31' }, contract: { basicMonthly: m('SGD', 60_000) }, overtimeHours: { ordinary: 10 }, paid: m('SGD', 60_000) });
    expect(line(helper, 'unpaid-overtime', 'not-covered').basis.code).toBe('wages.overtime.notCovered.ordinary');
    expect(line(helper, 'minimum-wage-shortfall')).toMatchObject({ amount: m('SGD', 0), basis: { code: 'wages.minimum.none.domesticExcluded' } });
    expect(helper.total.minor).toBe(0);
  });

  it('Hong Kong helpers: the MAW and food allowance of the contract signing date; no overtime rule held', () => {
    // Signed 2025-09-30: MAW 5,100, food 1,236. Contract 4,990 + food 1,200: 110 + 36 = 146 a month × 3 = 438.
    const h = (major: number) => m('HKD', major * 100);
    const input = {
      country: 'HK',
      workerCategory: 'domestic' as const,
      employment: { start: '2025-10-01', end: '2025-12-31', contractSignedOn: '2025-09-30' },
      contract: { basicMonthly: h(4990), allowances: { food: h(1200) } },
      overtimeHours: { ordinary: 20 },
      paid: h(3 * 6190),
    };
    const c = claim(input);
    expect(line(c, 'unpaid-wages').amount.minor).toBe(0);
    expect(line(c, 'minimum-wage-shortfall').amount).toEqual(h(438));
    expect(line(c, 'unpaid-overtime', 'not-covered').basis.code).toBe('wages.overtime.notCovered.ordinary');
    expect(c.assumptions).toContainEqual({ code: 'wages.assumption.minimumForWholePeriod', params: { date: '2025-09-30' } });
    // Signed a day earlier: MAW 4,990, so only the food allowance is short: 36 × 3 = 108.
    const earlier = claim({ ...input, employment: { ...input.employment, contractSignedOn: '2025-09-29' } });
    expect(line(earlier, 'minimum-wage-shortfall').amount).toEqual(h(108));
    // Without the signing date the MAW cannot be chosen.
    const noDate = claim({ ...input, employment: { start: '2025-10-01', end: '2025-12-31' } });
    expect(line(noDate, 'minimum-wage-shortfall', 'not-covered').basis.code).toBe('wages.minimum.contractDateNeeded');
  });

  it('Hong Kong, other workers: the hourly minimum is named, not turned into a monthly guess', () => {
    const c = claim({ country: 'HK', employment: { start: '2025-06-01', end: '2025-06-30' }, contract: { basicMonthly: m('HKD', 500_000) }, paid: m('HKD', 400_000) });
    expect(line(c, 'minimum-wage-shortfall')).toMatchObject({ amount: m('HKD', 0), basis: { code: 'wages.minimum.none.hourlyOnly', params: { hourly: '42.10' } } });
    expect(c.total).toEqual(m('HKD', 100_000));
  });
});
