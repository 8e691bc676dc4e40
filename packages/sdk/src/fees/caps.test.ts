import { describe, expect, it } from 'vitest';
import { assessOk, m, pay, summary, verdict } from './test-helpers.js';

describe('Nepal', () => {
  it('caps the agency service fee at NPR 10,000 for Qatar, and bans charging for the visa and ticket', () => {
    const a = assessOk({
      origin: 'NP',
      destination: 'QA',
      paidOn: '2024-03-01',
      payments: [
        pay('agency-service', m('NPR', 8000), 'recruitment-agency'),
        pay('agency-service', m('NPR', 7000), 'sub-agent'),
        pay('air-ticket', m('NPR', 45000), 'recruitment-agency'),
      ],
    });
    // 8,000 fits in the NPR 10,000 cap; the second fee crosses it: 8,000 + 7,000 − 10,000 = NPR 5,000 over.
    expect(verdict(a, 0, 'np-service-fee-gulf')).toMatchObject({ status: 'within', cap: m('NPR', 10000) });
    expect(verdict(a, 1, 'np-service-fee-gulf')).toMatchObject({ status: 'exceeds', by: m('NPR', 5000), byInCapCurrency: m('NPR', 5000) });
    expect(summary(a, 'np-service-fee-gulf')).toMatchObject({ status: 'exceeds', covered: m('NPR', 15000), excess: m('NPR', 5000) });
    // The ticket is the employer's under "free visa, free ticket": all NPR 45,000 should not have been charged.
    expect(verdict(a, 2, 'np-free-visa-ticket')).toMatchObject({ status: 'banned', by: m('NPR', 45000), reason: { code: 'fees.cap.banned.origin' } });
    expect(verdict(a, 2, 'np-service-fee-gulf').status).toBe('outside-scope');
  });

  it('applies zero cost to Malaysia under the 2018 agreement, and the NPR 10,000 cap before it', () => {
    const payments = [pay('agency-service', m('NPR', 9000), 'recruitment-agency')];
    const after = assessOk({ origin: 'NP', destination: 'MY', paidOn: '2019-06-01', payments });
    expect(verdict(after, 0, 'np-my-mou-zero-cost')).toMatchObject({ status: 'banned', by: m('NPR', 9000) });
    expect(after.rules.map((r) => r.rule.ruleId)).not.toContain('np-service-fee-my');

    const before = assessOk({ origin: 'NP', destination: 'MY', paidOn: '2017-06-01', payments });
    expect(verdict(before, 0, 'np-service-fee-my')).toMatchObject({ status: 'within', cap: m('NPR', 10000) });
    expect(before.rules.map((r) => r.rule.ruleId)).not.toContain('np-my-mou-zero-cost');
  });

  it('with a payment it cannot convert, gives the excess as a minimum and does not confirm "within"', () => {
    const over = assessOk({
      origin: 'NP',
      destination: 'QA',
      paidOn: '2024-03-01',
      payments: [pay('agency-service', m('NPR', 15000), 'recruitment-agency'), pay('agency-service', m('USD', 100), 'sub-agent')],
    });
    // NPR 15,000 is already NPR 5,000 over; the US$100 can only add to that.
    expect(verdict(over, 0, 'np-service-fee-gulf')).toMatchObject({ status: 'exceeds', atLeast: true, by: m('NPR', 5000), reason: { code: 'fees.cap.exceedsAtLeast' } });
    expect(verdict(over, 1, 'np-service-fee-gulf')).toMatchObject({ status: 'rate-missing', reason: { code: 'fees.cap.rateMissing', params: { from: 'USD', to: 'NPR' } } });
    expect(summary(over, 'np-service-fee-gulf')).toMatchObject({ status: 'exceeds', atLeast: true, excess: m('NPR', 5000), missingRates: [{ from: 'USD', to: 'NPR' }] });

    const unsure = assessOk({ origin: 'NP', destination: 'QA', paidOn: '2024-03-01', payments: [pay('agency-service', m('NPR', 5000), 'recruitment-agency'), pay('agency-service', m('USD', 10), 'sub-agent')] });
    expect(verdict(unsure, 0, 'np-service-fee-gulf')).toMatchObject({ status: 'rate-missing', reason: { code: 'fees.cap.withinUnconfirmed' } });
    expect(summary(unsure, 'np-service-fee-gulf').status).toBe('rate-missing');
  });

  it('does not count state levies (welfare fund) as agency fees', () => {
    const a = assessOk({ origin: 'NP', destination: 'SA', paidOn: '2024-01-10', payments: [pay('welfare-fund', m('NPR', 1500), 'recruitment-agency')] });
    expect(verdict(a, 0, 'np-service-fee-gulf').status).toBe('outside-scope');
  });
});

