/**
 * Money as integer minor units (fils, paisa, cents). Never floats: every multiplication is by
 * an exact ratio of integers with an explicit rounding rule.
 */

import { numberFormat } from '../i18n/intl-cache.js';

export interface Money {
  /** ISO 4217 code, upper case (QAR, KWD, NPR). */
  currency: string;
  /** Integer amount in the currency's minor unit (KWD has 3 decimals, QAR 2, JPY 0). */
  minor: number;
}

/** An exact rational number, for rates like 1.25× or 21/365. Denominator is positive. */
export interface Ratio {
  num: number;
  den: number;
}

export type Rounding = 'half-up' | 'down' | 'up';

export class MoneyError extends Error {
  constructor(
    readonly code: 'money.currency.mismatch' | 'money.currency.invalid' | 'money.amount.invalid' | 'money.rate.invalid',
    message: string,
  ) {
    super(message);
    this.name = 'MoneyError';
  }
}

const digitsCache = new Map<string, number>();

/** True for a well-formed ISO 4217 code that this runtime's Intl knows. */
let supported: Set<string> | undefined;
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  // Intl.NumberFormat accepts any well-formed code ("XYZ"); the list of supported ones does not.
  supported ??= typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : undefined;
  if (supported) return supported.has(code);
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** Number of minor-unit digits for a currency, as Intl (CLDR) defines it: KWD 3, QAR 2, JPY 0. */
export function minorDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    if (!isCurrencyCode(currency)) throw new MoneyError('money.currency.invalid', `Unknown currency ${currency}`);
    d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new MoneyError('money.amount.invalid', `Not a safe integer: ${n}`);
}

export function money(currency: string, minor: number): Money {
  minorDigits(currency);
  assertInteger(minor);
  return { currency, minor };
}

export function zero(currency: string): Money {
  return money(currency, 0);
}

/** Money from a count of major units given as an integer or a decimal string ("1800", "75.500"). */
export function fromMajor(currency: string, major: number | string): Money {
  const parsed = parseMajor(currency, String(major));
  if (!parsed) throw new MoneyError('money.amount.invalid', `Not an amount: ${major}`);
  return parsed;
}

/**
 * Parses what a person typed ("1,800", "1800.50", "1.500,50", "١٨٠٠", "१८००") into Money, or undefined
 * when it is not an amount. Accepts Arabic-Indic, Persian, Devanagari, Bengali and Thai digits.
 * Separators: when both ',' and '.' appear, the last one is the decimal mark; a separator repeated
 * is grouping; a single one followed by fewer than 3 digits is the decimal mark; a single one
 * followed by exactly 3 digits is a decimal mark only if it is the reader's locale's (Indonesian
 * "1.500" is 1500, English "1.500" KWD is 1.5). More decimals than the currency has is invalid, never rounded.
 */
export function parseMajor(currency: string, text: string, locale = 'en'): Money | undefined {
  const digits = minorDigits(currency);
  let t = normaliseDigits(text).replace(/[\s\u00A0\u202F']/g, '').replace(/\u066B/g, '.').replace(/\u066C/g, ',');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimalMark: '.' | ',' | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    if (sep && t.split(sep).length === 2) {
      const after = t.length - t.indexOf(sep) - 1;
      if (after !== 3) decimalMark = sep;
      // Exactly 3 digits after: the reader's decimal mark stays a decimal mark (so English "10.123"
      // QAR is refused, not read as 10,123); the other separator is grouping (Indonesian "1.500").
      else if (sep === localeDecimalMark(locale)) decimalMark = sep;
    }
  }
  const [whole = '', frac = '', ...rest] = decimalMark ? t.split(decimalMark) : [t];
  if (rest.length) return undefined;
  const group = decimalMark === ',' ? '.' : ',';
  const wholeDigits = decimalMark ? whole.split(group).join('') : whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(wholeDigits) || !/^\d*$/.test(frac) || frac.length > digits) return undefined;
  const minor = Number(wholeDigits + frac.padEnd(digits, '0')) * (negative ? -1 : 1);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { currency, minor: minor === 0 ? 0 : minor };
}

