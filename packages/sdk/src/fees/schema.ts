/**
 * Schemas and types of the fees module: the ILO cost taxonomy, what a worker paid, national fee
 * caps, and the input of the checker. Ids are kebab-case and stable: widgets turn them into words
 * with `fees.<kind>.<id>` messages.
 */
import * as z from 'zod/mini';
import { isCurrencyCode, ratio as parseRatio, type Money, type Ratio } from '../money/index.js';
import { isIsoDate, type IsoDate } from '../dates/index.js';
import type { Provenance } from '../provenance/index.js';
import type { Coded } from '../i18n/index.js';

import {
  COST_CATEGORIES,
  COST_GROUPS,
  IMPOSERS,
  MAX_CONTRACT_MONTHS,
  MAX_MINOR,
  MAX_PAYMENTS,
  MAX_RATES,
  OCCUPATIONS,
  PAYEES,
  PAYMENT_PURPOSES,
  WORKER_CATEGORIES,
  WORKER_SEXES,
  type CostCategory,
  type CostGroup,
  type Imposer,
  type Occupation,
  type Payee,
  type PaymentPurpose,
  type WorkerCategory,
  type WorkerSex,
} from './choices.js';

// The vocabulary (ids and limits) lives in choices.ts, which carries no zod and no law.
export * from './choices.js';

export interface Payment {
  purpose: PaymentPurpose;
  amount: Money;
  paidTo: Payee;
  /** Whether the worker got a receipt. Unknown when absent. */
  receipt?: boolean;
  /** Who required it; when absent we assume it was required to get the job. */
  imposedBy?: Imposer;
  /** What the agency called it ("processing", "loan"). Kept for the record; never used to classify. */
  label?: string;
}

const code = (c: string) => ({ params: { code: c } });

let knownCurrencies: ReadonlySet<string> | undefined;
/**
 * True for a currency this runtime knows by name. The kernel's `isCurrencyCode` accepts any
 * well-formed code (Intl formats "XYZ" happily), so we also check Intl's list of supported ones.
 */
export function isKnownCurrency(code: string): boolean {
  if (!isCurrencyCode(code)) return false;
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

const currencySchema = z.string().check(z.refine((c) => isKnownCurrency(c), code('fees.error.currency')));
const countrySchema = z.string().check(z.regex(/^[A-Z]{2}$/));
const isoDateSchema = z.string().check(z.refine((d) => isIsoDate(d), code('error.date')));

export const moneySchema = z.object({
  currency: currencySchema,
  // -0 passes `minimum(0)` but formats as "-PHP 0.00": results carry +0.
  minor: z.int().check(z.minimum(0), z.maximum(MAX_MINOR), z.overwrite((n) => (n === 0 ? 0 : n))),
});

export const paymentSchema = z.object({
  purpose: z.enum(PAYMENT_PURPOSES),
  amount: moneySchema,
  paidTo: z.enum(PAYEES),
  receipt: z.optional(z.boolean()),
  imposedBy: z.optional(z.enum(IMPOSERS)),
  label: z.optional(z.string().check(z.maxLength(200))),
});

/** A decimal rate such as "36.5": positive, at most 9 digits either side of the point. */
function isPositiveDecimal(rate: string): boolean {
  if (!/^\d{1,9}(\.\d{1,9})?$/.test(rate)) return false;
  try {
    return parseRatio(rate).num > 0;
  } catch {
    return false;
  }
}

export const exchangeRateSchema = z
  .object({
    from: currencySchema,
    to: currencySchema,
    rate: z.string().check(z.refine(isPositiveDecimal, code('fees.error.rate'))),
    asOf: z.optional(isoDateSchema),
  })
  .check(z.refine((r) => r.from !== r.to, code('fees.error.rateSameCurrency')));

/** One rate per pair of currencies (a rate and its inverse count as the same pair). */
function uniquePairs(rates: ReadonlyArray<{ from: string; to: string }>): boolean {
  const seen = new Set<string>();
  for (const r of rates) {
    const key = [r.from, r.to].sort().join('/');
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

export const assessmentInputSchema = z.object({
  origin: countrySchema,
  destination: countrySchema,
  occupation: z.optional(z.enum(OCCUPATIONS)),
  workerCategory: z.optional(z.enum(WORKER_CATEGORIES)),
  workerSex: z.optional(z.enum(WORKER_SEXES)),
  /** Length of the job contract, for caps counted per contract year (Singapore). */
  contractMonths: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_CONTRACT_MONTHS))),
  paidOn: isoDateSchema,
  payments: z.array(paymentSchema).check(z.maxLength(MAX_PAYMENTS)),
  monthlyWageAtDestination: z.optional(
    moneySchema.check(z.refine((m) => m.minor > 0, code('fees.error.wageNotPositive'))),
  ),
  exchangeRates: z.optional(
    z.array(exchangeRateSchema).check(z.maxLength(MAX_RATES), z.refine(uniquePairs, code('fees.error.rateDuplicate'))),
  ),
});

export interface ExchangeRateInput {
  from: string;
  to: string;
  rate: string;
  asOf?: IsoDate;
}

export interface AssessmentInput {
  /** ISO 3166-1 alpha-2 country of origin. */
  origin: string;
  /** ISO 3166-1 alpha-2 country of destination. */
  destination: string;
  occupation?: Occupation;
  /** Defaults to `general`. */
  workerCategory?: WorkerCategory;
  workerSex?: WorkerSex;
  contractMonths?: number;
  /** When the fees were paid: selects the caps in force. */
  paidOn: IsoDate;
  payments: Payment[];
  /** Monthly earnings in the destination (first job): the SDG 10.7.1 denominator and the base of wage-linked caps. */
  monthlyWageAtDestination?: Money;
  /** Rates the person typed. We never fetch rates; a missing rate is reported, never guessed. */
  exchangeRates?: ExchangeRateInput[];
}

