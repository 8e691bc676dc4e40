/**
 * Issue 8: bad input, 10,000 cases per property. Whatever reaches assessRecruitmentFees or
 * screenForcedLabour (junk of any type, NaN, huge or fractional minor units, unknown currencies
 * and countries, impossible dates, very long strings, prototype-pollution keys, arrays for
 * objects, or a valid case with one field broken), the SDK answers without throwing, with problems
 * whose codes are English messages (placeholders filled) or with a result whose every amount is a
 * non-negative safe integer, and it never changes the caller's object.
 *
 * properties.test.ts keeps its arbitraries private to that test file (importing it would run its
 * suites again), so a small valid case is built here and then broken one field at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_OF, DESTINATIONS, ORIGINS } from '../geo/index.js';
import type { Catalogue } from '../i18n/index.js';
import common from '../locales/en/common.js';
import fees from '../locales/en/fees.js';
import { assessRecruitmentFees } from './assess.js';
import { FORCED_LABOUR_QUESTION_IDS } from './data/forced-labour.js';
import { FORCED_LABOUR_ANSWERS, screenForcedLabour, type ForcedLabourAnswers, type ForcedLabourScreenOutcome } from './forced-labour.js';
import { IMPOSERS, MAX_CONTRACT_MONTHS, MAX_MINOR, OCCUPATIONS, PAYEES, PAYMENT_PURPOSES, WORKER_CATEGORIES, WORKER_SEXES, type AssessmentInput } from './schema.js';
import type { FeeAssessment, FeeAssessmentOutcome } from './types.js';
import { callSafely, check, junkNumbers, junkOf, junkStrings, mutate, POLLUTION_KEYS, put, RUNS, sayability, TIMEOUT, walk, XSS, type PathMutation } from '../test/bad-input.js';

const catalogue: Catalogue = { ...common, ...fees };
const unsayable = sayability(catalogue);

// ------------------------------------------------------------------------------- junk

const junkNumber = junkNumbers(MAX_MINOR);
const junkString = junkStrings([
  '', ' ', 'NaN', 'Infinity', 'undefined', 'null', '1e309', '-0', '-1', '0', '00', '0.0', '٫', '٣٦٫٥', '३६.५', '1,5', '1.5.5', '.5', '5.', '0x10', '1e3', '+1',
  '1234567890', '0.0000000001', '999999999.999999999', '1000000000',
  '2024-02-30', '2023-02-29', '2024-13-01', '0000-00-00', '0000-01-01', '9999-12-31', '2024-1-1', '2024-01-01T00:00:00Z', '٢٠٢٤-٠١-٠١',
  'np', 'NPL', 'ZZ', 'XX', 'npr', 'XXX', 'XAU', 'XTS', 'ZZZ', 'CLF', 'NPR ', '\u200FNPR', 'NP\u0000', '\u202ENP',
]);

const junk = junkOf({
  numbers: junkNumber,
  strings: junkString,
  shapes: [{ currency: 'NPR', minor: 1 }, { currency: 'NPR' }, { minor: 1 }, [{ currency: 'NPR', minor: 1 }]],
  keys: [...FORCED_LABOUR_QUESTION_IDS.slice(0, 3), 'origin', 'destination', 'payments', 'minor', 'currency', 'paidOn'],
});

// ------------------------------------------------------------------------------- a valid case

const isoDay = fc.integer({ min: 0, max: 30 * 366 }).map((n) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10));

/** A case a worker could enter: a corridor (some we hold no rules for), a few payments, a wage and rates. */
const validCase: fc.Arbitrary<AssessmentInput> = fc
  .record({
    origin: fc.constantFrom(...ORIGINS, 'US'),
    destination: fc.constantFrom(...DESTINATIONS, 'TW', 'JP', 'KR', 'TH'),
    occupation: fc.option(fc.constantFrom(...OCCUPATIONS), { nil: undefined }),
    workerCategory: fc.option(fc.constantFrom(...WORKER_CATEGORIES), { nil: undefined }),
    workerSex: fc.option(fc.constantFrom(...WORKER_SEXES), { nil: undefined }),
    contractMonths: fc.option(fc.integer({ min: 1, max: MAX_CONTRACT_MONTHS }), { nil: undefined }),
    paidOn: isoDay,
    payments: fc.array(
      fc.record(
        {
          purpose: fc.constantFrom(...PAYMENT_PURPOSES),
          inDestination: fc.boolean(),
          minor: fc.integer({ min: 0, max: 100_000_000 }),
          paidTo: fc.constantFrom(...PAYEES),
          receipt: fc.boolean(),
          imposedBy: fc.constantFrom(...IMPOSERS),
          label: fc.string({ maxLength: 20 }),
        },
        { requiredKeys: ['purpose', 'inDestination', 'minor', 'paidTo'] },
      ),
      { maxLength: 4 },
    ),
    wage: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
    rate: fc.option(fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9999 })).map(([w, f]) => `${w}.${f}`), { nil: undefined }),
  })
  .map((r) => {
    const o = CURRENCY_OF[r.origin]!;
    const d = CURRENCY_OF[r.destination]!;
    return {
      origin: r.origin,
      destination: r.destination,
      ...(r.occupation ? { occupation: r.occupation } : {}),
      ...(r.workerCategory ? { workerCategory: r.workerCategory } : {}),
      ...(r.workerSex ? { workerSex: r.workerSex } : {}),
      ...(r.contractMonths !== undefined ? { contractMonths: r.contractMonths } : {}),
      paidOn: r.paidOn,
      payments: r.payments.map(({ inDestination, minor, ...p }) => ({ ...p, amount: { currency: inDestination ? d : o, minor } })),
      ...(r.wage !== undefined ? { monthlyWageAtDestination: { currency: d, minor: r.wage } } : {}),
      ...(r.rate !== undefined && o !== d ? { exchangeRates: [{ from: d, to: o, rate: r.rate }] } : {}),
    } satisfies AssessmentInput;
  });

