import { describe, expect, it } from 'vitest';
import { assessRecruitmentFees } from './assess.js';
import type { AssessmentInput } from './schema.js';
import { assessOk, m, pay } from './test-helpers.js';

const nepalToQatar = {
  origin: 'NP',
  destination: 'QA',
  paidOn: '2024-03-01',
  payments: [pay('agency-service', m('NPR', 150000), 'recruitment-agency')],
  monthlyWageAtDestination: m('QAR', 1800),
  exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
};

describe('SDG 10.7.1 cost-to-income ratio', () => {
  it('NPR 150,000 paid, QAR 1,800 a month, 1 QAR = 36.5 NPR → 150000 / (1800 × 36.5) = 2.28 months', () => {
    const a = assessOk(nepalToQatar);
    // 150000 / 65700 = 500 / 219 exactly = 2.2831… → 2.28.
    expect(a.costToIncomeRatio).toMatchObject({ status: 'calculated', ratio: { num: 500, den: 219 }, hundredths: 228, display: '2.28' });
    expect(a.monthsOfWages).toEqual({ ratio: { num: 500, den: 219 }, hundredths: 228, display: '2.28' });
    // 150000 / 36.5 = 4109.589… → QAR 4,109.59 (display only; the ratio above is exact).
    expect(a.costToIncomeRatio).toMatchObject({ cost: m('QAR', '4109.59'), income: m('QAR', 1800) });
    expect(a.warnings).toContainEqual({ code: 'fees.warning.userRateInverted', params: { from: 'QAR', to: 'NPR', rate: '36.5' } });
    expect(a.exchangeRatesUsed).toEqual([{ from: 'QAR', to: 'NPR', rate: '36.5' }]);
  });

  it('one month exactly: NPR 36,500 on QAR 1,000 at 36.5 → 1.00', () => {
    const a = assessOk({ ...nepalToQatar, payments: [pay('medical-exam', m('NPR', 36500), 'medical-centre')], monthlyWageAtDestination: m('QAR', 1000) });
    expect(a.costToIncomeRatio).toMatchObject({ ratio: { num: 1, den: 1 }, display: '1.00' });
  });

  it('counts only what the worker should not have borne: a freely chosen course is left out', () => {
    const a = assessOk({
      ...nepalToQatar,
      payments: [pay('agency-service', m('NPR', 73000), 'recruitment-agency'), pay('training', m('NPR', 50000), 'training-centre', { imposedBy: 'worker-choice' })],
    });
    // 73000 / (1800 × 36.5) = 73000 / 65700 = 730/657 = 1.111… → 1.11.
    expect(a.costToIncomeRatio).toMatchObject({ display: '1.11' });
    expect(a.totals.shouldNotHavePaid).toEqual([m('NPR', 73000)]);
    expect(a.totals.paid).toEqual([m('NPR', 123000)]);
    expect(a.payments[1]!.ilo).toMatchObject({ shouldWorkerHavePaid: true, reason: { code: 'fees.ilo.worker-choice' } });
  });

  it('says what is missing instead of guessing: no wage, or no rate', () => {
    const { monthlyWageAtDestination: _w, ...noWage } = nepalToQatar;
    expect(assessOk(noWage).costToIncomeRatio).toEqual({ status: 'not-calculated', reason: { code: 'fees.sdg.needsWage' }, missingRates: [] });
    const noRate = assessOk({ ...nepalToQatar, exchangeRates: [] });
    expect(noRate.costToIncomeRatio).toEqual({ status: 'not-calculated', reason: { code: 'fees.sdg.rateMissing' }, missingRates: [{ from: 'NPR', to: 'QAR' }] });
    expect(noRate.monthsOfWages).toBeUndefined();
    expect(noRate.totals.converted.find((t) => t.currency === 'QAR')).toEqual({ currency: 'QAR', missingRates: [{ from: 'NPR', to: 'QAR' }] });
  });

  it('warns of debt bondage risk only above the policy threshold (more than 2 months)', () => {
    expect(assessOk(nepalToQatar).warnings).toContainEqual({ code: 'fees.warning.debtBondageRisk', params: { months: '2.28', threshold: '2.00' } });
    // NPR 131,400 = exactly 2 months (2 × 1800 × 36.5): not more than 2, so no warning.
    const two = assessOk({ ...nepalToQatar, payments: [pay('agency-service', m('NPR', 131400), 'recruitment-agency')] });
    expect(two.monthsOfWages?.display).toBe('2.00');
    expect(two.warnings.map((w) => w.code)).not.toContain('fees.warning.debtBondageRisk');
  });
});

