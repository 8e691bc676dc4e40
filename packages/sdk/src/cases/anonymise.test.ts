import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anonymiseCase, validateCase, type AnonymisationLevel, type Case } from './index.js';
import { arbCase, baseCase } from './test/fixtures.js';

const identified = (): Case =>
  baseCase({
    worker: { ...baseCase().worker, identifiers: { name: 'Ram Bahadur', passportNo: 'PA1234567', phone: '+977 98000 00000' } },
    consent: { given: true, scope: 'share-identified', givenOn: '2024-06-02' },
  });

describe('anonymiseCase', () => {
  it('low: drops direct identifiers only; exact dates and places stay for a trusted partner', () => {
    const a = anonymiseCase(identified(), { level: 'low' });
    expect(a.worker.identifiers).toBeUndefined();
    expect(a.anonymised).toBe('low');
    expect(a.worker.pseudonym).toBe('Worker A');
    expect(a.journey.destinationPlace).toBe('Doha');
    expect(a.violations[0]!.period).toEqual({ from: '2024-03-01', to: '2024-05-31' });
    expect(a.actions[0]!.filedOn).toBe('2024-06-10');
  });

  it('medium: months, no towns, no nickname, no free text', () => {
    const a = anonymiseCase(identified(), { level: 'medium' });
    expect(a.worker).toEqual({ pseudonym: a.id, gender: 'male', ageBand: '25-34', nationality: 'NP', sector: 'construction', migrationStatus: 'valid-permit' });
    expect(a.journey).toEqual({
      origin: 'NP',
      destination: 'QA',
      recruiter: 'Example Manpower Pvt Ltd',
      subAgent: 'Village agent',
      departureOn: '2023-01',
      arrivalOn: '2023-01',
      contract: { signedOn: '2022-12', basicMonthly: { currency: 'QAR', minor: 100000 }, substituted: true },
    });
    expect(a.violations.map((v) => v.period)).toEqual([{ from: '2024-03', to: '2024-05' }, { from: '2022-12' }, { from: '2023-01' }]);
    expect(a.referrals).toEqual([{ kind: 'embassy', on: '2024-06' }]);
    expect([a.createdOn, a.updatedOn, a.consent.givenOn]).toEqual(['2024-06', '2024-07', '2024-06']);
  });

  it('high: years, no agents, no residence status; amounts and countries kept for campaign totals', () => {
    const a = anonymiseCase(identified(), { level: 'high' });
    expect(a.journey.recruiter).toBeUndefined();
    expect(a.journey.subAgent).toBeUndefined();
    expect(a.worker.migrationStatus).toBeUndefined();
    expect(a.journey.departureOn).toBe('2023');
    expect(a.violations[0]).toEqual({ type: 'unpaid-wages', period: { from: '2024', to: '2024' }, amount: { currency: 'QAR', minor: 300000 } });
    expect([a.journey.origin, a.journey.destination, a.worker.nationality]).toEqual(['NP', 'QA', 'NP']);
  });

  it('never weakens an earlier, stronger anonymisation', () => {
    const high = anonymiseCase(identified(), { level: 'high' });
    expect(anonymiseCase(high, { level: 'low' })).toEqual(high);
  });

  it('does not touch the input', () => {
    const c = identified();
    const copy = structuredClone(c);
    anonymiseCase(c, { level: 'high' });
    expect(c).toEqual(copy);
  });

  const level = fc.constantFrom<AnonymisationLevel>('low', 'medium', 'high');
  it('always gives a valid case without identifiers, deterministically and idempotently', () => {
    fc.assert(
      fc.property(arbCase, level, (c, l) => {
        const a = anonymiseCase(c, { level: l });
        expect(validateCase(a)).toEqual({ ok: true, case: a });
        expect(a.worker.identifiers).toBeUndefined();
        expect(anonymiseCase(c, { level: l })).toEqual(a);
        expect(anonymiseCase(a, { level: l })).toEqual(a);
      }),
    );
  });
});
