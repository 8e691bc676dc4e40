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

const RUNS = 10_000;
const TIMEOUT = 120_000;

const catalogue: Catalogue = { ...common, ...wages };

// ------------------------------------------------------------------------------- junk

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** Numbers that break naive arithmetic: non-finite, negative, fractional, beyond safe integers. */
const junkNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 0.5, 0.1 + 0.2, 1e309, 1e300, -1e300, Number.MIN_VALUE, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, MAX_MINOR, MAX_MINOR + 1),
  fc.double(),
  fc.integer({ min: -2_000_000_000, max: -1 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
);

const XSS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', "javascript:alert('x')"];
/** Strings a form or an API client might send where a date, a code or a number belongs. */
const junkString = fc.oneof(
  fc.constantFrom(
    '', ' ', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', '1e309', '-0', '٫', '٣٠٠', '३००', '0x10', '1_000',
    '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-00-00', '0000-01-01', '0099-06-01', '1899-12-31', '2200-01-01', '9999-12-31',
    '+002024-01-01', '2024-1-1', ' 2024-01-01', '2024-01-01 ', '2024-01-01T00:00:00Z', '2024/01/01', '01-01-2024', '٢٠٢٤-٠١-٠١', '2024-01',
    'qa', 'QAT', 'ZZ', 'XX', 'qar', 'XXX', 'XAU', 'ZZZ', 'USD', 'QAR ', '\u200FQAR', 'QA\u0000', '\u202E2024-01-01',
    ...POLLUTION_KEYS, ...XSS,
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  // Very long strings: rarer, they are slow to copy and compare.
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 400, max: 5_000 }).map((n) => '9'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom('9'.repeat(200_000), 'x'.repeat(100_000)) },
  ),
);

/** Plain objects and arrays with hostile keys, and everything fast-check can think of. */
const anything = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...POLLUTION_KEYS, 'country', 'employment', 'contract', 'paid', 'minor', 'currency', 'start', 'end')),
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: junkNumber },
  { weight: 3, arbitrary: junkString },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, {}, [], [1, 2], [{ currency: 'QAR', minor: 1 }], { currency: 'QAR', minor: 1 }, { currency: 'QAR' }, { minor: 1 }) },
  { weight: 2, arbitrary: anything },
);

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

type Mutation =
  | { op: 'set'; path: string; value: unknown }
  | { op: 'delete'; path: string }
  | { op: 'array'; path: string }
  | { op: 'extra'; path: string; key: string; value: unknown };

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

/** Defines an own property (so `__proto__` is a key, not the prototype); a key that cannot be redefined (an array's `length`) is left as it is. */
function put(node: Record<string, unknown>, key: string, value: unknown): void {
  try {
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // e.g. `length` of an array: not a property a caller can set to junk either.
  }
}

