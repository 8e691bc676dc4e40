import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summariseCases, WAGE_THEFT_VIOLATIONS, type Case, type Violation } from './index.js';
import { arbCase, baseCase, generateCases } from './test/fixtures.js';

/**
 * A set shaped like MFA's study of 451 migrant workers (seed report): 31 % reported wage theft and
 * 46 % of those were in conditions of forced labour. 31 % of 451 ≈ 140 and 46 % of 140 ≈ 64, so:
 * - cases 0–99: Qatar, two unpaid-wage periods (QAR 1,000.00 + QAR 500.00) from 2020-04-15;
 * - cases 100–139: Kuwait, unpaid end of service KWD 120.500 from 2020-05;
 * - cases 0–63 also show debt bondage; for cases 0–9 it started earlier, in 2019-11;
 * - cases 140–159: isolation only (an indicator without wage theft), dated 2021 only;
 * - cases 160–450: recruitment fees, undated; Saudi Arabia.
 */
function studySet(): Case[] {
  return Array.from({ length: 451 }, (_, i) => {
    const violations: Violation[] = [];
    let destination = 'SA';
    if (i < 100) {
      destination = 'QA';
      violations.push(
        { type: 'unpaid-wages', period: { from: '2020-04-15', to: '2020-04-30' }, amount: { currency: 'QAR', minor: 100000 } },
        { type: 'unpaid-wages', period: { from: '2020-05-01', to: '2020-05-31' }, amount: { currency: 'QAR', minor: 50000 } },
      );
    } else if (i < 140) {
      destination = 'KW';
      violations.push({ type: 'unpaid-end-of-service', period: { from: '2020-05' }, amount: { currency: 'KWD', minor: 120500 } });
    } else if (i < 160) violations.push({ type: 'isolation', period: { from: '2021' } });
    else violations.push({ type: 'recruitment-fees' });
    if (i < 64) violations.push({ type: 'debt-bondage', period: { from: i < 10 ? '2019-11' : '2020-06' } });
    return baseCase({
      id: `study-${String(i).padStart(4, '0')}`,
      status: i < 140 ? 'in-progress' : 'open',
      journey: { origin: 'NP', destination },
      violations,
    });
  });
}

describe('summariseCases on the study-shaped set', () => {
  const s = summariseCases(studySet());

  it('counts cases by destination, violation and status', () => {
    expect(s.cases).toBe(451);
    expect(s.byDestination).toEqual({ KW: 40, QA: 100, SA: 311 });
    expect(s.byOrigin).toEqual({ NP: 451 });
    expect(s.bySector).toEqual({ construction: 451 });
    expect(s.byStatus).toEqual({ open: 311, 'in-progress': 140, resolved: 0, 'closed-unresolved': 0 });
    // Two unpaid-wage periods in one case count the case once.
    expect(s.byViolation).toMatchObject({ 'unpaid-wages': 100, 'unpaid-end-of-service': 40, 'debt-bondage': 64, isolation: 20, 'recruitment-fees': 291, deception: 0 });
  });

  it('gives the forced-labour share as exact counts: 64 of 140 wage-theft cases', () => {
    expect(s.forcedLabour).toEqual({ wageTheftCases: 140, withIndicator: 64, share: { num: 64, den: 140 } });
    // 140 / 451 = 31.04 % and 64 / 140 = 45.71 %: the study's rounded 31 % and 46 %.
    expect(Math.round((100 * s.forcedLabour.wageTheftCases) / s.cases)).toBe(31);
    expect(Math.round((100 * s.forcedLabour.share!.num) / s.forcedLabour.share!.den)).toBe(46);
  });

  it('sums wages lost per currency in minor units', () => {
    // QAR: 100 × (100000 + 50000) = 15,000,000 fils = QAR 150,000.00. KWD: 40 × 120500 = 4,820,000 fils = KWD 4,820.000.
    // Recruitment fees are not wages and are not added.
    expect(s.wagesLost).toEqual([
      { currency: 'KWD', minor: 4_820_000 },
      { currency: 'QAR', minor: 15_000_000 },
    ]);
  });

  it('dates each case by its earliest violation', () => {
    expect(s.byMonth).toEqual({ '2019-11': 10, '2020-04': 100 - 10, '2020-05': 40 });
    expect(s.byYear).toEqual({ '2019': 10, '2020': 130, '2021': 20 });
    expect(s.undated).toBe(291);
    expect(s.problems).toEqual([]);
  });
});