describe('assessRecruitmentFees', () => {
  it('tells the worker, per payment, that under the ILO the employer pays, with the ILO source', () => {
    const a = assessOk(nepalToQatar);
    expect(a.payments[0]!.ilo).toMatchObject({ shouldWorkerHavePaid: false, reason: { code: 'fees.ilo.recruitment-fee' } });
    expect(a.payments[0]!.ilo.sources.map((s) => s.url)).toContain('https://www.ilo.org/hanoi/Informationresources/Publicinformation/Videos/WCMS_743685/lang--en/index.htm');
    // The whole result is only as verified as its weakest fact: the ILO category list is unverified.
    expect(a.verification).toBe('unverified');
    expect(a.warnings).toContainEqual({ code: 'fees.warning.categoriesUnverified' });
  });

  it('totals per currency and converts both ways with one rate', () => {
    const a = assessOk({
      ...nepalToQatar,
      payments: [pay('agency-service', m('NPR', 36500), 'recruitment-agency'), pay('medical-exam', m('QAR', 100), 'medical-centre')],
    });
    expect(a.totals.paid).toEqual([m('NPR', 36500), m('QAR', 100)]);
    // In QAR: 36500 / 36.5 + 100 = 1,100. In NPR: 36,500 + 100 × 36.5 = 40,150.
    expect(a.totals.converted).toEqual([
      { currency: 'QAR', paid: m('QAR', 1100), shouldNotHavePaid: m('QAR', 1100), missingRates: [] },
      { currency: 'NPR', paid: m('NPR', 40150), shouldNotHavePaid: m('NPR', 40150), missingRates: [] },
    ]);
  });

  it('flags illegal payments, missing receipts and loans to third parties', () => {
    const a = assessOk({
      ...nepalToQatar,
      payments: [
        pay('deposit', m('NPR', 20000), 'recruitment-agency', { receipt: false }),
        pay('loan-repayment', m('NPR', 10000), 'other'),
      ],
    });
    const codes = a.warnings.map((w) => w.code);
    expect(a.warnings).toContainEqual({ code: 'fees.warning.illegitimateCosts', params: { count: 1 } });
    expect(a.warnings).toContainEqual({ code: 'fees.warning.noReceipt', params: { count: 1 } });
    expect(codes).toContain('fees.warning.loanToThirdParty');
    expect(a.payments[1]!.ilo.shouldWorkerHavePaid).toBe('unknown');
  });

  it('returns input problems as codes and never throws', () => {
    const bad = (input: unknown) => {
      const outcome = assessRecruitmentFees(input as AssessmentInput);
      expect(outcome.ok).toBe(false);
      return outcome.ok ? [] : outcome.problems;
    };
    expect(bad(null)).toEqual([{ field: '', code: 'error.invalid' }]);
    expect(bad({ ...nepalToQatar, paidOn: undefined })).toContainEqual({ field: 'paidOn', code: 'error.required' });
    expect(bad({ ...nepalToQatar, paidOn: '2023-02-29' })).toContainEqual({ field: 'paidOn', code: 'error.date' });
    expect(bad({ ...nepalToQatar, payments: [pay('visa', { currency: 'NPR', minor: -5 }, 'government')] })).toContainEqual({ field: 'payments.0.amount.minor', code: 'error.tooSmall', params: { minimum: 0 } });
    expect(bad({ ...nepalToQatar, payments: [pay('visa', { currency: 'NPR', minor: Number.NaN }, 'government')] })).toContainEqual({ field: 'payments.0.amount.minor', code: 'error.invalid' });
    expect(bad({ ...nepalToQatar, payments: [pay('visa', { currency: 'XYZ', minor: 5 }, 'government')] })).toContainEqual({ field: 'payments.0.amount.currency', code: 'fees.error.currency' });
    expect(bad({ ...nepalToQatar, payments: [{ ...pay('visa', m('NPR', 5), 'government'), purpose: 'processing' }] })).toContainEqual({ field: 'payments.0.purpose', code: 'error.choice' });
    expect(bad({ ...nepalToQatar, monthlyWageAtDestination: m('QAR', 0) })).toContainEqual({ field: 'monthlyWageAtDestination', code: 'fees.error.wageNotPositive' });
    expect(bad({ ...nepalToQatar, exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '0' }] })).toContainEqual({ field: 'exchangeRates.0.rate', code: 'fees.error.rate' });
    expect(bad({ ...nepalToQatar, exchangeRates: [{ from: 'QAR', to: 'QAR', rate: '1' }] })).toContainEqual({ field: 'exchangeRates.0', code: 'fees.error.rateSameCurrency' });
    expect(bad({ ...nepalToQatar, exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }, { from: 'NPR', to: 'QAR', rate: '0.0274' }] })).toContainEqual({ field: 'exchangeRates', code: 'fees.error.rateDuplicate' });
  });

  it('accepts a case with no payments and reports zero', () => {
    const a = assessOk({ ...nepalToQatar, payments: [] });
    expect(a.totals.paid).toEqual([]);
    expect(a.costToIncomeRatio).toMatchObject({ status: 'calculated', display: '0.00' });
  });
});
