import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, splitByMonth } from '../dates/index.js';
import { CURRENCY_OF, DESTINATIONS } from '../geo/index.js';
import type { Catalogue, Coded } from '../i18n/index.js';
import common from '../locales/en/common.js';
import wages from '../locales/en/wages.js';
import { calculateWageClaim, calculateWageClaimWithRules, gratuityStatus, loadWageRules, WAGE_RULES, type CountryWageData, minimumWageStatus, type OvertimeKind, type WageClaim, type WageClaimInput } from './index.js';
import { DEDUCTION_KINDS, OVERTIME_KINDS } from './schema.js';

const RUNS = 1000;
/** 1,000 claims of up to four years each take seconds; leave room for a busy machine. */
const SLOW = 120_000;

/** Claims a worker could plausibly enter: any destination, 2015–2027, up to about four years. */
const claimInput: fc.Arbitrary<WageClaimInput> = fc
  .record({
    country: fc.constantFrom(...DESTINATIONS),
    category: fc.constantFrom('general' as const, 'domestic' as const),
    startOffset: fc.integer({ min: 0, max: 4700 }),
    length: fc.integer({ min: 0, max: 1500 }),
    signedBefore: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    employerSize: fc.option(fc.constantFrom('under-5' as const, '5-or-more' as const), { nil: undefined }),
    ended: fc.boolean(),
    ending: fc.option(fc.constantFrom('termination' as const, 'resignation' as const, 'contract-end' as const), { nil: undefined }),
    basic: fc.integer({ min: 0, max: 3_000_000 }),
    housing: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
    food: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
    other: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
    housingProvided: fc.boolean(),
    foodProvided: fc.boolean(),
    paid: fc.integer({ min: 0, max: 100_000_000 }),
    overtimePaid: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    gratuityPaid: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    hours: fc.array(fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    deductions: fc.array(fc.record({ month: fc.nat(), amount: fc.integer({ min: 0, max: 1_000_000 }), kind: fc.constantFrom(...DEDUCTION_KINDS) }), { maxLength: 4 }),
  })
  .map((r) => {
    const currency = CURRENCY_OF[r.country]!;
    const money = (minor: number) => ({ currency, minor });
    const start = addDays('2015-01-01', r.startOffset);
    const end = addDays(start, r.length);
    const months = splitByMonth(start, end).map((s) => s.month);
    // Hours in hundredths, kept within the hours that exist in the period (a quarter of them per kind).
    const cap = (r.length + 1) * 6;
    const overtimeHours: Partial<Record<OvertimeKind, number>> = {};
    OVERTIME_KINDS.forEach((kind, i) => {
      const h = r.hours[i];
      if (h !== undefined) overtimeHours[kind] = Math.min(h / 100, cap);
    });
    return {
      country: r.country,
      workerCategory: r.category,
      employment: {
        start,
        end,
        ended: r.ended,
        ...(r.ending ? { ending: r.ending } : {}),
        ...(r.signedBefore !== undefined ? { contractSignedOn: addDays(start, -r.signedBefore) } : {}),
        ...(r.employerSize ? { employerSize: r.employerSize } : {}),
      },
      contract: {
        basicMonthly: money(r.basic),
        allowances: {
          ...(r.housing !== undefined ? { housing: money(r.housing) } : {}),
          ...(r.food !== undefined ? { food: money(r.food) } : {}),
          ...(r.other !== undefined ? { other: money(r.other) } : {}),
        },
        housingProvided: r.housingProvided,
        foodProvided: r.foodProvided,
      },
      overtimeHours,
      paid: money(r.paid),
      ...(r.overtimePaid !== undefined ? { overtimePaid: money(r.overtimePaid) } : {}),
      ...(r.gratuityPaid !== undefined ? { gratuityPaid: money(r.gratuityPaid) } : {}),
      deductions: r.deductions.map((d) => ({ month: months[d.month % months.length]!, amount: money(d.amount), kind: d.kind })),
    } satisfies WageClaimInput;
  });

const GARBAGE = [Number.NaN, Infinity, -Infinity, -1, 0.5, -0, 1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, '', 'x', null, undefined, {}, [], true, '2024-02-30', '9999-12-31', '0000-01-01', '0099-06-01', 'QA', { currency: 'QAR', minor: 1 }];
const PATHS = [
  'country', 'workerCategory', 'employment', 'employment.start', 'employment.end', 'employment.contractSignedOn', 'employment.employerSize', 'employment.ending', 'employment.ended',
  'contract', 'contract.basicMonthly', 'contract.basicMonthly.minor', 'contract.basicMonthly.currency', 'contract.allowances', 'contract.allowances.housing', 'contract.allowances.food.minor',
  'paid', 'paid.minor', 'paid.currency', 'overtimePaid', 'overtimePaid.minor', 'gratuityPaid.minor', 'overtimeHours', 'overtimeHours.ordinary', 'overtimeHours.night', 'deductions', 'deductions.0', 'deductions.0.amount.minor', 'deductions.0.month',
];

/** A copy of `input` with the value at `path` replaced (creating objects on the way). */
function withValue(input: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
  return copy;
}

function assertSound(claim: WageClaim): void {
  const amounts = [claim.total, ...claim.lines.map((l) => l.amount)];
  for (const a of amounts) {
    expect(Number.isSafeInteger(a.minor)).toBe(true);
    expect(a.minor).toBeGreaterThanOrEqual(0);
    expect(a.currency).toBe(claim.currency);
  }
  const calculated = claim.lines.filter((l) => l.status === 'calculated').reduce((s, l) => s + l.amount.minor, 0);
  expect(claim.total.minor).toBe(calculated);
  for (const l of claim.lines.filter((x) => x.status === 'not-covered')) expect(l.amount.minor).toBe(0);
}

function total(input: WageClaimInput): number | undefined {
  const outcome = calculateWageClaim(input);
  return outcome.ok ? outcome.claim.total.minor : undefined;
}

describe('calculateWageClaim properties', () => {
  it('never crashes, and never yields NaN, a negative amount or a total that is not the sum of its lines, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.tuple(claimInput, fc.constantFrom(...PATHS), fc.constantFrom(...GARBAGE)).map(([i, p, v]) => withValue(i, p, v))), (input) => {
        const outcome = calculateWageClaim(input as WageClaimInput);
        if (outcome.ok) assertSound(outcome.claim);
        else for (const p of outcome.problems) expect(p.code).toMatch(/^error\./);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('accepts every plausible input and its lines sum to the total', () => {
    fc.assert(
      fc.property(claimInput, (input) => {
        const outcome = calculateWageClaim(input);
        expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems)).toBe(true);
        if (outcome.ok) assertSound(outcome.claim);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('accepts reversed dates as a problem, not a claim', () => {
    fc.assert(
      fc.property(claimInput, fc.integer({ min: 1, max: 3000 }), (input, back) => {
        const reversed = { ...input, employment: { ...input.employment, end: addDays(input.employment.start, -back) } };
        const outcome = calculateWageClaim(reversed);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.problems).toContainEqual({ field: 'employment.end', code: 'error.endBeforeStart' });
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('more unpaid overtime hours never lower the total', () => {
    fc.assert(
      fc.property(claimInput, fc.constantFrom(...OVERTIME_KINDS), fc.integer({ min: 1, max: 5000 }), (input, kind, extra) => {
        const more = { ...input, overtimeHours: { ...input.overtimeHours, [kind]: (input.overtimeHours?.[kind] ?? 0) + extra / 100 } };
        const before = total(input);
        const after = total(more);
        fc.pre(before !== undefined && after !== undefined);
        expect(after!).toBeGreaterThanOrEqual(before!);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('a later end date with the same pay received never lowers the total', () => {
    fc.assert(
      fc.property(claimInput, fc.integer({ min: 1, max: 500 }), (input, later) => {
        const longer = { ...input, employment: { ...input.employment, end: addDays(input.employment.end, later) } };
        const before = total(input);
        const after = total(longer);
        fc.pre(before !== undefined && after !== undefined);
        expect(after!).toBeGreaterThanOrEqual(before!);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);
});

describe('every code the rules emit has an English message with all its placeholders filled', () => {
  const catalogue: Catalogue = { ...wages, ...common };

  function check(coded: Coded | undefined, where: string): void {
    if (!coded) return;
    const message = catalogue[coded.code];
    expect(message, `${where}: ${coded.code}`).toBeDefined();
    const placeholders = [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((x) => x[1]!);
    for (const name of placeholders) expect(coded.params ?? {}, `${coded.code} needs {${name}}`).toHaveProperty([name]);
  }

  it('in claims', () => {
    fc.assert(
      fc.property(claimInput, (input) => {
        const outcome = calculateWageClaim(input);
        if (!outcome.ok) return;
        const c = outcome.claim;
        for (const l of c.lines) {
          check(l.basis, `${l.kind} basis`);
          for (const d of l.details) check(d, `${l.kind} detail`);
        }
        for (const w of c.warnings) check(w, 'warning');
        for (const a of c.assumptions) check(a, 'assumption');
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('in minimum-wage and gratuity answers', () => {
    fc.assert(
      fc.property(claimInput, (input) => {
        const { country, workerCategory } = input;
        const { start, end, contractSignedOn, employerSize, ending } = input.employment;
        const min = minimumWageStatus({ country, on: end, workerCategory, ...(contractSignedOn ? { contractSignedOn } : {}), ...(employerSize ? { employerSize } : {}) });
        if (min.status !== 'applies') check(min.reason, 'minimum');
        const g = gratuityStatus({ country, workerCategory, basicMonthlyWage: input.contract.basicMonthly, start, end, ...(ending ? { ending } : {}) });
        if (g.status === 'calculated') {
          for (const a of g.result.adjustments) check(a, 'gratuity adjustment');
          for (const p of g.result.breakdown) check(p.rate, 'gratuity rate');
        } else check(g.reason, 'gratuity');
      }),
      { numRuns: RUNS },
    );
  }, SLOW);
});

describe('rules loaded on demand', () => {
  it('give the same claim as the bundled rules, and rules of another country are refused', async () => {
    const loaded = new Map<string, CountryWageData>(await Promise.all(DESTINATIONS.map(async (c) => [c, (await loadWageRules(c))!] as const)));
    fc.assert(
      fc.property(claimInput, fc.constantFrom(...DESTINATIONS), (input, other) => {
        expect(calculateWageClaimWithRules(input, loaded.get(input.country)!)).toEqual(calculateWageClaim(input));
        if (other === input.country) return;
        const refused = calculateWageClaimWithRules(input, WAGE_RULES[other]!);
        // Invalid input is reported as it always is; a valid one is refused on its country.
        if (calculateWageClaim(input).ok) expect(refused).toEqual({ ok: false, problems: [{ field: 'country', code: 'error.countryNotCovered', params: { country: input.country } }] });
        else expect(refused.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);
});