const PATHS = [
  '', 'origin', 'destination', 'occupation', 'workerCategory', 'workerSex', 'contractMonths', 'paidOn',
  'payments', 'payments.0', 'payments.0.purpose', 'payments.0.amount', 'payments.0.amount.minor', 'payments.0.amount.currency',
  'payments.0.paidTo', 'payments.0.receipt', 'payments.0.imposedBy', 'payments.0.label', 'payments.1', 'payments.1.amount.minor',
  'monthlyWageAtDestination', 'monthlyWageAtDestination.minor', 'monthlyWageAtDestination.currency',
  'exchangeRates', 'exchangeRates.0', 'exchangeRates.0.from', 'exchangeRates.0.to', 'exchangeRates.0.rate', 'exchangeRates.0.asOf', 'exchangeRates.1',
];

/** Values at the edge of what is allowed: most are accepted, so the assessment itself runs on them. */
const EDGES: Record<string, readonly unknown[]> = {
  'payments.0.amount.minor': [0, -0, 1, MAX_MINOR - 1, MAX_MINOR],
  'payments.1.amount.minor': [0, MAX_MINOR],
  'payments.0.amount.currency': ['USD', 'JPY', 'KWD', 'BHD', 'CLF', 'XAU', 'XXX', 'XTS', 'IDR', 'VND'],
  'monthlyWageAtDestination.minor': [1, 2, MAX_MINOR],
  'monthlyWageAtDestination.currency': ['USD', 'JPY', 'KWD', 'CLF', 'XAU', 'VND'],
  'exchangeRates.0.rate': ['0.000000001', '999999999.999999999', '999999999', '1', '000000001', '0.5', '1.000000000'],
  'exchangeRates.0.asOf': ['2024-02-29', '0000-01-01', '9999-12-31'],
  contractMonths: [1, MAX_CONTRACT_MONTHS],
  paidOn: ['0000-01-01', '0099-12-31', '1900-01-01', '1999-12-31', '2024-02-29', '9999-12-31'],
  'payments.0.label': ['', 'x'.repeat(200), XSS[0]],
  occupation: [...OCCUPATIONS, undefined],
  workerCategory: [...WORKER_CATEGORIES, undefined],
  workerSex: [...WORKER_SEXES, undefined],
  'payments.0.receipt': [true, false, undefined],
  'payments.0.imposedBy': [...IMPOSERS, undefined],
};