describe('Philippines', () => {
  it("caps the placement fee at one month's basic salary", () => {
    // Wage SAR 1,500, so the cap is SAR 1,500. PHP 30,000 at 15 PHP per SAR is SAR 2,000: SAR 500 over,
    // which is 30,000 × 500 / 2,000 = PHP 7,500 of this payment.
    const a = assessOk({
      origin: 'PH',
      destination: 'SA',
      paidOn: '2024-05-01',
      payments: [pay('agency-service', m('PHP', 30000), 'recruitment-agency', { receipt: false })],
      monthlyWageAtDestination: m('SAR', 1500),
      exchangeRates: [{ from: 'SAR', to: 'PHP', rate: '15' }],
    });
    const v = verdict(a, 0, 'ph-placement-fee');
    expect(v).toMatchObject({ status: 'exceeds', cap: m('SAR', 1500), byInCapCurrency: m('SAR', 500), by: m('PHP', 7500) });
    expect(v.notices).toContainEqual({ code: 'fees.notice.receiptRequired' });
    expect(a.assumptions).toContainEqual({ code: 'fees.assumption.wageAsRuleBasis' });
  });

  it('allows no placement fee at all for household service workers', () => {
    const a = assessOk({
      origin: 'PH',
      destination: 'SA',
      workerCategory: 'domestic',
      paidOn: '2024-05-01',
      payments: [pay('agency-service', m('PHP', 5000), 'recruitment-agency')],
    });
    expect(verdict(a, 0, 'ph-hsw-no-placement-fee')).toMatchObject({ status: 'banned', by: m('PHP', 5000) });
    expect(a.rules.map((r) => r.rule.ruleId)).not.toContain('ph-placement-fee');
  });

  it('asks for the wage when the cap depends on it, and an exchange rate when currencies differ', () => {
    const payments = [pay('agency-service', m('PHP', 30000), 'recruitment-agency')];
    const noWage = assessOk({ origin: 'PH', destination: 'SA', paidOn: '2024-05-01', payments });
    expect(verdict(noWage, 0, 'ph-placement-fee')).toMatchObject({ status: 'needs-input', reason: { code: 'fees.cap.needs.monthlyWageAtDestination' } });
    const noRate = assessOk({ origin: 'PH', destination: 'SA', paidOn: '2024-05-01', payments, monthlyWageAtDestination: m('SAR', 1500) });
    expect(verdict(noRate, 0, 'ph-placement-fee')).toMatchObject({ status: 'rate-missing', reason: { code: 'fees.cap.rateMissing', params: { from: 'PHP', to: 'SAR' } } });
    expect(noRate.warnings).toContainEqual({ code: 'fees.warning.rateMissing', params: { from: 'PHP', to: 'SAR' } });
  });
});

describe('Bangladesh', () => {
  const base = { origin: 'BD', destination: 'SA', paidOn: '2018-01-15' } as const;
  const payments = [pay('agency-service', m('BDT', 200000), 'sub-agent')];

  it('caps the total migration cost to Saudi Arabia at Tk 165,000 for men', () => {
    // 200,000 − 165,000 = Tk 35,000 over.
    const a = assessOk({ ...base, workerSex: 'male', payments });
    expect(verdict(a, 0, 'bd-migration-cost-sa-male')).toMatchObject({ status: 'exceeds', cap: m('BDT', 165000), by: m('BDT', 35000) });
  });

  it('treats jobs in Saudi Arabia as cost-free for women, and asks when it does not know', () => {
    expect(verdict(assessOk({ ...base, workerSex: 'female', payments }), 0, 'bd-cost-free-sa-female').status).toBe('banned');
    const unknown = assessOk({ ...base, payments });
    expect(verdict(unknown, 0, 'bd-migration-cost-sa-male')).toMatchObject({ status: 'needs-input', reason: { code: 'fees.cap.needs.workerSex' } });
  });

  it('uses the Malaysia ceiling in force on the payment date', () => {
    const my = (paidOn: string) => assessOk({ origin: 'BD', destination: 'MY', paidOn, payments: [pay('agency-service', m('BDT', 100000), 'recruitment-agency')] });
    // 2020: Tk 160,000 (within). 2023: Tk 78,990, so 100,000 − 78,990 = Tk 21,010 over.
    expect(verdict(my('2020-02-01'), 0, 'bd-migration-cost-my')).toMatchObject({ status: 'within', cap: m('BDT', 160000) });
    expect(verdict(my('2023-02-01'), 0, 'bd-migration-cost-my-2022')).toMatchObject({ status: 'exceeds', by: m('BDT', 21010) });
  });
});

