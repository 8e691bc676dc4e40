/**
 * Campaign numbers from a set of cases, in one pass. Built for a million cases on a cheap laptop:
 * no Date objects, no per-case arrays or closures; dates are read from ISO strings by char code.
 * Malformed entries are counted and reported, never crash the summary or turn a total into NaN.
 */
import type { Coded } from '../i18n/index.js';
import { add, convert, isCurrencyCode, MoneyError, type ExchangeRate, type Money, type Ratio } from '../money/index.js';
import { CASE_STATUSES, FORCED_LABOUR_INDICATORS, VIOLATION_TYPES, WAGE_THEFT_VIOLATIONS, type Case } from './schema.js';

/** The key under which cases without the field are counted. */
export const UNKNOWN_KEY = 'unknown';

export interface SummariseOptions {
  /** Rates given by the user (1 `from` = `rate` `to`); never fetched, never inverted or guessed. */
  exchangeRates?: readonly ExchangeRate[];
  /** Currency to convert wages lost into. */
  to?: string;
}

export interface WagesConversion {
  to: string;
  /** Sum of the amounts that could be converted. Partial when `complete` is false. */
  total: Money;
  complete: boolean;
  /** Currencies with wages lost and no rate to `to`: their amounts are not in `total`. */
  missingRates: string[];
  ratesUsed: ExchangeRate[];
}

export interface ForcedLabourShare {
  /** Cases with at least one wage-theft violation. */
  wageTheftCases: number;
  /** Of those, cases with at least one ILO forced-labour indicator (an indicator, not a finding of forced labour). */
  withIndicator: number;
  /** withIndicator / wageTheftCases, exact; absent when there is no wage-theft case. */
  share?: Ratio;
}

export interface CaseSummary {
  cases: number;
  byDestination: Record<string, number>;
  byOrigin: Record<string, number>;
  bySector: Record<string, number>;
  /** Cases with at least one violation of each type (a case with two unpaid-wage periods counts once). */
  byViolation: Record<string, number>;
  byStatus: Record<string, number>;
  /** Amounts on wage-theft violations, one integer sum per currency, sorted by currency code. */
  wagesLost: Money[];
  converted?: WagesConversion;
  forcedLabour: ForcedLabourShare;
  /** Cases by the month (YYYY-MM) of their earliest violation. */
  byMonth: Record<string, number>;
  /** Cases by the year of their earliest violation, including those dated to the year only. */
  byYear: Record<string, number>;
  /** Cases whose violations carry no date. */
  undated: number;
  problems: Coded[];
}

const VIOLATION_INDEX = new Map<string, number>(VIOLATION_TYPES.map((t, i) => [t, i]));
const IS_WAGE_THEFT = Uint8Array.from(VIOLATION_TYPES, (t) => ((WAGE_THEFT_VIOLATIONS as readonly string[]).includes(t) ? 1 : 0));
const IS_INDICATOR = Uint8Array.from(VIOLATION_TYPES, (t) => ((FORCED_LABOUR_INDICATORS as readonly string[]).includes(t) ? 1 : 0));