const decimalMarks = new Map<string, string>();
function localeDecimalMark(locale: string): string {
  let mark = decimalMarks.get(locale);
  if (!mark) {
    try {
      mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      mark = '.';
    }
    decimalMarks.set(locale, mark);
  }
  return mark;
}

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
/** Replaces Arabic-Indic, Persian, Devanagari, Bengali and Thai digits by ASCII digits. */
export function normaliseDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find((b) => cp >= b && cp <= b + 9);
    out += block === undefined ? ch : String(cp - block);
  }
  return out.trim();
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError('money.currency.mismatch', `${a.currency} ≠ ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.currency, a.minor + b.minor);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.currency, a.minor - b.minor);
}

export function sum(currency: string, items: readonly Money[]): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

export function max(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return a.minor >= b.minor ? a : b;
}

export function min(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return a.minor <= b.minor ? a : b;
}

/** a − b, or zero when b ≥ a: a shortfall is never negative. */
export function shortfall(a: Money, b: Money): Money {
  return max(subtract(a, b), zero(a.currency));
}

export function isNegative(m: Money): boolean {
  return m.minor < 0;
}

/** Integer division of n by d (d > 0) with the given rounding; exact, no floating point. */
export function divRound(n: number, d: number, rounding: Rounding = 'half-up'): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) {
    throw new MoneyError('money.rate.invalid', `Cannot divide ${n} by ${d}`);
  }
  const q = Math.floor(n / d);
  const r = n - q * d; // 0 ≤ r < d
  if (r === 0) return q;
  if (rounding === 'down') return n < 0 ? q + 1 : q; // toward zero
  if (rounding === 'up') return n < 0 ? q : q + 1; // away from zero
  // half-up: halves round away from zero
  const twice = 2 * r;
  if (twice > d) return q + 1;
  if (twice < d) return q;
  return n < 0 ? q : q + 1;
}

/** m × num / den, rounded once at the end. */
export function multiply(m: Money, ratio: Ratio, rounding: Rounding = 'half-up'): Money {
  const product = m.minor * ratio.num;
  if (!Number.isSafeInteger(product)) {
    // Split to stay exact: (m × num) / den = (m / den) × num, using BigInt for the rare huge case.
    const big = (BigInt(m.minor) * BigInt(ratio.num) * 2n + BigInt(ratio.den)) / (2n * BigInt(ratio.den));
    return money(m.currency, Number(big));
  }
  return money(m.currency, divRound(product, ratio.den, rounding));
}

/** A ratio from a decimal string or number such as "1.25" or 0.5 (read as its shortest decimal form). */
export function ratio(value: string | number, den?: number): Ratio {
  if (den !== undefined) {
    if (!Number.isSafeInteger(value) || !Number.isSafeInteger(den) || den <= 0) throw new MoneyError('money.rate.invalid', `${value}/${den}`);
    return { num: value as number, den };
  }
  const text = normaliseDigits(String(value));
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new MoneyError('money.rate.invalid', `Not a decimal: ${value}`);
  const [, sign, whole, frac = ''] = m;
  const num = Number(whole + frac) * (sign ? -1 : 1);
  const d = 10 ** frac.length;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(d)) throw new MoneyError('money.rate.invalid', `Too precise: ${value}`);
  return { num, den: d };
}

export function ratioTimes(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/**
 * A user-supplied exchange rate: 1 unit of `from` = `rate` units of `to`. We never fetch live
 * rates; the person (or partner) types the rate they were given, and the result says so.
 */
export interface ExchangeRate {
  from: string;
  to: string;
  /** Decimal string, e.g. "36.85" (1 QAR = 36.85 NPR). */
  rate: string;
  /** ISO date the rate was taken, shown beside converted amounts. */
  asOf?: string;
}

/** Converts between currencies with a given rate, accounting for the two currencies' minor digits. */
export function convert(m: Money, rate: ExchangeRate, rounding: Rounding = 'half-up'): Money {
  if (m.currency !== rate.from) throw new MoneyError('money.currency.mismatch', `${m.currency} ≠ ${rate.from}`);
  minorDigits(rate.to);
  const r = ratio(rate.rate);
  if (r.num <= 0) throw new MoneyError('money.rate.invalid', `Rate must be positive: ${rate.rate}`);
  const shift = minorDigits(rate.to) - minorDigits(m.currency);
  const scaled: Ratio = shift >= 0 ? { num: r.num * 10 ** shift, den: r.den } : { num: r.num, den: r.den * 10 ** -shift };
  return { ...multiply(m, scaled, rounding), currency: rate.to };
}

/** Major units as a decimal string with all minor digits ("1800.00", "75.500"), exact. */
export function toDecimalString(m: Money): string {
  const digits = minorDigits(m.currency);
  const sign = m.minor < 0 ? '-' : '';
  const abs = String(Math.abs(m.minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/**
 * Formats for display through Intl.NumberFormat in the reader's locale. The decimal string is
 * passed as a string so no float rounding happens on the way (Intl accepts exact decimal strings).
 */
export function format(m: Money, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const nf = numberFormat(locale, { style: 'currency', currency: m.currency, currencyDisplay: 'code', ...options });
  return nf.format(toDecimalString(m) as unknown as number);
}