describe('converting wages lost', () => {
  // Illustrative rates typed by a user, not market data.
  const qarUsd = { from: 'QAR', to: 'USD', rate: '0.2747' };
  const kwdUsd = { from: 'KWD', to: 'USD', rate: '3.25' };

  it('converts with the rates given', () => {
    const s = summariseCases(studySet(), { to: 'USD', exchangeRates: [qarUsd, kwdUsd] });
    // QAR 150,000.00 × 0.2747 = USD 41,205.00; KWD 4,820.000 × 3.25 = USD 15,665.00; total USD 56,870.00.
    expect(s.converted).toEqual({ to: 'USD', total: { currency: 'USD', minor: 5_687_000 }, complete: true, missingRates: [], ratesUsed: [kwdUsd, qarUsd] });
  });

  it('reports a missing rate and never guesses it (no inversion of USD→KWD either)', () => {
    const s = summariseCases(studySet(), { to: 'USD', exchangeRates: [qarUsd, { from: 'USD', to: 'KWD', rate: '0.307' }] });
    expect(s.converted).toEqual({ to: 'USD', total: { currency: 'USD', minor: 4_120_500 }, complete: false, missingRates: ['KWD'], ratesUsed: [qarUsd] });
    expect(s.problems).toEqual([{ code: 'cases.summary.rateMissing', params: { from: 'KWD', to: 'USD' } }]);
  });

  it('reports an invalid rate or target currency', () => {
    const bad = summariseCases(studySet(), { to: 'USD', exchangeRates: [{ from: 'QAR', to: 'USD', rate: 'abc' }, kwdUsd] });
    expect(bad.converted).toMatchObject({ complete: false, missingRates: ['QAR'], total: { currency: 'USD', minor: 1_566_500 } });
    expect(bad.problems).toEqual([{ code: 'cases.summary.rateInvalid', params: { from: 'QAR', to: 'USD' } }]);
    const noCurrency = summariseCases(studySet(), { to: 'XYZ1' });
    expect(noCurrency.converted).toBeUndefined();
    expect(noCurrency.problems).toEqual([{ code: 'cases.summary.currencyInvalid', params: { currency: 'XYZ1' } }]);
  });
});

describe('bad input', () => {
  it('counts and reports malformed entries instead of crashing or producing NaN', () => {
    const junk = [
      null,
      42,
      { violations: [{ type: 'nope' }, null, { type: 'unpaid-wages', amount: { currency: 'QAR', minor: Number.NaN } }, { type: 'underpayment', amount: { currency: 'QAR', minor: -5 } }] },
      { journey: null, worker: null, violations: 'x', status: 7 },
    ] as unknown as Case[];
    const s = summariseCases(junk);
    expect(s.cases).toBe(2);
    expect(s.byDestination).toEqual({ unknown: 2 });
    expect(s.byStatus).toMatchObject({ unknown: 2 });
    expect(s.wagesLost).toEqual([]);
    expect(s.undated).toBe(2);
    expect(s.problems).toEqual([
      { code: 'cases.summary.malformed', params: { count: 2 } },
      { code: 'cases.summary.unknownViolation', params: { count: 2 } },
      { code: 'cases.summary.amountInvalid', params: { count: 2 } },
    ]);
  });

  it('refuses a total that would lose precision', () => {
    const big = (id: string) => baseCase({ id, violations: [{ type: 'unpaid-wages', amount: { currency: 'QAR', minor: Number.MAX_SAFE_INTEGER - 1 } }] });
    const s = summariseCases([big('big-case-1'), big('big-case-2')]);
    expect(s.wagesLost).toEqual([]);
    expect(s.problems).toEqual([{ code: 'cases.summary.totalTooLarge', params: { currency: 'QAR' } }]);
  });

  it('handles an empty set', () => {
    const s = summariseCases([]);
    expect(s.cases).toBe(0);
    expect(s.forcedLabour).toEqual({ wageTheftCases: 0, withIndicator: 0 });
  });
});

describe('properties', () => {
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const WAGE_THEFT: readonly string[] = WAGE_THEFT_VIOLATIONS;

  it('every breakdown adds up to the number of cases; wages equal an exact BigInt sum', () => {
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 30 }), (cases) => {
        const s = summariseCases(cases);
        expect(s.cases).toBe(cases.length);
        for (const breakdown of [s.byDestination, s.byOrigin, s.bySector, s.byStatus]) expect(total(breakdown)).toBe(cases.length);
        expect(total(s.byYear) + s.undated).toBe(cases.length);
        expect(total(s.byMonth)).toBeLessThanOrEqual(total(s.byYear));
        expect(s.forcedLabour.withIndicator).toBeLessThanOrEqual(s.forcedLabour.wageTheftCases);
        expect(s.forcedLabour.wageTheftCases).toBeLessThanOrEqual(cases.length);
        const expected = new Map<string, bigint>();
        for (const c of cases) for (const v of c.violations) if (v.amount && WAGE_THEFT.includes(v.type)) expected.set(v.amount.currency, (expected.get(v.amount.currency) ?? 0n) + BigInt(v.amount.minor));
        expect(new Map(s.wagesLost.map((m) => [m.currency, BigInt(m.minor)]))).toEqual(expected);
        for (const m of s.wagesLost) expect(m.minor).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('matches the generator shares on a large set (31 % wage theft, 46 % of those with an indicator)', () => {
    const s = summariseCases(generateCases(20_000, 7));
    expect(s.cases).toBe(20_000);
    expect(Math.abs(s.forcedLabour.wageTheftCases / s.cases - 0.31)).toBeLessThan(0.02);
    expect(Math.abs(s.forcedLabour.withIndicator / s.forcedLabour.wageTheftCases - 0.46)).toBeLessThan(0.03);
  });
});