export function summariseCases(cases: readonly Case[], options: SummariseOptions = {}): CaseSummary {
  const byDestination = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  const bySector = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const byMonthKey = new Map<number, number>(); // year * 100 + month
  const yearOnly = new Map<number, number>();
  const wages = new Map<string, number>();
  const overflowed = new Set<string>();
  const violationCases = new Float64Array(VIOLATION_TYPES.length);
  const seenInCase = new Float64Array(VIOLATION_TYPES.length); // stamp = case number, avoids a Set per case
  let counted = 0;
  let malformed = 0;
  let unknownViolations = 0;
  let invalidAmounts = 0;
  let wageTheftCases = 0;
  let withIndicator = 0;
  let undated = 0;

  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as Case | null | undefined;
    if (c === null || typeof c !== 'object') {
      malformed++;
      continue;
    }
    counted++;
    const stamp = counted;
    const journey = c.journey;
    bump(byDestination, journey ? journey.destination : undefined);
    bump(byOrigin, journey ? journey.origin : undefined);
    bump(bySector, c.worker ? c.worker.sector : undefined);
    bump(byStatus, c.status);

    let wageTheft = false;
    let indicator = false;
    let earliest: string | undefined;
    const violations = c.violations;
    const n = Array.isArray(violations) ? violations.length : 0;
    for (let j = 0; j < n; j++) {
      const v = violations[j];
      if (v === null || typeof v !== 'object') {
        unknownViolations++;
        continue;
      }
      const index = VIOLATION_INDEX.get(v.type);
      if (index === undefined) {
        unknownViolations++;
        continue;
      }
      if (seenInCase[index] !== stamp) {
        seenInCase[index] = stamp;
        violationCases[index]!++;
      }
      if (IS_INDICATOR[index] === 1) indicator = true;
      if (IS_WAGE_THEFT[index] === 1) {
        wageTheft = true;
        const amount = v.amount;
        if (amount !== undefined) {
          const minor = amount.minor;
          const currency = amount.currency;
          if (typeof currency === 'string' && Number.isSafeInteger(minor) && minor >= 0) {
            const total = (wages.get(currency) ?? 0) + minor;
            if (Number.isSafeInteger(total)) wages.set(currency, total);
            else overflowed.add(currency);
          } else invalidAmounts++;
        }
      }
      const from = v.period !== undefined ? v.period.from : undefined;
      if (typeof from === 'string' && (earliest === undefined || from < earliest)) earliest = from;
    }
    if (wageTheft) {
      wageTheftCases++;
      if (indicator) withIndicator++;
    }

    const year = earliest === undefined ? -1 : digits(earliest, 0, 4);
    if (year < 0) undated++;
    else {
      const month = earliest!.length >= 7 ? digits(earliest!, 5, 2) : -1;
      if (month >= 1 && month <= 12) bumpNumber(byMonthKey, year * 100 + month);
      else bumpNumber(yearOnly, year);
    }
  }

  const problems: Coded[] = [];
  if (malformed) problems.push({ code: 'cases.summary.malformed', params: { count: malformed } });
  if (unknownViolations) problems.push({ code: 'cases.summary.unknownViolation', params: { count: unknownViolations } });
  if (invalidAmounts) problems.push({ code: 'cases.summary.amountInvalid', params: { count: invalidAmounts } });

  const wagesLost: Money[] = [];
  for (const currency of [...wages.keys()].sort()) {
    if (overflowed.has(currency)) problems.push({ code: 'cases.summary.totalTooLarge', params: { currency } });
    else if (!isCurrencyCode(currency)) problems.push({ code: 'cases.summary.currencyInvalid', params: { currency } });
    else wagesLost.push({ currency, minor: wages.get(currency)! });
  }

  const summary: CaseSummary = {
    cases: counted,
    byDestination: sortedRecord(byDestination),
    byOrigin: sortedRecord(byOrigin),
    bySector: sortedRecord(bySector),
    byViolation: violationRecord(violationCases),
    byStatus: statusRecord(byStatus),
    wagesLost,
    forcedLabour: { wageTheftCases, withIndicator, ...(wageTheftCases > 0 ? { share: { num: withIndicator, den: wageTheftCases } } : {}) },
    ...timeSeries(byMonthKey, yearOnly),
    undated,
    problems,
  };
  if (options.to !== undefined) summary.converted = convertWages(wagesLost, options.to, options.exchangeRates ?? [], problems);
  return summary;
}

/** Counts one under `key`, or under UNKNOWN_KEY when the field is missing or not text. */
function bump(map: Map<string, number>, key: unknown): void {
  const k = typeof key === 'string' && key !== '' ? key : UNKNOWN_KEY;
  map.set(k, (map.get(k) ?? 0) + 1);
}

function bumpNumber(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Reads `length` ASCII digits at `start` as a number, or −1 if any is not a digit. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key)!;
  return out;
}

/** Every violation type appears, with 0 when absent, so charts keep a stable set of bars. */
function violationRecord(counts: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  VIOLATION_TYPES.forEach((type, i) => (out[type] = counts[i]!));
  return out;
}

function statusRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const status of CASE_STATUSES) out[status] = map.get(status) ?? 0;
  for (const [key, count] of map) if (!(key in out)) out[key] = count;
  return out;
}

function timeSeries(months: Map<number, number>, yearOnly: Map<number, number>) {
  const byMonth: Record<string, number> = {};
  const years = new Map<number, number>(yearOnly);
  for (const key of [...months.keys()].sort((a, b) => a - b)) {
    const count = months.get(key)!;
    const year = Math.floor(key / 100);
    byMonth[`${String(year).padStart(4, '0')}-${String(key % 100).padStart(2, '0')}`] = count;
    years.set(year, (years.get(year) ?? 0) + count);
  }
  const byYear: Record<string, number> = {};
  for (const year of [...years.keys()].sort((a, b) => a - b)) byYear[String(year).padStart(4, '0')] = years.get(year)!;
  return { byMonth, byYear };
}

function convertWages(wagesLost: readonly Money[], to: string, rates: readonly ExchangeRate[], problems: Coded[]): WagesConversion | undefined {
  if (!isCurrencyCode(to)) {
    problems.push({ code: 'cases.summary.currencyInvalid', params: { currency: to } });
    return undefined;
  }
  let total: Money = { currency: to, minor: 0 };
  const missingRates: string[] = [];
  const ratesUsed: ExchangeRate[] = [];
  for (const amount of wagesLost) {
    try {
      if (amount.currency === to) {
        total = add(total, amount);
        continue;
      }
      const rate = rates.find((r) => r.from === amount.currency && r.to === to);
      if (!rate) {
        missingRates.push(amount.currency);
        problems.push({ code: 'cases.summary.rateMissing', params: { from: amount.currency, to } });
        continue;
      }
      total = add(total, convert(amount, rate));
      ratesUsed.push(rate);
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      missingRates.push(amount.currency);
      problems.push(
        error.code === 'money.amount.invalid'
          ? { code: 'cases.summary.totalTooLarge', params: { currency: to } }
          : { code: 'cases.summary.rateInvalid', params: { from: amount.currency, to } },
      );
    }
  }
  return { to, total, complete: missingRates.length === 0, missingRates, ratesUsed };
}
