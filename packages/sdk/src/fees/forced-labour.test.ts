import { describe, expect, it } from 'vitest';
import { screenForcedLabour, type ForcedLabourAnswers, type ForcedLabourScreen } from './forced-labour.js';
import { assessOk, m, pay } from './test-helpers.js';

function screenOk(answers: ForcedLabourAnswers, feeAssessment?: Parameters<typeof screenForcedLabour>[1]): ForcedLabourScreen {
  const outcome = screenForcedLabour(answers, feeAssessment);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.screen;
}

const status = (s: ForcedLabourScreen, id: string) => s.indicators.find((i) => i.id === id)!.status;

const fees = (npr: number, extra: Parameters<typeof pay>[] = []) =>
  assessOk({
    origin: 'NP',
    destination: 'QA',
    paidOn: '2024-03-01',
    payments: [pay('agency-service', m('NPR', npr), 'recruitment-agency'), ...extra.map((args) => pay(...args))],
    monthlyWageAtDestination: m('QAR', 1800),
    exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
  });

describe('screenForcedLabour', () => {
  it('with no answers: all eleven indicators not asked, keep records, and the caveat still shown', () => {
    const s = screenOk({});
    expect(s.indicators).toHaveLength(11);
    expect(s.indicators.every((i) => i.status === 'not-asked')).toBe(true);
    expect(s.summary).toEqual({ code: 'fees.fl.summary.none' });
    expect(s.nextStep).toEqual({ code: 'fees.fl.next.keepRecords' });
    expect(s.caveat).toEqual({ code: 'fees.fl.caveat' });
  });

  it('one "yes" shows one indicator, with the caveat that one alone does not prove forced labour', () => {
    const s = screenOk({ 'passport-kept': 'yes', 'passport-refused': 'no', 'wages-unpaid': 'no' });
    expect(s.present).toEqual(['retention-of-identity-documents']);
    expect(status(s, 'withholding-of-wages')).toBe('not-indicated');
    expect(s.summary).toEqual({ code: 'fees.fl.summary.present', params: { count: 1 } });
    expect(s.caveat).toEqual({ code: 'fees.fl.caveat' });
    expect(s.nextStep).toEqual({ code: 'fees.fl.next.getAdvice' });
    expect(s.indicators.find((i) => i.id === 'retention-of-identity-documents')!.answers).toEqual([
      { question: 'passport-kept', text: { code: 'fees.fl.question.passport-kept' }, answer: 'yes' },
      { question: 'passport-refused', text: { code: 'fees.fl.question.passport-refused' }, answer: 'no' },
    ]);
  });

  it('several signs are counted; "not sure" is a possible sign; violence calls for urgent help', () => {
    const s = screenOk({ 'physically-hurt': 'yes', 'job-not-as-promised': 'yes', 'very-long-hours': 'unsure' });
    expect(s.present).toEqual(['deception', 'physical-sexual-violence']);
    expect(s.possible).toEqual(['excessive-overtime']);
    expect(s.summary).toEqual({ code: 'fees.fl.summary.present', params: { count: 2 } });
    expect(s.nextStep).toEqual({ code: 'fees.fl.next.urgent' });
  });

  it('raises debt bondage as possible when fees exceed the threshold (2.28 months > 2)', () => {
    const s = screenOk({}, { feeAssessment: fees(150000) });
    expect(status(s, 'debt-bondage')).toBe('possible');
    expect(s.indicators.find((i) => i.id === 'debt-bondage')!.automatic).toEqual([
      { code: 'fees.fl.auto.feesAboveThreshold', params: { months: '2.28', threshold: '2.00' } },
    ]);
    expect(s.feeCheck).toEqual({ code: 'fees.fl.feeCheck.done' });
    expect(s.nextStep).toEqual({ code: 'fees.fl.next.getAdvice' });
    // The threshold is a project policy: its note travels with the result and the result is unverified.
    expect(s.notes.some((n) => /project policy/i.test(n))).toBe(true);
    expect(s.verification).toBe('unverified');
  });

  it('does not raise it at or under the threshold, but does for a "loan" repaid to the agency', () => {
    expect(status(screenOk({}, { feeAssessment: fees(131400) }), 'debt-bondage')).toBe('not-asked'); // exactly 2.00 months
    const loan = screenOk({}, { feeAssessment: fees(10000, [['loan-repayment', m('NPR', 20000), 'recruitment-agency']]) });
    expect(loan.indicators.find((i) => i.id === 'debt-bondage')!.automatic).toEqual([{ code: 'fees.fl.auto.recruitmentDebtRepaid' }]);
    // A worker's own "yes" stays "present" whatever the fees show.
    expect(status(screenOk({ 'owes-cannot-leave': 'yes' }, { feeAssessment: fees(150000) }), 'debt-bondage')).toBe('present');
  });

  it('says when the fee check could not run', () => {
    expect(screenOk({}).feeCheck).toEqual({ code: 'fees.fl.feeCheck.noAssessment' });
    const noWage = assessOk({ origin: 'NP', destination: 'QA', paidOn: '2024-03-01', payments: [pay('agency-service', m('NPR', 150000), 'recruitment-agency')] });
    expect(screenOk({}, { feeAssessment: noWage }).feeCheck).toEqual({ code: 'fees.fl.feeCheck.noRatio' });
  });

  it('returns problems for unknown questions or answers, never throws', () => {
    expect(screenForcedLabour({ 'is-forced-labour': 'yes' } as ForcedLabourAnswers)).toEqual({ ok: false, problems: [{ field: 'is-forced-labour', code: 'fees.error.unknownQuestion' }] });
    expect(screenForcedLabour({ 'passport-kept': 'maybe' } as unknown as ForcedLabourAnswers)).toEqual({ ok: false, problems: [{ field: 'passport-kept', code: 'error.choice' }] });
    expect(screenForcedLabour('yes' as unknown as ForcedLabourAnswers).ok).toBe(false);
    expect(screenForcedLabour(undefined as unknown as ForcedLabourAnswers).ok).toBe(false);
  });
});
