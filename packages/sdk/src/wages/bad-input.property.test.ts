/**
 * Issue 8: bad input, 10,000 cases per property. Whatever a caller or a form sends to
 * validateWageClaim / calculateWageClaim (junk of any type, NaN, huge or fractional minor units,
 * unknown currencies and countries, impossible or reversed dates, very long strings,
 * prototype-pollution keys, arrays for objects, or a valid claim with one field broken), the SDK
 * answers without throwing, with problems whose codes are English messages (placeholders filled)
 * or with a claim whose every amount is a non-negative safe integer, and it never changes the
 * caller's object.
 *
 * properties.test.ts keeps its plausible-claim arbitrary private to that test file (importing it
 * would run its suites again), so a smaller valid claim is built here and then broken one field at
 * a time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, splitByMonth } from '../dates/index.js';
import { CURRENCY_OF, DESTINATIONS } from '../geo/index.js';
import type { Catalogue } from '../i18n/index.js';
import common from '../locales/en/common.js';
import wages from '../locales/en/wages.js';
import { calculateWageClaim, validateWageClaim, MAX_MINOR, type WageClaim, type WageClaimInput, type WageClaimOutcome } from './index.js';
import { DEDUCTION_KINDS, OVERTIME_KINDS } from './schema.js';
import { callSafely, check, junkNumbers, junkOf, junkStrings, mutate, POLLUTION_KEYS, RUNS, sayability, TIMEOUT, walk, type PathMutation } from '../test/bad-input.js';

const catalogue: Catalogue = { ...common, ...wages };
const unsayable = sayability(catalogue);

// ------------------------------------------------------------------------------- junk

/** Strings a form or an API client might send where a date, a code or a number belongs. */
const junkString = junkStrings([
    '', ' ', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', '1e309', '-0', '٫', '٣٠٠', '३००', '0x10', '1_000',
    '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-00-00', '0000-01-01', '0099-06-01', '1899-12-31', '2200-01-01', '9999-12-31',
    '+002024-01-01', '2024-1-1', ' 2024-01-01', '2024-01-01 ', '2024-01-01T00:00:00Z', '2024/01/01', '01-01-2024', '٢٠٢٤-٠١-٠١', '2024-01',
    'qa', 'QAT', 'ZZ', 'XX', 'qar', 'XXX', 'XAU', 'ZZZ', 'USD', 'QAR ', '\u200FQAR', 'QA\u0000', '\u202E2024-01-01',
]);

const junkNumber = junkNumbers(MAX_MINOR);

const junk = junkOf({
  numbers: junkNumber,
  strings: junkString,
  shapes: [[{ currency: 'QAR', minor: 1 }], { currency: 'QAR', minor: 1 }, { currency: 'QAR' }, { minor: 1 }],
  keys: ['country', 'employment', 'contract', 'paid', 'minor', 'currency', 'start', 'end'],
});

// ------------------------------------------------------------------------------- a valid claim

/** A claim a worker could enter: short periods (the properties must stay fast at 10,000 runs). */
const validClaim: fc.Arbitrary<WageClaimInput> = fc
  .record({
    country: fc.constantFrom(...DESTINATIONS),
    category: fc.option(fc.constantFrom('general' as const, 'domestic' as const), { nil: undefined }),
    startOffset: fc.integer({ min: 0, max: 4000 }),
    length: fc.integer({ min: 0, max: 400 }),
    signedBefore: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    employerSize: fc.option(fc.constantFrom('under-5' as const, '5-or-more' as const), { nil: undefined }),
    ended: fc.option(fc.boolean(), { nil: undefined }),
    ending: fc.option(fc.constantFrom('termination' as const, 'resignation' as const, 'contract-end' as const), { nil: undefined }),
    basic: fc.integer({ min: 0, max: 2_000_000 }),
    allowance: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
    paid: fc.integer({ min: 0, max: 10_000_000 }),
    overtimePaid: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    gratuityPaid: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    hours: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    deduction: fc.option(fc.record({ month: fc.nat(), amount: fc.integer({ min: 0, max: 100_000 }), kind: fc.constantFrom(...DEDUCTION_KINDS) }), { nil: undefined }),
  })
  .map((r) => {
    const currency = CURRENCY_OF[r.country]!;
    const money = (minor: number) => ({ currency, minor });
    const start = addDays('2014-01-01', r.startOffset);
    const end = addDays(start, r.length);
    const months = splitByMonth(start, end).map((s) => s.month);
    return {
      country: r.country,
      ...(r.category ? { workerCategory: r.category } : {}),
      employment: {
        start,
        end,
        ...(r.ended !== undefined ? { ended: r.ended } : {}),
        ...(r.ending ? { ending: r.ending } : {}),
        ...(r.signedBefore !== undefined ? { contractSignedOn: addDays(start, -r.signedBefore) } : {}),
        ...(r.employerSize ? { employerSize: r.employerSize } : {}),
      },
      contract: { basicMonthly: money(r.basic), ...(r.allowance !== undefined ? { allowances: { housing: money(r.allowance) } } : {}) },
      ...(r.hours !== undefined ? { overtimeHours: { ordinary: r.hours / 10 } } : {}),
      paid: money(r.paid),
      ...(r.overtimePaid !== undefined ? { overtimePaid: money(r.overtimePaid) } : {}),
      ...(r.gratuityPaid !== undefined ? { gratuityPaid: money(r.gratuityPaid) } : {}),
      ...(r.deduction ? { deductions: [{ month: months[r.deduction.month % months.length]!, amount: money(r.deduction.amount), kind: r.deduction.kind }] } : {}),
    } satisfies WageClaimInput;
  });

