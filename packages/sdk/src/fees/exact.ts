/**
 * Exact arithmetic for sums across currencies. Amounts converted with a user's rate are kept as
 * BigInt fractions and rounded once, so a ratio like 150000 / (1800 × 36.5) never drifts.
 * (The money kernel converts one amount at a time; comparing sums needs unrounded values.)
 */
import { minorDigits, ratio as parseRatio, type ExchangeRate, type Money, type Ratio } from '../money/index.js';

/** A non-negative fraction n/d with d > 0. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO_FRACTION: Fraction = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y) [x, y] = [y, x % y];
  return x || 1n;
}

export function fraction(n: bigint, d: bigint = 1n): Fraction {
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const fromMinor = (minor: number): Fraction => fraction(BigInt(minor));
export const fromRatio = (r: Ratio): Fraction => fraction(BigInt(r.num), BigInt(r.den));
export const plus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const minus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const times = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const over = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);
export const compare = (a: Fraction, b: Fraction): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
};
export const isZero = (a: Fraction): boolean => a.n === 0n;

/** Rounds a non-negative fraction to an integer: half-up, down or up. */
export function round(a: Fraction, mode: 'half-up' | 'down' | 'up' = 'half-up'): bigint {
  const q = a.n / a.d;
  const r = a.n % a.d;
  if (r === 0n || mode === 'down') return q;
  if (mode === 'up') return q + 1n;
  return 2n * r >= a.d ? q + 1n : q;
}

/** Thrown when an exact result does not fit a safe integer; the caller turns it into a problem code. */
export class FeesRangeError extends Error {
  constructor() {
    super('fees: amount out of range');
    this.name = 'FeesRangeError';
  }
}

export function toMoney(currency: string, a: Fraction, mode: 'half-up' | 'down' | 'up' = 'half-up'): Money {
  const minor = Number(round(a, mode));
  if (!Number.isSafeInteger(minor)) throw new FeesRangeError();
  return { currency, minor };
}

/** The fraction as an exact Ratio of safe integers, or undefined when it does not fit. */
export function toRatio(a: Fraction): Ratio | undefined {
  const num = Number(a.n);
  const den = Number(a.d);
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? { num, den } : undefined;
}

/** Hundredths, rounded half-up with integer maths: 150000/65700 → 228. */
export function hundredths(a: Fraction): number {
  const h = Number(round(times(a, fraction(100n))));
  if (!Number.isSafeInteger(h)) throw new FeesRangeError();
  return h;
}

/** "2.28" from 228: two decimals, no floating point, no locale (widgets format through Intl). */
export function hundredthsToDecimal(h: number): string {
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** A user rate found for a pair, used as given or inverted (1 QAR = 36.5 NPR also gives 1 NPR = 1/36.5 QAR). */
export interface RateUse {
  rate: ExchangeRate;
  inverted: boolean;
  /** Minor units of `to` per minor unit of `from`. */
  factor: Fraction;
}

export function findRate(rates: readonly ExchangeRate[], from: string, to: string): RateUse | undefined {
  for (const rate of rates) {
    const inverted = rate.from === to && rate.to === from;
    if (!inverted && !(rate.from === from && rate.to === to)) continue;
    const r = fromRatio(parseRatio(rate.rate));
    const perMajor = inverted ? over(fraction(1n), r) : r;
    const shift = minorDigits(to) - minorDigits(from);
    const factor = shift >= 0 ? times(perMajor, fraction(10n ** BigInt(shift))) : over(perMajor, fraction(10n ** BigInt(-shift)));
    return { rate, inverted, factor };
  }
  return undefined;
}

/** The user's rates, remembering which ones a calculation actually used (to show them beside results). */
export class RateBook {
  readonly used = new Map<ExchangeRate, RateUse>();
  constructor(readonly rates: readonly ExchangeRate[]) {}

  /** The exact value of `m` in `to` minor units, or undefined when no rate for the pair was given. */
  valueIn(m: Money, to: string): Fraction | undefined {
    if (m.currency === to) return fromMinor(m.minor);
    const use = findRate(this.rates, m.currency, to);
    if (!use) return undefined;
    this.used.set(use.rate, use);
    return times(fromMinor(m.minor), use.factor);
  }
}