type Mutation = PathMutation | { op: 'many'; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 50, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...PATHS.filter(Boolean)), value: junk }) },
  {
    weight: 30,
    arbitrary: fc.constantFrom(...Object.keys(EDGES)).chain((path) => fc.constantFrom(...EDGES[path]!).map((value): Mutation => ({ op: 'set', path, value }))),
  },
  { weight: 10, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS.filter(Boolean)) }) },
  { weight: 10, arbitrary: fc.record({ op: fc.constant('array' as const), path: fc.constantFrom(...PATHS) }) },
  { weight: 20, arbitrary: fc.record({ op: fc.constant('extra' as const), path: fc.constantFrom(...PATHS), key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 6 })), value: junk }) },
  // Up to the limit of payments, and one over it.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('many' as const), count: fc.constantFrom(199, 200, 201) }) },
);

/** A copy of `input` with one mutation applied; `many` replaces the payments with `count` small ones. */
function mutateCase(input: AssessmentInput, m: Mutation): unknown {
  if (m.op !== 'many') return mutate(input, m);
  const one = { purpose: 'visa', amount: { currency: CURRENCY_OF[input.origin]!, minor: 1000 }, paidTo: 'recruitment-agency' } as const;
  return { ...structuredClone(input), payments: Array.from({ length: m.count }, () => ({ ...one, amount: { ...one.amount } })) };
}

const badCase = fc.oneof({ weight: 3, arbitrary: fc.tuple(validCase, mutation).map(([i, m]) => mutateCase(i, m)) }, { weight: 1, arbitrary: junk });

/** Answers as a form might send them: mostly right, with one wrong key or value, or junk altogether. */
const validAnswers = fc.dictionary(fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), fc.constantFrom(...FORCED_LABOUR_ANSWERS));
const badAnswers: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: validAnswers },
  {
    weight: 4,
    arbitrary: fc.tuple(validAnswers, fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), fc.oneof(junk, fc.constantFrom('YES', 'Yes', ' yes', 'yes ', 'true', 'maybe', 1, true))).map(([a, q, v]) => {
      const out: Record<string, unknown> = { ...a };
      put(out, q, v);
      return out;
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(validAnswers, fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })), junk).map(([a, k, v]) => {
      const out: Record<string, unknown> = { ...a };
      put(out, k, v);
      return out;
    }),
  },
  { weight: 1, arbitrary: validAnswers.map((a) => Object.assign(Object.create(null) as object, a)) },
  { weight: 1, arbitrary: validAnswers.map((a) => Object.values(a)) },
  { weight: 2, arbitrary: junk },
);

// ------------------------------------------------------------------------------- checks

const has = (v: unknown, ...keys: string[]): v is Record<string, unknown> => !!v && typeof v === 'object' && keys.every((k) => k in v);
const naturalNumber = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);

