/**
 * Shared machinery of the bad-input properties (wages/, fees/ `bad-input.property.test.ts`):
 * hostile values, one-field mutations of a valid input, and the checks every case must pass
 * (no throw, the caller's data unchanged, no prototype polluted, every code sayable in English).
 * Not shipped: `src/**\/test/**` is excluded from the package.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Catalogue } from '../i18n/index.js';

export const RUNS = 10_000;
export const TIMEOUT = 120_000;

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
export const XSS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', "javascript:alert('x')"];

/** Numbers that break naive arithmetic: non-finite, negative, fractional, beyond safe integers, around the largest amount. */
export function junkNumbers(maxMinor: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 0.5, 0.1 + 0.2, 1e309, 1e300, -1e300, Number.MIN_VALUE, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, maxMinor, maxMinor + 1),
    fc.double(),
    fc.integer({ min: -2_000_000_000, max: -1 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
  );
}

/** The domain's own awkward strings, plus any string, pollution keys, XSS and very long strings. */
export function junkStrings(samples: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...samples, ...POLLUTION_KEYS, ...XSS),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    // Very long strings: rarer, they are slow to copy and compare.
    fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 400, max: 5_000 }).map((n) => '9'.repeat(n)) },
      { weight: 1, arbitrary: fc.constantFrom('9'.repeat(200_000), 'x'.repeat(100_000)) },
    ),
  );
}

/** Everything fast-check can build, with hostile keys and the domain's own keys. */
export function hostileValues(keys: readonly string[]): fc.Arbitrary<unknown> {
  return fc.anything({
    key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...POLLUTION_KEYS, ...keys)),
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
}

/** Junk of any type: numbers, strings, near-miss shapes (`shapes`) and anything at all. */
export function junkOf(parts: { numbers: fc.Arbitrary<number>; strings: fc.Arbitrary<string>; shapes: readonly unknown[]; keys: readonly string[] }): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: parts.numbers },
    { weight: 3, arbitrary: parts.strings },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, {}, [], [1, 2], ...parts.shapes) },
    { weight: 2, arbitrary: hostileValues(parts.keys) },
  );
}

// ------------------------------------------------------------------------------- one broken field

export type PathMutation =
  | { op: 'set'; path: string; value: unknown }
  | { op: 'delete'; path: string }
  | { op: 'array'; path: string }
  | { op: 'extra'; path: string; key: string; value: unknown };

/** Defines an own property (so `__proto__` is a key, not the prototype); a key that cannot be redefined (an array's `length`) is left as it is. */
export function put(node: Record<string, unknown>, key: string, value: unknown): void {
  try {
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // e.g. `length` of an array: not a property a caller can set to junk either.
  }
}

/** A copy of `input` with one mutation applied at a dotted path (objects are created on the way when missing). */
export function mutate(input: unknown, m: PathMutation): unknown {
  const root = { value: structuredClone(input) };
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

// ------------------------------------------------------------------------------- checks

/**
 * Why a code cannot be said in English with `catalogue` ([] when it can): unknown id, a placeholder
 * without its parameter, or a parameter that is not a string or a finite number. (Violations are
 * collected and asserted once per case: an `expect` per number would make 10,000 cases slow.)
 */
export function sayability(catalogue: Catalogue): (code: unknown, params: unknown, where: string) => string[] {
  const placeholderCache = new Map<string, string[]>();
  return (code, params, where) => {
    if (typeof code !== 'string') return [`${where}: code ${String(code)} is not a string`];
    const message = catalogue[code];
    if (message === undefined) return [`${where}: unknown message id ${code}`];
    let names = placeholderCache.get(code);
    if (!names) placeholderCache.set(code, (names = [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)));
    const given = (params ?? {}) as Record<string, unknown>;
    const out = names.filter((name) => !Object.hasOwn(given, name)).map((name) => `${where}: ${code} needs {${name}}`);
    for (const [k, v] of Object.entries(given)) {
      if (!(typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) out.push(`${where}: ${code} param ${k} = ${String(v)}`);
    }
    return out;
  };
}

/** Visits every value of a result, with its path. */
export function walk(value: unknown, visit: (v: unknown, path: string) => void, path = ''): void {
  visit(value, path);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
}

function prototypeKeys(): string {
  return [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|');
}
const PROTOTYPES = prototypeKeys();

/**
 * A canonical text of a value's data: own keys (`__proto__` and `constructor` included), holes,
 * -0, NaN, Maps, Sets, Dates, typed arrays and boxed values. Equal texts mean equal data; the
 * prototype itself is not compared (structuredClone does not keep a null prototype).
 */
export function canon(value: unknown, seen = new Set<object>()): string {
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
export function callSafely<T>(f: (input: never) => T, input: unknown): T {
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
export function check<T extends unknown[]>(property: fc.IProperty<T>): void {
  fc.assert(property, {
    numRuns: RUNS,
    reporter: (out) => {
      if (!out.failed) return;
      const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
      throw new Error(`Property failed after ${out.numRuns} tests (seed ${out.seed}, path "${out.counterexamplePath}")\nCounterexample: ${out.counterexample ? canon(out.counterexample).slice(0, 4000) : '?'}\n${error}`);
    },
  });
}