/** Every place in a claim a form or client could get wrong (including ones a valid claim may lack). */
const PATHS = [
  '', 'country', 'workerCategory',
  'employment', 'employment.start', 'employment.end', 'employment.contractSignedOn', 'employment.employerSize', 'employment.ending', 'employment.ended',
  'contract', 'contract.basicMonthly', 'contract.basicMonthly.minor', 'contract.basicMonthly.currency',
  'contract.allowances', 'contract.allowances.housing', 'contract.allowances.housing.minor', 'contract.allowances.food', 'contract.allowances.other.minor', 'contract.housingProvided', 'contract.foodProvided',
  'overtimeHours', ...OVERTIME_KINDS.map((k) => `overtimeHours.${k}`),
  'paid', 'paid.minor', 'paid.currency', 'overtimePaid', 'overtimePaid.minor', 'overtimePaid.currency', 'gratuityPaid', 'gratuityPaid.minor',
  'deductions', 'deductions.0', 'deductions.0.month', 'deductions.0.amount', 'deductions.0.amount.minor', 'deductions.0.amount.currency', 'deductions.0.kind', 'deductions.1',
];

/** Values at the edge of what is allowed: most are accepted, so the calculation itself runs on them. */
const EDGES: Record<string, readonly unknown[]> = {
  ...Object.fromEntries(
    ['contract.basicMonthly.minor', 'contract.allowances.food.minor', 'paid.minor', 'overtimePaid.minor', 'gratuityPaid.minor', 'deductions.0.amount.minor'].map((path) => [
      path,
      [0, -0, 1, MAX_MINOR - 1, MAX_MINOR, 99_999_999_999],
    ]),
  ),
  ...Object.fromEntries(OVERTIME_KINDS.map((k) => [`overtimeHours.${k}`, [0, -0, 1e-12, 0.01, 0.5, 23.99, 24, 100]])),
  'employment.start': ['1900-01-01', '2016-02-29', '2024-02-29', '2199-12-31'],
  'employment.end': ['1900-01-01', '2016-02-29', '2024-02-29', '2073-12-31', '2199-12-31'],
  'employment.contractSignedOn': ['1900-01-01', '2016-02-29', '2199-12-31'],
  workerCategory: ['general', 'domestic', undefined],
  'employment.ended': [true, false, undefined],
  'employment.ending': ['termination', 'resignation', 'contract-end', undefined],
  'employment.employerSize': ['under-5', '5-or-more', undefined],
  'contract.housingProvided': [true, false, undefined],
  'contract.foodProvided': [true, false, undefined],
};

type Mutation = PathMutation;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...PATHS.filter(Boolean)), value: junk }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(...Object.keys(EDGES)).chain((path) => fc.constantFrom(...EDGES[path]!).map((value): Mutation => ({ op: 'set', path, value }))),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS.filter(Boolean)) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('array' as const), path: fc.constantFrom(...PATHS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('extra' as const), path: fc.constantFrom(...PATHS), key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 6 })), value: junk }) },
);

const nearValid = fc.tuple(validClaim, mutation).map(([input, m]) => mutate(input, m));

/** Near-valid claims most of the time (they reach deeper code), anything at all otherwise. */
const badInput = fc.oneof({ weight: 3, arbitrary: nearValid }, { weight: 1, arbitrary: junk });

// ------------------------------------------------------------------------------- checks

function isMoney(v: unknown): v is { currency: unknown; minor: unknown } {
  return !!v && typeof v === 'object' && 'currency' in v && 'minor' in v;
}

/** A claim: every amount a non-negative safe integer in the claim's currency, the total the sum of counted lines, every code sayable. */
function expectSoundClaim(claim: WageClaim): void {
  const wrong: string[] = [];
  walk(claim, (v, path) => {
    if (typeof v === 'number' && !Number.isFinite(v)) wrong.push(`${path} = ${v}`);
    if (isMoney(v)) {
      if (!(Number.isSafeInteger(v.minor) && (v.minor as number) >= 0 && !Object.is(v.minor, -0))) wrong.push(`${path}.minor = ${String(v.minor)}`);
      if (v.currency !== claim.currency) wrong.push(`${path}.currency = ${String(v.currency)}`);
    }
    if (v && typeof v === 'object' && 'code' in v && typeof (v as { code: unknown }).code === 'string') {
      wrong.push(...unsayable((v as { code: string }).code, (v as { params?: unknown }).params, path));
    }
  });
  const counted = claim.lines.filter((l) => l.status === 'calculated').reduce((s, l) => s + l.amount.minor, 0);
  if (claim.total.minor !== counted) wrong.push(`total ${claim.total.minor} ≠ sum of counted lines ${counted}`);
  for (const l of claim.lines) if (l.status === 'not-covered' && l.amount.minor !== 0) wrong.push(`not-covered ${l.kind} line counts ${l.amount.minor}`);
  expect(wrong).toEqual([]);
}