/**
 * An amount as the law writes it, in major units ("10000" rupees). Data keeps major units because the
 * number of minor digits of a currency comes from the runtime's CLDR (PKR and MMK have 0 in some).
 */
export interface MajorAmount {
  currency: string;
  major: string;
}

/** How a cap is expressed in law. */
export type CapSpec =
  /** Nothing in scope may be charged to the worker (zero-fee origin rule or destination ban). */
  | { kind: 'zero' }
  /** A fixed ceiling. `uncheckedLimit` names a further limit in the same rule that we cannot check. */
  | { kind: 'fixed'; amount: MajorAmount; uncheckedLimit?: string }
  /** A number of months of the worker's salary (Philippines: one month's basic salary). */
  | { kind: 'months-of-salary'; months: Ratio }
  /** Months of salary per contract year, up to a maximum (Singapore: 1 a year, at most 2). */
  | { kind: 'months-per-contract-year'; monthsPerYear: Ratio; maxMonths: Ratio }
  /** A share of the first month's wages (Hong Kong: 10%). */
  | { kind: 'share-of-first-month-wage'; share: Ratio }
  /** A cap exists or may exist, but the research holds no figure: say so, never guess. */
  | { kind: 'unknown' };

/** Which payments a rule counts. Every listed filter must match; absent filters match everything. */
export interface CapScope {
  groups?: CostGroup[];
  purposes?: PaymentPurpose[];
  paidTo?: Payee[];
  excludePurposes?: PaymentPurpose[];
}

/**
 * How exact `effectiveFrom` is. `year`: only the year is known (1 January is used). `approximate`: a
 * reported or inferred date. `in-force-by`: a source shows it in force on that date; it may be older.
 * `unknown`: long-standing with no date in the research (1900-01-01 placeholder).
 */
export type DatePrecision = 'exact' | 'year' | 'approximate' | 'in-force-by' | 'unknown';

export interface FeeCapRule extends Provenance {
  /** Unique id of this version; its name is the message `fees.rule.<id>`. */
  id: string;
  /** Versions of one rule share a series: the one in force on the payment date is used. */
  series: string;
  /** Whose law it is. */
  jurisdiction: 'origin' | 'destination';
  country: string;
  /** For origin rules: destinations it applies to (absent: all). */
  destinations?: string[];
  excludedDestinations?: string[];
  /** For destination rules: origins it applies to (absent: all). */
  origins?: string[];
  workerCategories?: WorkerCategory[];
  occupations?: Occupation[];
  excludedOccupations?: Occupation[];
  workerSex?: WorkerSex;
  scope: CapScope;
  cap: CapSpec;
  /** The law requires a receipt for these payments. */
  receiptRequired?: boolean;
  /** Shown with every verdict under this rule (refund rights, timing); figures go in params, not messages. */
  notices?: Coded[];
  datePrecision: DatePrecision;
}

const ratioSchema = z.object({ num: z.int().check(z.minimum(0)), den: z.int().check(z.minimum(1)) });

/** Schema of the rule-specific fields (provenance is audited separately by `auditFacts`). */
export const feeCapRuleSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  series: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  jurisdiction: z.enum(['origin', 'destination']),
  country: countrySchema,
  destinations: z.optional(z.array(countrySchema)),
  excludedDestinations: z.optional(z.array(countrySchema)),
  origins: z.optional(z.array(countrySchema)),
  workerCategories: z.optional(z.array(z.enum(WORKER_CATEGORIES))),
  occupations: z.optional(z.array(z.enum(OCCUPATIONS))),
  excludedOccupations: z.optional(z.array(z.enum(OCCUPATIONS))),
  workerSex: z.optional(z.enum(WORKER_SEXES)),
  scope: z.object({
    groups: z.optional(z.array(z.enum(COST_GROUPS))),
    purposes: z.optional(z.array(z.enum(PAYMENT_PURPOSES))),
    paidTo: z.optional(z.array(z.enum(PAYEES))),
    excludePurposes: z.optional(z.array(z.enum(PAYMENT_PURPOSES))),
  }),
  cap: z.union([
    z.object({ kind: z.literal('zero') }),
    z.object({
      kind: z.literal('fixed'),
      amount: z.object({ currency: currencySchema, major: z.string().check(z.regex(/^\d+(\.\d+)?$/)) }),
      uncheckedLimit: z.optional(z.string()),
    }),
    z.object({ kind: z.literal('months-of-salary'), months: ratioSchema }),
    z.object({ kind: z.literal('months-per-contract-year'), monthsPerYear: ratioSchema, maxMonths: ratioSchema }),
    z.object({ kind: z.literal('share-of-first-month-wage'), share: ratioSchema }),
    z.object({ kind: z.literal('unknown') }),
  ]),
  receiptRequired: z.optional(z.boolean()),
  notices: z.optional(z.array(z.object({ code: z.string(), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }))),
  datePrecision: z.enum(['exact', 'year', 'approximate', 'in-force-by', 'unknown']),
});

/** An ILO cost category as a sourced fact. */
export interface CostCategoryFact extends Provenance {
  id: CostCategory;
  group: CostGroup;
}