describe('Indonesia', () => {
  const base = { origin: 'ID', destination: 'HK', paidOn: '2022-03-01', workerCategory: 'domestic' } as const;
  const payments = [pay('training', m('IDR', 5000000), 'training-centre')];

  it('charges nothing for the ten listed jobs', () => {
    const a = assessOk({ ...base, occupation: 'housekeeper', payments });
    expect(verdict(a, 0, 'id-zero-placement-cost')).toMatchObject({ status: 'banned', by: m('IDR', 5000000) });
  });

  it('says no figure is known for other jobs, and asks for the job when missing', () => {
    const other = assessOk({ ...base, workerCategory: 'general', occupation: 'construction', destination: 'MY', payments });
    expect(verdict(other, 0, 'id-placement-cost-other-jobs')).toMatchObject({ status: 'no-cap-known', reason: { code: 'fees.cap.figureUnknown' } });
    const missing = assessOk({ ...base, payments });
    expect(verdict(missing, 0, 'id-zero-placement-cost')).toMatchObject({ status: 'needs-input', reason: { code: 'fees.cap.needs.occupation' } });
  });
});

describe('India, Sri Lanka, Pakistan, Viet Nam, Cambodia, Myanmar', () => {
  it("India: ₹30,000 service charge since 2017; the visa fee is outside it; the 2009 rule's ₹20,000 before", () => {
    const payments = [pay('agency-service', m('INR', 25000), 'recruitment-agency'), pay('visa', m('INR', 15000), 'recruitment-agency')];
    const now = assessOk({ origin: 'IN', destination: 'AE', paidOn: '2023-01-01', payments });
    expect(verdict(now, 0, 'in-service-charge-2017')).toMatchObject({ status: 'within', cap: m('INR', 30000) });
    expect(verdict(now, 1, 'in-service-charge-2017').status).toBe('outside-scope');
    // 2015: everything paid to the agent counts; 25,000 alone is ₹5,000 over ₹20,000, then the visa fee is all over.
    const then = assessOk({ origin: 'IN', destination: 'AE', paidOn: '2015-01-01', payments });
    expect(verdict(then, 0, 'in-service-charge-2009')).toMatchObject({ status: 'exceeds', by: m('INR', 5000) });
    expect(verdict(then, 1, 'in-service-charge-2009')).toMatchObject({ status: 'exceeds', by: m('INR', 15000) });
    expect(summary(then, 'in-service-charge-2009').notices).toContainEqual({ code: 'fees.cap.limit.wageBasedNotChecked' });
  });

  it('Sri Lanka: no agency fee; Pakistan: Rs 15,000; Myanmar to Thailand: 300,000 kyat; Cambodia to Thailand: US$49', () => {
    expect(verdict(assessOk({ origin: 'LK', destination: 'KW', paidOn: '2020-01-01', payments: [pay('agency-service', m('LKR', 1000), 'recruitment-agency')] }), 0, 'lk-no-agency-fee').status).toBe('banned');
    expect(verdict(assessOk({ origin: 'PK', destination: 'SA', paidOn: '2025-09-01', payments: [pay('agency-service', m('PKR', 20000), 'recruitment-agency')] }), 0, 'pk-oep-service-fee')).toMatchObject({ status: 'exceeds', by: m('PKR', 5000) });
    expect(verdict(assessOk({ origin: 'MM', destination: 'TH', paidOn: '2024-06-01', payments: [pay('agency-service', m('MMK', 300000), 'recruitment-agency')] }), 0, 'mm-th-service-charge').status).toBe('within');
    expect(verdict(assessOk({ origin: 'KH', destination: 'TH', paidOn: '2016-06-01', payments: [pay('passport', m('USD', 60), 'government')] }), 0, 'kh-set-rate-th')).toMatchObject({ status: 'exceeds', by: m('USD', 11) });
  });

  it('Viet Nam: the maximum exists but its figures are unknown, so nothing is guessed', () => {
    const a = assessOk({ origin: 'VN', destination: 'SA', paidOn: '2023-01-01', payments: [pay('agency-service', m('VND', 50000000), 'recruitment-agency')] });
    expect(verdict(a, 0, 'vn-service-charge')).toMatchObject({ status: 'no-cap-known', reason: { code: 'fees.cap.figureUnknown' } });
    expect(verdict(a, 0, 'vn-service-charge').by).toBeUndefined();
  });
});