function expectSoundOutcome(outcome: WageClaimOutcome | ReturnType<typeof validateWageClaim>): void {
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

describe('wage claims: bad input never crashes, never loses the caller’s data, never yields a broken amount', () => {
  it('validateWageClaim answers any input with known problems, or accepts a copy of it', () => {
    check(
      fc.property(badInput, (input) => {
        const checked = callSafely(validateWageClaim, input);
        expectSoundOutcome(checked);
        // What it accepts is a copy of the caller's data (never the caller's own objects), and is accepted again.
        if (checked.ok) {
          expect(checked.input).not.toBe(input);
          expect(validateWageClaim(checked.input).ok).toBe(true);
        }
      }),
    );
  }, TIMEOUT);

  it('calculateWageClaim answers any input with the validator’s problems or a sound claim, and never hides a defect as error.invalid', () => {
    check(
      fc.property(badInput, (input) => {
        const outcome = callSafely(calculateWageClaim, input);
        const checked = validateWageClaim(input);
        expectSoundOutcome(outcome);
        if (outcome.ok) expectSoundClaim(outcome.claim);
        // The calculator catches its own defects as `error.invalid` on field '': a valid input must never get there.
        if (checked.ok) expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems)).toBe(true);
        else expect(outcome).toEqual(checked);
      }),
    );
  }, TIMEOUT);

  it('a money amount that is not a whole, non-negative, safe number of minor units in the right currency is always refused at its own field', () => {
    const field = fc.constantFrom('contract.basicMonthly', 'contract.allowances.food', 'paid', 'overtimePaid', 'gratuityPaid', 'deductions.0.amount');
    const badMinor = fc.oneof(junkNumber.filter((n) => !(Number.isInteger(n) && n >= 0 && n <= MAX_MINOR)), junkString, fc.constantFrom(null, true, [], {}, [1]));
    const badCurrency = fc.oneof(junkString.filter((s) => !(DESTINATIONS as readonly string[]).some((c) => CURRENCY_OF[c] === s)), junkNumber, fc.constantFrom(null, [], {}));
    check(
      fc.property(validClaim, field, fc.oneof(badMinor.map((minor) => ({ minor })), badCurrency.map((currency) => ({ currency }))), (input, path, broken) => {
        const amount = { currency: CURRENCY_OF[input.country], minor: 100, ...broken };
        const bad = structuredClone(input) as unknown as Record<string, unknown>;
        if (path === 'deductions.0.amount') bad['deductions'] = [{ month: input.employment.start.slice(0, 7), amount, kind: 'loan' }];
        else {
          const keys = path.split('.');
          let node = bad;
          for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
          node[keys.at(-1)!] = amount;
        }
        const outcome = callSafely(calculateWageClaim, bad);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) {
          expectSoundOutcome(outcome);
          expect(outcome.problems.some((p) => p.field === path || p.field.startsWith(`${path}.`)), JSON.stringify(outcome.problems)).toBe(true);
        }
      }),
    );
  }, TIMEOUT);
});

describe('wage claims: regressions found by the bad-input properties', () => {
  const qatar: WageClaimInput = {
    country: 'QA',
    employment: { start: '2024-01-01', end: '2024-01-31', ended: false },
    contract: { basicMonthly: { currency: 'QAR', minor: 100_000 } },
    paid: { currency: 'QAR', minor: 0 },
    deductions: [{ month: '2024-01', amount: { currency: 'QAR', minor: 5_000 }, kind: 'loan' }],
  };

  /** An array whose own `constructor` key is not a constructor: `.map` on it throws (Array species). */
  function hostileArray<T>(items: T[], constructor: unknown): T[] {
    const list = [...items];
    Object.defineProperty(list, 'constructor', { value: constructor, enumerable: true, writable: true, configurable: true });
    return list;
  }

  it.each([0, 'x', null])('a deductions array with an own constructor key (%j) is read as data, not crashed on', (constructor) => {
    const input = { ...qatar, deductions: hostileArray(qatar.deductions!, constructor) };
    const checked = callSafely(validateWageClaim, input);
    expect(checked.ok).toBe(true);
    const outcome = callSafely(calculateWageClaim, input);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expectSoundClaim(outcome.claim);
      expect(outcome.claim).toEqual(calculateWageClaim(qatar).ok && (calculateWageClaim(qatar) as { claim: WageClaim }).claim);
    }
  });

  it('an accepted claim is a copy: the calculation never touches the caller’s objects, and unknown keys are dropped', () => {
    const input = { ...qatar, __note: 'kept by the caller', employment: { ...qatar.employment, extra: 1 } };
    const checked = validateWageClaim(input);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input).not.toBe(input);
    expect(checked.input.employment).not.toBe(input.employment);
    expect(checked.input.deductions).not.toBe(input.deductions);
    expect(checked.input).toEqual(qatar);
  });
});