/** What is wrong in a result: non-finite numbers, amounts that are not non-negative safe integers, inexact ratios, unsayable codes. */
function unsound(result: unknown): string[] {
  const wrong: string[] = [];
  walk(result, (v, path) => {
    if (typeof v === 'number' && !Number.isFinite(v)) wrong.push(`${path} = ${v}`);
    if (has(v, 'currency', 'minor') && !naturalNumber(v['minor'])) wrong.push(`${path}.minor = ${String(v['minor'])}`);
    if (has(v, 'num', 'den') && !(naturalNumber(v['num']) && naturalNumber(v['den']) && (v['den'] as number) > 0)) wrong.push(`${path} = ${JSON.stringify(v)}`);
    if (has(v, 'hundredths', 'display') && !(naturalNumber(v['hundredths']) && /^\d+\.\d{2}$/.test(String(v['display'])))) wrong.push(`${path} = ${JSON.stringify(v)}`);
    if (has(v, 'code') && typeof v['code'] === 'string') wrong.push(...unsayable(v['code'], v['params'], path));
  });
  return wrong;
}

function expectSoundResult(result: unknown): void {
  expect(unsound(result)).toEqual([]);
}

function expectSoundAssessment(a: FeeAssessment): void {
  const wrong = unsound(a);
  // Totals per currency as paid are the sums of the payments in that currency.
  for (const total of a.totals.paid) {
    const sum = a.payments.filter((p) => p.payment.amount.currency === total.currency).reduce((s, p) => s + p.payment.amount.minor, 0);
    if (total.minor !== sum) wrong.push(`total paid ${total.minor} ${total.currency} ≠ sum of payments ${sum}`);
  }
  if (a.monthsOfWages && a.costToIncomeRatio.status !== 'calculated') wrong.push('months of wages without a calculated ratio');
  expect(wrong).toEqual([]);
}

function expectSoundOutcome(outcome: FeeAssessmentOutcome | ForcedLabourScreenOutcome): void {
  if (outcome.ok) return;
  const wrong: string[] = [];
  if (!Array.isArray(outcome.problems) || outcome.problems.length === 0) wrong.push('no problems given');
  for (const p of outcome.problems) {
    if (typeof p.field !== 'string') wrong.push(`field ${String(p.field)} is not a string`);
    wrong.push(...unsayable(p.code, p.params, `problem at "${p.field}"`));
  }
  expect(wrong).toEqual([]);
}

// ------------------------------------------------------------------------------- properties

describe('fee checker: bad input never crashes, never changes the caller’s data, never yields a broken amount', () => {
  it('assessRecruitmentFees answers any input with known problems or a sound assessment', () => {
    check(
      fc.property(badCase, (input) => {
        const outcome = callSafely(assessRecruitmentFees, input);
        expectSoundOutcome(outcome);
        if (outcome.ok) expectSoundAssessment(outcome.assessment);
      }),
    );
  }, TIMEOUT);

  it('a payment amount that is not a whole, non-negative number of minor units up to the maximum, in a known currency, is refused at that payment', () => {
    const badMinor = fc.oneof(junkNumber.filter((n) => !(Number.isInteger(n) && n >= 0 && n <= MAX_MINOR)), junkString, fc.constantFrom(null, true, [], {}, [1]));
    const badCurrency = fc.oneof(junkString.filter((s) => !/^[A-Z]{3}$/.test(s) || ['XXX', 'ZZZ'].includes(s)), junkNumber, fc.constantFrom(null, [], {}));
    check(
      fc.property(validCase, fc.oneof(badMinor.map((minor) => ({ minor })), badCurrency.map((currency) => ({ currency }))), (input, broken) => {
        const bad = { ...input, payments: [{ purpose: 'visa', paidTo: 'recruitment-agency', amount: { currency: CURRENCY_OF[input.origin], minor: 100, ...broken } }, ...input.payments] };
        const outcome = callSafely(assessRecruitmentFees, bad);
        expect(outcome.ok).toBe(false);
        expectSoundOutcome(outcome);
        if (!outcome.ok) expect(outcome.problems.some((p) => p.field.startsWith('payments.0.amount')), JSON.stringify(outcome.problems)).toBe(true);
      }),
    );
  }, TIMEOUT);

  it('screenForcedLabour answers any answers with known problems or a sound screen, with or without a fee assessment', () => {
    // A few real assessments to screen against (debt bondage is raised from them).
    const assessments = fc.option(
      validCase.map((i) => {
        const o = assessRecruitmentFees(i);
        return o.ok ? o.assessment : undefined;
      }),
      { nil: undefined, freq: 3 },
    );
    check(
      fc.property(badAnswers, assessments, (answers, feeAssessment) => {
        const outcome = callSafely((a: ForcedLabourAnswers) => screenForcedLabour(a, feeAssessment ? { feeAssessment } : {}), answers);
        expectSoundOutcome(outcome);
        if (!outcome.ok) return;
        expectSoundResult(outcome.screen);
        expect(outcome.screen.caveat).toEqual({ code: 'fees.fl.caveat' });
        // Only what was answered is shown as answered, and only a "yes" makes a sign present.
        const given = answers as Record<string, unknown>;
        for (const indicator of outcome.screen.indicators) {
          for (const a of indicator.answers) expect(given[a.question]).toBe(a.answer);
          if (indicator.status === 'present') expect(indicator.answers.some((a) => a.answer === 'yes')).toBe(true);
        }
      }),
    );
  }, TIMEOUT);
});

