/** Result types of the fees module. Everything a widget shows is a code, an amount or a source. */
import type { IsoDate } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import type { ExchangeRate, Money, Ratio } from '../money/index.js';
import type { Source, Verification } from '../provenance/index.js';
import type { Classification } from './classify.js';
import type { CapSpec, DatePrecision, Payment } from './schema.js';

/**
 * `within` the cap · `exceeds` it (by `by`) · `banned`: the worker may be charged nothing for this ·
 * `no-cap-known`: no rule or no figure in our data · `needs-input`: answer one more question ·
 * `rate-missing`: an exchange rate is needed to compare · `outside-scope`: this rule does not count this payment.
 */
export type CapStatus = 'within' | 'exceeds' | 'banned' | 'no-cap-known' | 'needs-input' | 'rate-missing' | 'outside-scope';

export interface CurrencyPair {
  from: string;
  to: string;
}

/** A fee rule as used in a result, with its provenance. */
export interface RuleRef {
  ruleId: string;
  /** The rule's name: `fees.rule.<id>`. */
  name: Coded;
  jurisdiction: 'origin' | 'destination';
  country: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  datePrecision: DatePrecision;
  /** How the cap is expressed (zero, fixed, months of salary…), for "how we worked this out". */
  capSpec: CapSpec;
  sources: Source[];
  verification: Verification;
  note?: string;
}

/** One payment measured against one national rule (or against the absence of one). */
export interface CapVerdict {
  status: CapStatus;
  jurisdiction: 'origin' | 'destination';
  country: string;
  /** Absent when we hold no rule for this country and case. Look it up in `FeeAssessment.rules`. */
  ruleId?: string;
  reason: Coded;
  /** The cap under this rule, in the rule's currency (zero for a ban, in the payment's currency). */
  cap?: Money;
  /** How much of this payment is over the cap, in the payment's currency. */
  by?: Money;
  /** The same excess in the cap's currency. */
  byInCapCurrency?: Money;
  /** True when some payments could not be converted, so the excess is a minimum. */
  atLeast?: boolean;
  /** Rights and conditions that come with the rule (refunds, receipts, timing). */
  notices: Coded[];
}

export type RuleStatus = Exclude<CapStatus, 'outside-scope'> | 'nothing-in-scope';

export interface RuleSummary {
  rule: RuleRef;
  status: RuleStatus;
  cap?: Money;
  /** Total of the payments this rule counts, in the cap's currency (absent when some could not be converted). */
  covered?: Money;
  /** The same payments, per currency as paid. */
  coveredByCurrency: Money[];
  /** Total over the cap, in the cap's currency; for a ban see `coveredByCurrency`. */
  excess?: Money;
  atLeast?: boolean;
  missingRates: CurrencyPair[];
  /** Input fields that would let us apply this rule. */
  needs: string[];
  notices: Coded[];
  /** Caveats about the rule itself (e.g. its start date is only known to the year). */
  warnings: Coded[];
}

export interface IloVerdict {
  /** false: under the ILO employer-pays principle the worker should not have paid this. */
  shouldWorkerHavePaid: boolean | 'unknown';
  reason: Coded;
  sources: Source[];
  verification: Verification;
  note?: string;
}

export interface PaymentAssessment {
  index: number;
  payment: Payment;
  classification: Classification;
  ilo: IloVerdict;
  caps: CapVerdict[];
}

export interface ConvertedTotal {
  currency: string;
  /** Absent when a rate is missing for some payment. */
  paid?: Money;
  shouldNotHavePaid?: Money;
  missingRates: CurrencyPair[];
}

export interface FeeTotals {
  /** Everything entered, per currency as paid. */
  paid: Money[];
  /** What the ILO says the worker should not have paid, per currency as paid. */
  shouldNotHavePaid: Money[];
  /** Converted with the user's rates into the wage, origin and destination currencies. */
  converted: ConvertedTotal[];
}

/** An exact figure plus a display value with two decimals, computed with integer maths. */
export interface ExactFigure {
  ratio: Ratio;
  /** The value × 100, rounded half-up: 228 for 2.2831… (handy for a bar without floats). */
  hundredths: number;
  /** "2.28": no locale; format with Intl for display. */
  display: string;
}

export type CostToIncome =
  | (ExactFigure & {
      status: 'calculated';
      /** Worker-paid recruitment costs in the wage currency (rounded for display; the ratio is exact). */
      cost: Money;
      income: Money;
      sources: Source[];
      verification: Verification;
      note?: string;
    })
  | { status: 'not-calculated'; reason: Coded; missingRates: CurrencyPair[] };

export interface FeeAssessment {
  origin: string;
  destination: string;
  paidOn: IsoDate;
  payments: PaymentAssessment[];
  rules: RuleSummary[];
  totals: FeeTotals;
  /** SDG 10.7.1: worker-paid recruitment cost ÷ monthly earnings in the destination. */
  costToIncomeRatio: CostToIncome;
  /** The same figure read as months of wages needed to pay the costs back; absent when not calculated. */
  monthsOfWages?: ExactFigure;
  warnings: Coded[];
  assumptions: Coded[];
  /** The rates actually used, as typed by the person. */
  exchangeRatesUsed: ExchangeRate[];
  sources: Source[];
  /** The weakest verification among all facts used. */
  verification: Verification;
}

export interface InputProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type FeeAssessmentOutcome = { ok: true; assessment: FeeAssessment } | { ok: false; problems: InputProblem[] };
