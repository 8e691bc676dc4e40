/** Public types of the wages module. Names are part of the SDK's API: change with a changeset. */
import type { Money } from '../money/index.js';
import type { Provenance, Source, Verification } from '../provenance/index.js';
import type { Coded } from '../i18n/index.js';
import type { IsoDate } from '../dates/index.js';
import type { CountryWageData } from './schema.js';

export type WorkerCategory = 'general' | 'domestic';
/** Malaysia keyed its minimum wage by employer size until 2025-08-01: fewer than 5 employees or not. */
export type EmployerSize = 'under-5' | '5-or-more';
/** What a minimum-wage rule is keyed by in law. */
export type AppliesBy = 'calendar' | 'contract-signing-date' | 'new-or-renewed-contract' | 'employer-size';

export interface MinimumWageQuery {
  /** ISO 3166-1 alpha-2 destination country. */
  country: string;
  /** The day (or month's first day) for which the minimum is wanted. */
  on: IsoDate;
  workerCategory?: WorkerCategory;
  /** Hong Kong domestic helpers: the MAW follows the contract's signing date, not the pay date. */
  contractSignedOn?: IsoDate;
  employerSize?: EmployerSize;
}

export interface MinimumWageResult {
  monthly: Money;
  components?: { basic: Money; food?: Money; housing?: Money };
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  appliesBy: AppliesBy;
  sources: Source[];
  verification: Verification;
  note?: string;
}

/** Why there is or is not a minimum: the widget says this instead of silently showing nothing. */
export type MinimumWageStatus =
  | { status: 'applies'; rule: MinimumWageResult }
  /** The law sets none for this worker (e.g. UAE: none set; Malaysia: domestic workers excluded). */
  | { status: 'none'; reason: Coded; sources: Source[]; verification: Verification; note?: string }
  /** We hold no rule for this country / category / date: not covered, never guessed. */
  | { status: 'not-covered'; reason: Coded };

export type GratuityEnding = 'termination' | 'resignation' | 'contract-end';

export interface GratuityInput {
  country: string;
  /** Last basic monthly wage (the base most laws use). */
  basicMonthlyWage: Money;
  /** First and last day of service, inclusive. */
  start: IsoDate;
  end: IsoDate;
  workerCategory?: WorkerCategory;
  /** How employment ended; some countries reduce the award on resignation (Saudi Art. 85). */
  ending?: GratuityEnding;
  /** Unpaid leave days are excluded from service in the UAE. */
  unpaidLeaveDays?: number;
}

export interface GratuityPart {
  /** Service years this part covers, e.g. years 1–5 at 21 days a year. */
  fromYear: number;
  toYear?: number;
  /** Days of service counted in this part (pro rata for part years). */
  serviceDays: number;
  /** The rate, e.g. { code: 'wages.gratuity.rate.days', params: { days: 21 } }. */
  rate: Coded;
  amount: Money;
}

export interface GratuityResult {
  amount: Money;
  eligible: boolean;
  breakdown: GratuityPart[];
  /** Caps and reductions applied, as codes (e.g. wages.gratuity.capped, wages.gratuity.resignationFactor). */
  adjustments: Coded[];
  effectiveFrom: IsoDate;
  sources: Source[];
  verification: Verification;
  note?: string;
}

export type GratuityStatus =
  | { status: 'calculated'; result: GratuityResult }
  | { status: 'none'; reason: Coded; sources: Source[]; verification: Verification }
  | { status: 'not-covered'; reason: Coded };

export type OvertimeKind = 'ordinary' | 'night' | 'restDay' | 'publicHoliday';

export interface WageClaimInput {
  country: string;
  workerCategory?: WorkerCategory;
  employment: {
    /** First and last day worked in the period claimed, inclusive. */
    start: IsoDate;
    end: IsoDate;
    contractSignedOn?: IsoDate;
    employerSize?: EmployerSize;
    ending?: GratuityEnding;
    /** Whether employment has ended (only then is gratuity due). */
    ended?: boolean;
  };
  contract: {
    /** Basic monthly wage in the contract, in the destination's currency. */
    basicMonthly: Money;
    allowances?: { housing?: Money; food?: Money; other?: Money };
    /** Employer provides housing / food in kind (then the cash components of a minimum do not apply). */
    housingProvided?: boolean;
    foodProvided?: boolean;
  };
  /** Hours of overtime worked in the period and not paid, by kind. */
  overtimeHours?: Partial<Record<OvertimeKind, number>>;
  /** Wages actually received for the period (excluding overtime pay). */
  paid: Money;
  /** Overtime pay actually received. */
  overtimePaid?: Money;
  /** Deductions taken from wages, by month and kind. */
  deductions?: Array<{ month: string /* YYYY-MM */; amount: Money; kind: DeductionKind }>;
  /** Gratuity already received, if any. */
  gratuityPaid?: Money;
}

export type DeductionKind = 'loan' | 'disciplinary' | 'accommodation' | 'recruitment-cost' | 'court-order' | 'other';

export type ClaimLineKind = 'unpaid-wages' | 'minimum-wage-shortfall' | 'unpaid-overtime' | 'excess-deductions' | 'gratuity';

export interface ClaimLine {
  kind: ClaimLineKind;
  /** `calculated` lines count in the total; `not-covered` lines say we hold no rule and count nothing. */
  status: 'calculated' | 'not-covered';
  amount: Money;
  /** The legal basis, as a code with parameters (e.g. wages.basis.qa.overtime). */
  basis: Coded;
  /** Per-month or per-kind workings, as codes, for the "how we got this" view. */
  details: Coded[];
  sources: Source[];
  verification: Verification;
  effectiveFrom?: IsoDate;
  note?: string;
}

export interface WageClaim {
  currency: string;
  lines: ClaimLine[];
  /** Sum of calculated lines; never negative. */
  total: Money;
  /** Things the person should know (e.g. an unverified rule, a cap reached, a long-ago period). */
  warnings: Coded[];
  /** Assumptions made, e.g. how the hourly rate was derived. */
  assumptions: Coded[];
  sources: Source[];
  /** The weakest verification among the rules used. */
  verification: Verification;
}

/** Input problems found before calculating: field path + message id, never thrown. */
export interface InputProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type WageClaimOutcome = { ok: true; claim: WageClaim } | { ok: false; problems: InputProblem[] };

/** Where a rule finds a country's wage law: the bundled table, or rules fetched on demand. */
export type WageRulesLookup = (country: string) => CountryWageData | undefined;

export type { Provenance };
