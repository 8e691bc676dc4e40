/** Small builders shared by the fees tests (not exported from the module). */
import { fromMajor, type Money } from '../money/index.js';
import { assessRecruitmentFees } from './assess.js';
import type { AssessmentInput, Payment } from './schema.js';
import type { FeeAssessment } from './types.js';

export const m = (currency: string, major: string | number): Money => fromMajor(currency, major);

export function pay(purpose: Payment['purpose'], amount: Money, paidTo: Payment['paidTo'], extra: Partial<Payment> = {}): Payment {
  return { purpose, amount, paidTo, ...extra };
}

/** Assesses and fails loudly on input problems, so a test reads as the worked example. */
export function assessOk(input: AssessmentInput): FeeAssessment {
  const outcome = assessRecruitmentFees(input);
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.assessment;
}

/** The verdict of one rule on one payment. */
export function verdict(a: FeeAssessment, paymentIndex: number, ruleId: string) {
  const v = a.payments[paymentIndex]!.caps.find((c) => c.ruleId === ruleId);
  if (!v) throw new Error(`no verdict for ${ruleId} on payment ${paymentIndex}`);
  return v;
}

export function summary(a: FeeAssessment, ruleId: string) {
  const s = a.rules.find((r) => r.rule.ruleId === ruleId);
  if (!s) throw new Error(`rule ${ruleId} not applied`);
  return s;
}