/** A copy of `input` with one mutation applied (objects are created on the way when missing). */
function mutate(input: WageClaimInput, m: Mutation): unknown {
  const root = { value: structuredClone(input) as unknown };
  const keys = ['value', ...(m.path ? m.path.split('.') : [])];
  let node = root as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') put(node, key, {});
    node = node[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  switch (m.op) {
    case 'set':
      put(node, last, m.value);
      break;
    case 'delete':
      delete node[last];
      break;
    case 'array': {
      const v = node[last];
      put(node, last, v && typeof v === 'object' ? Object.values(v) : [v]);
      break;
    }
    case 'extra': {
      const v = node[last];
      if (v && typeof v === 'object') put(v as Record<string, unknown>, m.key, m.value);
      else put(node, last, { [m.key]: m.value });
      break;
    }
  }
  return root.value;
}

const nearValid = fc.tuple(validClaim, mutation).map(([input, m]) => mutate(input, m));

/** Near-valid claims most of the time (they reach deeper code), anything at all otherwise. */
const badInput = fc.oneof({ weight: 3, arbitrary: nearValid }, { weight: 1, arbitrary: junk });

// ------------------------------------------------------------------------------- checks

/** Placeholders `{name}` a message needs (plural messages included). */
function placeholders(message: unknown): string[] {
  return [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((x) => x[1]!);
}

const placeholderCache = new Map<string, string[]>();

/**
 * Why a code cannot be said in English ([] when it can): unknown id, a placeholder without its
 * parameter, or a parameter that is not a string or a finite number. (Violations are collected and
 * asserted once per case: an `expect` per number would make 10,000 cases slow.)
 */
function unsayable(code: unknown, params: unknown, where: string): string[] {
  if (typeof code !== 'string') return [`${where}: code ${String(code)} is not a string`];
  const message = catalogue[code];
  if (message === undefined) return [`${where}: unknown message id ${code}`];
  let names = placeholderCache.get(code);
  if (!names) placeholderCache.set(code, (names = placeholders(message)));
  const given = (params ?? {}) as Record<string, unknown>;
  const out = names.filter((name) => !Object.hasOwn(given, name)).map((name) => `${where}: ${code} needs {${name}}`);
  for (const [k, v] of Object.entries(given)) {
    if (!(typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) out.push(`${where}: ${code} param ${k} = ${String(v)}`);
  }
  return out;
}

function walk(value: unknown, visit: (v: unknown, path: string) => void, path = ''): void {
  visit(value, path);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
}

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

/** Keys of Object.prototype and Array.prototype, to notice pollution. */
function prototypeKeys(): string {
  return [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|');
}
const PROTOTYPES = prototypeKeys();

/**
 * A canonical text of a value's data: own keys (`__proto__` and `constructor` included), holes,
 * -0, NaN, Maps, Sets, Dates, typed arrays and boxed values. Equal texts mean equal data; the
 * prototype itself is not compared (structuredClone does not keep a null prototype).
 */
function canon(value: unknown, seen = new Set<object>()): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  const tag = Object.prototype.toString.call(value);
  const own = (o: object, skip: (k: string) => boolean = () => false) =>
    Object.getOwnPropertyNames(o)
      .filter((k) => !skip(k))
      .map((k) => `${JSON.stringify(k)}:${canon(Object.getOwnPropertyDescriptor(o, k)!.value, seen)}`)
      .join(',');
  let text: string;
  if (Array.isArray(value)) {
    const items = Array.from({ length: value.length }, (_, i) => (i in value ? canon(value[i], seen) : '<hole>'));
    text = `[${items.join(',')}|${own(value, (k) => k === 'length' || /^\d+$/.test(k))}]`;
  } else if (value instanceof Map) text = `Map{${[...value].map(([k, v]) => `${canon(k, seen)}=>${canon(v, seen)}`).join(',')}}`;
  else if (value instanceof Set) text = `Set{${[...value].map((v) => canon(v, seen)).join(',')}}`;
  else if (value instanceof Date) text = `Date(${value.getTime()})`;
  else if (ArrayBuffer.isView(value)) text = `${tag}(${Array.from(value as unknown as ArrayLike<unknown>, (v) => canon(v, seen)).join(',')})`;
  else if (/^\[object (Number|String|Boolean|BigInt)\]$/.test(tag)) text = `${tag}(${canon((value as { valueOf(): unknown }).valueOf(), seen)}|${own(value, (k) => k === 'length' || /^\d+$/.test(k))})`;
  else text = `{${own(value)}}`;
  seen.delete(value);
  return text;
}

/** Calls `f(input)` and checks it neither threw, nor changed the input, nor polluted a prototype. */
function callSafely<T>(f: (input: never) => T, input: unknown): T {
  const before = structuredClone(input);
  let out: T | undefined;
  expect(() => {
    out = f(input as never);
  }).not.toThrow();
  expect(canon(input)).toBe(canon(before));
  expect(prototypeKeys()).toBe(PROTOTYPES);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return out!;
}

/**
 * fc.assert with a report of our own: fast-check cannot print some hostile values (an array with
 * an own `constructor` key breaks its stringifier), so the counterexample is printed with `canon`.
 */
function check<T extends unknown[]>(property: fc.IProperty<T>): void {
  fc.assert(property, {
    numRuns: RUNS,
    reporter: (out) => {
      if (!out.failed) return;
      const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
      throw new Error(`Property failed after ${out.numRuns} tests (seed ${out.seed}, path "${out.counterexamplePath}")\nCounterexample: ${out.counterexample ? canon(out.counterexample).slice(0, 4000) : '?'}\n${error}`);
    },
  });
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
