import { describe, expect, it } from 'vitest';
import { classifyPayment } from './classify.js';
import { m, pay } from './test-helpers.js';

const npr = m('NPR', 20000);

describe('classifyPayment: by what it paid for and who received it, not by its label', () => {
  it('ignores the label: the same service is the same cost whatever it is called', () => {
    const labels = ['processing fee', 'training fee', 'mobilisation', 'deposit', 'loan'];
    const results = labels.map((label) => classifyPayment(pay('agency-service', npr, 'recruitment-agency', { label })));
    for (const r of results) expect({ group: r.group, category: r.category }).toEqual({ group: 'recruitment-fee', category: 'recruitment-fee' });
    expect(results[1]!.basis).toContainEqual({ code: 'fees.classify.labelIgnored', params: { label: 'training fee' } });
  });

  it('reads an agency "deposit" that is really a service fee as a recruitment fee, and a real deposit as illegitimate', () => {
    expect(classifyPayment(pay('agency-service', npr, 'sub-agent', { label: 'deposit' })).category).toBe('recruitment-fee');
    expect(classifyPayment(pay('deposit', npr, 'recruitment-agency', { label: 'service fee' }))).toMatchObject({ group: 'illegitimate-cost', category: 'deposit' });
  });

  it('maps related costs to their ILO category', () => {
    expect(classifyPayment(pay('medical-exam', npr, 'medical-centre')).category).toBe('medical');
    expect(classifyPayment(pay('welfare-fund', npr, 'government')).category).toBe('insurance');
    expect(classifyPayment(pay('air-ticket', npr, 'recruitment-agency')).category).toBe('travel-lodging');
    expect(classifyPayment(pay('visa', npr, 'recruitment-agency'))).toMatchObject({ group: 'related-cost', category: 'administrative' });
  });

  it('uses the payee when the purpose depends on it', () => {
    // A "loan" repaid to the agency or employer recovers recruitment costs from the worker.
    expect(classifyPayment(pay('loan-repayment', npr, 'employer')).category).toBe('illegal-cost-recovery');
    // Repaid to a moneylender it is not itself a recruitment cost (its purpose should be entered instead).
    expect(classifyPayment(pay('loan-repayment', npr, 'other'))).toMatchObject({ group: 'unclassified', basis: [{ code: 'fees.classify.loanToThirdParty' }] });
    expect(classifyPayment(pay('unofficial-payment', npr, 'government')).category).toBe('bribe');
    expect(classifyPayment(pay('unofficial-payment', npr, 'sub-agent')).category).toBe('kickback');
    expect(classifyPayment(pay('other', npr, 'sub-agent')).category).toBe('recruitment-fee');
    expect(classifyPayment(pay('other', npr, 'training-centre')).category).toBe('training-orientation');
    expect(classifyPayment(pay('other', npr, 'other')).group).toBe('unclassified');
  });

  it('takes who imposed it into account: a freely chosen extra is outside the definition, but a bribe never is', () => {
    expect(classifyPayment(pay('training', npr, 'training-centre', { imposedBy: 'worker-choice' })).group).toBe('worker-choice');
    expect(classifyPayment(pay('training', npr, 'training-centre', { imposedBy: 'recruitment-agency' })).group).toBe('related-cost');
    const bribe = classifyPayment(pay('unofficial-payment', npr, 'government', { imposedBy: 'worker-choice' }));
    expect(bribe.group).toBe('illegitimate-cost');
    expect(bribe.basis).toContainEqual({ code: 'fees.classify.alwaysProhibited' });
  });

  it('carries the verification of the ILO categories (unverified) and notes payments older than the Definition', () => {
    const c = classifyPayment(pay('medical-exam', npr, 'medical-centre'), { paidOn: '2018-05-01' });
    expect(c.verification).toBe('unverified');
    expect(c.note).toMatch(/pp\. 27–29/);
    expect(c.basis).toContainEqual({ code: 'fees.classify.beforeDefinition' });
  });
});