describe('forced-labour screen: a context that is not a fee assessment', () => {
  it('never makes the screen throw: it runs without the fee check', () => {
    const notAnAssessment = fc.oneof(
      junk,
      fc.record({ payments: junk, monthsOfWages: junk }, { requiredKeys: [] }),
      fc.record({ payments: fc.array(junk, { maxLength: 3 }), monthsOfWages: fc.oneof(junk, fc.record({ ratio: junk, display: junk }, { requiredKeys: [] })) }, { requiredKeys: ['payments'] }),
    );
    check(
      fc.property(validAnswers, fc.oneof(junk, fc.record({ feeAssessment: notAnAssessment }, { requiredKeys: [] })), (answers, context) => {
        const outcome = callSafely((c: never) => screenForcedLabour(answers, c), context);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expectSoundResult(outcome.screen);
        const given = (context as { feeAssessment?: unknown } | null)?.feeAssessment as { payments?: unknown } | undefined;
        if (!given || typeof given !== 'object' || !Array.isArray(given.payments)) expect(outcome.screen.feeCheck).toEqual({ code: 'fees.fl.feeCheck.noAssessment' });
      }),
    );
  }, TIMEOUT);

  it.each([
    ['null', null],
    ['an empty assessment', { feeAssessment: {} }],
    ['payments that are not a list', { feeAssessment: { payments: 1 } }],
    ['a list for an assessment', { feeAssessment: [] }],
    ['months of wages that are not a figure', { feeAssessment: { payments: [], monthsOfWages: { ratio: { num: 'x', den: 0 }, display: '1.00' } } }],
    ['payments that are not payment results', { feeAssessment: { payments: [null, 1, {}] } }],
  ])('%s', (_, context) => {
    const outcome = screenForcedLabour({ 'owes-cannot-leave': 'yes' }, context as never);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.screen.feeCheck.code).toMatch(/^fees\.fl\.feeCheck\.(noAssessment|noRatio)$/);
  });
});

describe('fee checker: regressions found by the bad-input properties', () => {
  it('a payment of -0 minor units comes back as 0, never as an amount that formats as "-PHP 0.00"', () => {
    const outcome = assessRecruitmentFees({
      origin: 'PH',
      destination: 'QA',
      paidOn: '2024-01-01',
      payments: [{ purpose: 'agency-service', paidTo: 'recruitment-agency', amount: { currency: 'PHP', minor: -0 } }],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const minor = outcome.assessment.payments[0]!.payment.amount.minor;
    expect(Object.is(minor, 0)).toBe(true);
    expect(new Intl.NumberFormat('en', { style: 'currency', currency: 'PHP' }).format(minor / 100)).not.toMatch(/^-/);
    expectSoundAssessment(outcome.assessment);
  });
});
