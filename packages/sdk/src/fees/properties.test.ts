import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import english from '../locales/en/fees.js';
import { DESTINATIONS, ORIGINS } from '../geo/index.js';
import { assessRecruitmentFees } from './assess.js';
import { FORCED_LABOUR_QUESTION_IDS } from './data/forced-labour.js';
import { FORCED_LABOUR_ANSWERS, screenForcedLabour, type ForcedLabourAnswers } from './forced-labour.js';
import { IMPOSERS, OCCUPATIONS, PAYEES, PAYMENT_PURPOSES, WORKER_CATEGORIES, WORKER_SEXES, type AssessmentInput, type Payment } from './schema.js';
import type { FeeAssessment } from './types.js';

const CURRENCIES = ['NPR', 'QAR', 'SGD', 'HKD', 'PHP', 'BDT', 'INR', 'PKR', 'USD', 'KWD', 'IDR', 'MMK'];
const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const money = fc.record({ currency: fc.constantFrom(...CURRENCIES), minor: fc.integer({ min: 0, max: 10_000_000_000 }) });
const rateText = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9999 })).filter(([w, f]) => w + f > 0).map(([w, f]) => `${w}.${f}`);

const payment: fc.Arbitrary<Payment> = fc.record(
  {
    purpose: fc.constantFrom(...PAYMENT_PURPOSES),
    amount: money,
    paidTo: fc.constantFrom(...PAYEES),
    receipt: fc.boolean(),
    imposedBy: fc.constantFrom(...IMPOSERS),
    label: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['purpose', 'amount', 'paidTo'] },
);

const rates = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...CURRENCIES), fc.constantFrom(...CURRENCIES)).filter(([a, b]) => a !== b), {
    maxLength: 8,
    selector: ([a, b]) => [a, b].sort().join('/'),
  })
  .chain((pairs) => fc.tuple(...pairs.map(([from, to]) => rateText.map((rate) => ({ from, to, rate })))));

const input: fc.Arbitrary<AssessmentInput> = fc.record(
  {
    origin: fc.constantFrom(...ORIGINS, 'US'),
    destination: fc.constantFrom(...DESTINATIONS, 'TH', 'KW', 'GB', 'BN'),
    occupation: fc.constantFrom(...OCCUPATIONS),
    workerCategory: fc.constantFrom(...WORKER_CATEGORIES),
    workerSex: fc.constantFrom(...WORKER_SEXES),
    contractMonths: fc.integer({ min: 1, max: 120 }),
    paidOn: isoDay,
    payments: fc.array(payment, { maxLength: 10 }),
    monthlyWageAtDestination: money.map((m) => ({ ...m, minor: m.minor + 1 })),
    exchangeRates: rates,
  },
  { requiredKeys: ['origin', 'destination', 'paidOn', 'payments'] },
);

/**
 * The assessment, or undefined when its numbers outgrow exact integers (absurd amounts times absurd
 * rates): that case must come back as the `fees.error.outOfRange` problem, never as a crash.
 */
function assessed(i: AssessmentInput): FeeAssessment | undefined {
  const outcome = assessRecruitmentFees(i);
  if (outcome.ok) return outcome.assessment;
  expect(outcome.problems).toEqual([{ field: 'payments', code: 'fees.error.outOfRange' }]);
  return undefined;
}

/** Every number in a result, and every Money-looking object, found by walking it. */
function walk(value: unknown, visit: (v: unknown) => void): void {
  visit(value);
  if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, visit);
}

const totalIn = (list: readonly { currency: string; minor: number }[], currency: string) => list.find((m) => m.currency === currency)?.minor ?? 0;

describe('fee checker properties', () => {
  it('never crashes, never yields NaN, and never a negative or unsafe amount', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = assessed(i);
        if (!a) return;
        walk(a, (v) => {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          if (v && typeof v === 'object' && 'currency' in v && 'minor' in v) {
            const minor = (v as { minor: number }).minor;
            expect(Number.isSafeInteger(minor) && minor >= 0).toBe(true);
          }
        });
        if (a.monthsOfWages) expect(a.monthsOfWages.ratio.den).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a payment never lowers what was paid, what should not have been paid, or the months of wages', () => {
    fc.assert(
      fc.property(input, payment, (i, extra) => {
        const before = assessed(i);
        const after = assessed({ ...i, payments: [...i.payments, extra] });
        fc.pre(!!before && !!after);
        if (!before || !after) return;
        for (const c of CURRENCIES) {
          expect(totalIn(after.totals.paid, c)).toBeGreaterThanOrEqual(totalIn(before.totals.paid, c));
          expect(totalIn(after.totals.shouldNotHavePaid, c)).toBeGreaterThanOrEqual(totalIn(before.totals.shouldNotHavePaid, c));
        }
        after.totals.converted.forEach((t, k) => {
          const b = before.totals.converted[k]!;
          if (t.shouldNotHavePaid && b.shouldNotHavePaid) expect(t.shouldNotHavePaid.minor).toBeGreaterThanOrEqual(b.shouldNotHavePaid.minor);
        });
        if (before.monthsOfWages && after.monthsOfWages) expect(after.monthsOfWages.hundredths).toBeGreaterThanOrEqual(before.monthsOfWages.hundredths);
      }),
      { numRuns: 200 },
    );
  });

  it('splits a rule’s excess over the payments: the per-payment excesses add up to it (to rounding)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = assessed(i);
        if (!a) return;
        for (const rule of a.rules) {
          if (rule.status !== 'exceeds' || rule.atLeast || !rule.excess) continue;
          const parts = a.payments.map((p) => p.caps.find((c) => c.ruleId === rule.rule.ruleId)?.byInCapCurrency?.minor ?? 0);
          const sum = parts.reduce((x, y) => x + y, 0);
          expect(Math.abs(sum - rule.excess.minor)).toBeLessThanOrEqual(parts.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every code it emits has an English message (generic error.* codes live in common.ts)', () => {
    const messages = english as Record<string, unknown>;
    const answers = fc.dictionary(fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), fc.constantFrom(...FORCED_LABOUR_ANSWERS));
    fc.assert(
      fc.property(input, answers, (i, ans) => {
        const a = assessed(i);
        if (!a) return;
        const s = screenForcedLabour(ans, { feeAssessment: a });
        walk([a, s], (v) => {
          if (v && typeof v === 'object' && 'code' in v && typeof (v as { code: unknown }).code === 'string') {
            const code = (v as { code: string }).code;
            if (!code.startsWith('error.')) expect(messages[code], code).toBeDefined();
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('returns problems, not exceptions, for any input at all', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => assessRecruitmentFees(junk as AssessmentInput)).not.toThrow();
        expect(() => screenForcedLabour(junk as ForcedLabourAnswers)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(input, fc.string(), fc.integer(), (i, text, n) => {
        const broken = { ...i, payments: [{ purpose: text, amount: { currency: text, minor: n / 3 }, paidTo: text }], paidOn: text };
        const outcome = assessRecruitmentFees(broken as unknown as AssessmentInput);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('a screen always carries the caveat, and shows as present only what was answered "yes"', () => {
    const answers = fc.dictionary(fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), fc.constantFrom(...FORCED_LABOUR_ANSWERS));
    fc.assert(
      fc.property(answers, (ans) => {
        const outcome = screenForcedLabour(ans);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.screen.caveat).toEqual({ code: 'fees.fl.caveat' });
        for (const id of outcome.screen.present) {
          expect(outcome.screen.indicators.find((x) => x.id === id)!.answers.some((a) => a.answer === 'yes')).toBe(true);
        }
      }),
    );
  });
});
