/**
 * Throughput of assessRecruitmentFees (ILO classification, national caps and bans, totals and
 * conversion, SDG 10.7.1 ratio), the work behind each answer in <mr-fee-checker>, and of the
 * forced-labour screen that follows it. Inputs follow assess.test.ts, caps.test.ts and forced-labour.test.ts.
 * Run: cd packages/sdk && npx vitest bench --run src/fees
 */
import { bench, describe, expect } from 'vitest';
import { screenForcedLabour, type AssessmentInput, type ForcedLabourAnswers } from './index.js';
import { assessRecruitmentFees } from './assess.js';
import { assessOk, m, pay } from './test-helpers.js';

/** Nepal → Qatar: agency fee, medical exam and a freely chosen course, with the wage and a rate (SDG ratio 2.34). */
const nepalToQatar: AssessmentInput = {
  origin: 'NP',
  destination: 'QA',
  paidOn: '2024-03-01',
  payments: [
    pay('agency-service', m('NPR', 150000), 'recruitment-agency'),
    pay('medical-exam', m('QAR', 100), 'medical-centre'),
    pay('training', m('NPR', 50000), 'training-centre', { imposedBy: 'worker-choice' }),
  ],
  monthlyWageAtDestination: m('QAR', 1800),
  exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
};

/** Philippines → Saudi Arabia: placement fee over one month's wage, paid in pesos, no receipt. */
const philippinesToSaudi: AssessmentInput = {
  origin: 'PH',
  destination: 'SA',
  paidOn: '2024-05-01',
  payments: [pay('agency-service', m('PHP', 30000), 'recruitment-agency', { receipt: false })],
  monthlyWageAtDestination: m('SAR', 1500),
  exchangeRates: [{ from: 'SAR', to: 'PHP', rate: '15' }],
};

/** Philippines → Hong Kong domestic helper: commission above 10 % and a medical exam the employer pays. */
const philippinesToHongKong: AssessmentInput = {
  origin: 'PH',
  destination: 'HK',
  workerCategory: 'domestic',
  paidOn: '2025-10-15',
  monthlyWageAtDestination: m('HKD', 5100),
  payments: [pay('agency-service', m('HKD', 600), 'recruitment-agency'), pay('medical-exam', m('HKD', 400), 'medical-centre')],
};

const answers: ForcedLabourAnswers = { 'passport-kept': 'yes', 'passport-refused': 'no', 'wages-unpaid': 'no', 'job-not-as-promised': 'yes', 'very-long-hours': 'unsure' };

// Check once, outside the timed loops.
const assessed = assessOk(nepalToQatar);
expect(assessed.costToIncomeRatio).toMatchObject({ status: 'calculated', display: '2.34' }); // (150,000 + 100 × 36.5) ÷ (1,800 × 36.5); the chosen course is left out
assessOk(philippinesToSaudi);
assessOk(philippinesToHongKong);
expect(screenForcedLabour(answers, { feeAssessment: assessed }).ok).toBe(true);

describe('assessRecruitmentFees', () => {
  bench('Nepal → Qatar, 3 payments, 2 currencies, SDG ratio', () => {
    if (!assessRecruitmentFees(nepalToQatar).ok) throw new Error('refused');
  });
  bench('Philippines → Saudi Arabia, placement-fee cap on the wage', () => {
    if (!assessRecruitmentFees(philippinesToSaudi).ok) throw new Error('refused');
  });
  bench('Philippines → Hong Kong domestic, commission cap and employer-pays', () => {
    if (!assessRecruitmentFees(philippinesToHongKong).ok) throw new Error('refused');
  });
});

describe('screenForcedLabour', () => {
  bench('5 answers with the Nepal → Qatar fee assessment', () => {
    if (!screenForcedLabour(answers, { feeAssessment: assessed }).ok) throw new Error('refused');
  });
});