describe('Destinations', () => {
  it('Singapore: 2-year contract on S$600 → cap S$1,200; one-year S$600; three years still S$1,200', () => {
    const sg = (contractMonths: number) =>
      assessOk({
        origin: 'BD',
        destination: 'SG',
        paidOn: '2024-01-01',
        contractMonths,
        monthlyWageAtDestination: m('SGD', 600),
        payments: [pay('agency-service', m('SGD', 1500), 'recruitment-agency')],
      });
    // 1 month × 2 years × S$600 = S$1,200; S$1,500 paid is S$300 over.
    expect(verdict(sg(24), 0, 'sg-agency-fee')).toMatchObject({ status: 'exceeds', cap: m('SGD', 1200), by: m('SGD', 300) });
    expect(verdict(sg(12), 0, 'sg-agency-fee')).toMatchObject({ cap: m('SGD', 600), by: m('SGD', 900) });
    expect(verdict(sg(36), 0, 'sg-agency-fee')).toMatchObject({ cap: m('SGD', 1200) });
    // 18 months: how the half year counts is not in the research, so no cap is claimed.
    expect(verdict(sg(18), 0, 'sg-agency-fee')).toMatchObject({ status: 'no-cap-known', reason: { code: 'fees.cap.partYearUnknown' } });
    expect(verdict(sg(24), 0, 'sg-agency-fee').notices).toContainEqual({ code: 'fees.notice.refundIfJobEndsEarly', params: { percent: 50, months: 6 } });
  });

  it("Hong Kong: 10% of a first month's wage of HK$5,100 = HK$510", () => {
    const a = assessOk({
      origin: 'PH',
      destination: 'HK',
      workerCategory: 'domestic',
      paidOn: '2025-10-15',
      monthlyWageAtDestination: m('HKD', 5100),
      payments: [pay('agency-service', m('HKD', 600), 'recruitment-agency'), pay('medical-exam', m('HKD', 400), 'medical-centre')],
    });
    // HK$600 − HK$510 = HK$90 over.
    expect(verdict(a, 0, 'hk-agency-commission')).toMatchObject({ status: 'exceeds', cap: m('HKD', 510), by: m('HKD', 90) });
    // The employer pays a domestic helper's medical exam (standard contract).
    expect(verdict(a, 1, 'hk-fdh-employer-pays-processing')).toMatchObject({ status: 'banned', by: m('HKD', 400) });
  });

  it('Saudi Arabia, UAE and Qatar: employer-pays bans', () => {
    const sa = assessOk({ origin: 'PK', destination: 'SA', paidOn: '2025-09-01', payments: [pay('work-permit', m('SAR', 500), 'employer')] });
    expect(verdict(sa, 0, 'sa-employer-bears-costs')).toMatchObject({ status: 'banned', reason: { code: 'fees.cap.banned.destination' } });
    const ae = assessOk({ origin: 'IN', destination: 'AE', paidOn: '2022-03-01', payments: [pay('training', m('AED', 300), 'employer')] });
    expect(verdict(ae, 0, 'ae-employer-no-recruitment-costs').status).toBe('banned');
    // Before Decree-Law 33/2021 took effect we hold no UAE rule.
    const aeOld = assessOk({ origin: 'IN', destination: 'AE', paidOn: '2021-03-01', payments: [pay('training', m('AED', 300), 'employer')] });
    expect(aeOld.payments[0]!.caps.find((c) => c.jurisdiction === 'destination')).toMatchObject({ status: 'no-cap-known', reason: { code: 'fees.cap.noRuleKnown' } });
    const qa = assessOk({ origin: 'NP', destination: 'QA', paidOn: '2024-03-01', payments: [pay('agency-service', m('QAR', 500), 'recruitment-agency')] });
    expect(verdict(qa, 0, 'qa-recruiter-no-fees').notices).toContainEqual({ code: 'fees.notice.bindsRecruitersInDestination' });
  });

  it('says so when we hold no destination rule, rather than implying fees are allowed', () => {
    const a = assessOk({ origin: 'NP', destination: 'KW', paidOn: '2024-03-01', payments: [pay('agency-service', m('NPR', 5000), 'recruitment-agency')] });
    expect(a.payments[0]!.caps.at(-1)).toEqual({ status: 'no-cap-known', jurisdiction: 'destination', country: 'KW', reason: { code: 'fees.cap.noRuleKnown' }, notices: [] });
    const my = assessOk({ origin: 'NP', destination: 'MY', paidOn: '2024-03-01', payments: [pay('agency-service', m('NPR', 5000), 'recruitment-agency')] });
    expect(verdict(my, 0, 'my-no-known-rule').status).toBe('no-cap-known');
  });
});
