import { describe, expect, it } from 'vitest';
import { DESTINATION_DATA } from './data/index.js';
import { limitsInForce } from './limits.js';

const step = (destination: 'HK' | 'AE' | 'SG', id: string) => DESTINATION_DATA[destination].pathways[0]!.steps.find((s) => s.id === id)!;

describe('limitsInForce', () => {
  const mecab = step('HK', 'mecab').limits;

  it('picks Hong Kong’s MECAB ceiling by the day the claim arose, not the day of filing', () => {
    // Research §0.4: HK$15,000 for claims arising on or after 17 Sep 2021; HK$8,000 before.
    const before = limitsInForce(mecab, { claimAroseOn: '2021-09-16', filedOn: '2022-03-01' });
    const after = limitsInForce(mecab, { claimAroseOn: '2021-09-17', filedOn: '2022-03-01' });
    expect(before.status === 'ok' && before.limits.map((l) => [l.kind, l.amount?.minor ?? l.count])).toEqual([['claim-max', 800_000], ['claimants-max', 10]]);
    expect(after.status === 'ok' && after.limits.map((l) => [l.kind, l.amount?.minor ?? l.count])).toEqual([['claim-max', 1_500_000], ['claimants-max', 10]]);
  });

  it('asks for the day the claim arose when the ceiling depends on it', () => {
    expect(limitsInForce(mecab, { filedOn: '2025-01-01' })).toMatchObject({ status: 'needs-date', needs: ['claimAroseOn'], limits: [{ kind: 'claimants-max' }] });
  });

  it('applies MOHRE’s AED 50,000 ceiling only to claims filed from 1 Jan 2024', () => {
    const mohre = step('AE', 'mohre-decision').limits;
    expect(limitsInForce(mohre, { filedOn: '2023-12-31' })).toEqual({ status: 'ok', limits: [] });
    expect(limitsInForce(mohre, { filedOn: '2024-01-01' })).toMatchObject({ status: 'ok', limits: [{ amount: { currency: 'AED', minor: 5_000_000 } }] });
  });

  it('keeps Singapore’s two tribunal ceilings with their conditions', () => {
    const r = limitsInForce(step('SG', 'ect').limits, { filedOn: '2025-01-01' });
    expect(r.status === 'ok' && r.limits.map((l) => [l.amount?.minor, l.condition])).toEqual([[2_000_000, undefined], [3_000_000, 'union-or-tmf-mediation']]);
  });

  it('returns problems for bad dates', () => {
    expect(limitsInForce(mecab, { filedOn: 'soon' })).toEqual({ status: 'invalid', problems: [{ code: 'pathways.error.date', params: { field: 'filedOn' } }] });
    expect(limitsInForce(mecab, { claimAroseOn: '2025-02-01', filedOn: '2025-01-01' })).toEqual({ status: 'invalid', problems: [{ code: 'pathways.error.claimAfterFiling' }] });
  });
});
