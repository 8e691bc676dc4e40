/**
 * Schemas for the wage rules (data) and for a wage claim's input. Every rule is a sourced,
 * effective-dated fact (provenance) plus the figures the law gives; rules select the fact in force
 * on the date the law keys on.
 */
import * as z from 'zod/mini';
import { provenanceSchema } from '../provenance/index.js';

const WORKER_CATEGORIES = ['general', 'domestic'] as const;
const EMPLOYER_SIZES = ['under-5', '5-or-more'] as const;
export const OVERTIME_KINDS = ['ordinary', 'night', 'restDay', 'publicHoliday'] as const;
export const DEDUCTION_KINDS = ['loan', 'disciplinary', 'accommodation', 'recruitment-cost', 'court-order', 'other'] as const;
export const GRATUITY_ENDINGS = ['termination', 'resignation', 'contract-end'] as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Money in data: integer minor units, never negative. */
export const moneySchema = z.object({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  minor: z.number().check(z.int(), z.nonnegative()),
});
const ratioSchema = z.object({ num: z.number().check(z.int(), z.nonnegative()), den: z.number().check(z.int(), z.positive()) });
const categories = z.array(z.enum(WORKER_CATEGORIES)).check(z.minLength(1));
/** A message id (wages.caveat.*) the claim shows as a warning when the fact is used: conflicts and stale items. */
const caveat = z.optional(z.string().check(z.regex(/^wages\.caveat\./)));

// ---------------------------------------------------------------- minimum wage

const monthlyMinimum = z.object({
  kind: z.literal('monthly'),
  /** The minimum (basic) wage itself. */
  basic: moneySchema,
  /** Cash allowances due on top of the basic wage unless the employer provides housing / food in kind. */
  housing: z.optional(moneySchema),
  food: z.optional(moneySchema),
  /** Components the law has but whose amount the research does not give (e.g. HK food allowance 2019). */
  unknownComponents: z.optional(z.array(z.enum(['housing', 'food']))),
  /**
   * `components`: basic against the basic wage, each allowance against the cash allowance.
   * `total-pay`: the law's figure against basic + all cash allowances (used where the research does
   * not say what the figure is compared with; it never over-claims).
   */
  comparedWith: z.enum(['components', 'total-pay']),
});
const hourlyMinimum = z.object({ kind: z.literal('hourly'), hourly: moneySchema });
/** The law sets no minimum for this worker; `reason` is a message id (wages.minimum.none.*). */
const noMinimum = z.object({ kind: z.literal('none'), reason: z.string().check(z.regex(/^wages\.minimum\.none\./)) });

export const minimumWageFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  workerCategories: categories,
  /** Malaysia until 2025-08-01: the rate depended on the employer's size. Absent: any size. */
  employerSizes: z.optional(z.array(z.enum(EMPLOYER_SIZES))),
  appliesBy: z.enum(['calendar', 'contract-signing-date', 'new-or-renewed-contract', 'employer-size']),
  value: z.discriminatedUnion('kind', [monthlyMinimum, hourlyMinimum, noMinimum]),
  caveat,
});
export type MinimumWageFact = z.infer<typeof minimumWageFactSchema>;

// ---------------------------------------------------------------- rate conventions

/** How an hourly rate is derived from a monthly wage (laws mostly do not say: see verification). */
export const hourlyRateFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  formula: z.discriminatedUnion('kind', [
    /** monthly ÷ days ÷ hours a day (e.g. ÷ 30 ÷ 8). */
    z.object({ kind: z.literal('days'), daysPerMonth: z.number().check(z.int(), z.positive()), hoursPerDay: z.number().check(z.int(), z.positive()) }),
    /** 12 × monthly ÷ (weeks a year × hours a week) (Singapore: 52 × 44). */
    z.object({ kind: z.literal('weeks'), weeksPerYear: z.number().check(z.int(), z.positive()), hoursPerWeek: z.number().check(z.int(), z.positive()) }),
  ]),
});
export type HourlyRateFact = z.infer<typeof hourlyRateFactSchema>;

/** How "a day's wage" is derived from a monthly wage, for day-based gratuity rates (monthly ÷ days). */
export const dailyRateFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  daysPerMonth: z.number().check(z.int(), z.positive()),
});
export type DailyRateFact = z.infer<typeof dailyRateFactSchema>;

// ---------------------------------------------------------------- overtime

const premiumTerm = z.object({
  /** `basic`: the basic wage; `wage`: basic + cash allowances (Saudi "hourly wage"). */
  base: z.enum(['basic', 'wage']),
  /** Percent of that base's hourly rate paid per overtime hour (125 = basic + 25 %). */
  percent: z.number().check(z.int(), z.positive()),
});
export const overtimeFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  kind: z.enum(OVERTIME_KINDS),
  workerCategories: categories,
  premium: z.discriminatedUnion('status', [
    /** Pay per overtime hour = Σ percent × hourly rate of the base. */
    z.object({ status: z.literal('known'), terms: z.array(premiumTerm).check(z.minLength(1)), sameAsOrdinary: z.optional(z.boolean()) }),
    /** Sources disagree: the kind is not calculated; the values are kept for display (extra percent over the hourly rate). */
    z.object({ status: z.literal('conflict'), extraPercents: z.array(z.number()).check(z.minLength(2)) }),
  ]),
  /** The law's night window, e.g. 21:00–06:00. */
  window: z.optional(z.object({ from: z.string().check(z.regex(/^\d{2}:\d{2}$/)), to: z.string().check(z.regex(/^\d{2}:\d{2}$/)) })),
  /** Workers whose basic monthly wage is above this are outside the overtime rule (or may be). */
  salaryCeiling: z.optional(moneySchema),
  caveat,
});
export type OvertimeFact = z.infer<typeof overtimeFactSchema>;

// ---------------------------------------------------------------- deductions

export const deductionCapFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  workerCategories: categories,
  /** `total`: all deductions of a month together; otherwise one kind of deduction. */
  appliesTo: z.enum(['total', ...DEDUCTION_KINDS]),
  cap: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('percent-of-wage'), percent: z.number().check(z.int(), z.nonnegative(), z.maximum(100)) }),
    /** May never be deducted (UAE recruitment costs, Art. 6(4)). */
    z.object({ kind: z.literal('never') }),
  ]),
  caveat,
});
export type DeductionCapFact = z.infer<typeof deductionCapFactSchema>;

// ---------------------------------------------------------------- end-of-service gratuity

const gratuityTier = z.object({
  /** Service years this tier covers, 1-based and inclusive (years 1–5); open-ended without `toYear`. */
  fromYear: z.number().check(z.int(), z.positive()),
  toYear: z.optional(z.number().check(z.int(), z.positive())),
  perYear: z.discriminatedUnion('unit', [
    z.object({ unit: z.literal('days'), days: z.number().check(z.int(), z.positive()) }),
    z.object({ unit: z.literal('months'), months: ratioSchema }),
  ]),
});
export const gratuityFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  workerCategories: categories,
  /** `basic`: last basic wage; `wage`: last wage (basic + allowances); `unspecified`: the research does not say (basic is used). */
  base: z.enum(['basic', 'wage', 'unspecified']),
  minServiceYears: z.number().check(z.int(), z.nonnegative()),
  tiers: z.array(gratuityTier).check(z.minLength(1)),
  /** Cap as months of the base wage (UAE: two years' wages = 24). */
  capMonths: z.optional(z.number().check(z.int(), z.positive())),
  /** On resignation: `same` award; factors by completed years (Saudi Art. 85); `unknown`: not calculated. */
  resignation: z.union([
    z.literal('same'),
    z.literal('unknown'),
    z.array(z.object({ minYears: z.number().check(z.int(), z.nonnegative()), factor: ratioSchema })).check(z.minLength(1)),
  ]),
  excludesUnpaidLeave: z.optional(z.boolean()),
  caveat,
});
export type GratuityFact = z.infer<typeof gratuityFactSchema>;

// ---------------------------------------------------------------- wage payment

/** The duty to pay wages (and by when), the legal basis of the unpaid-wages line. */
export const wagePaymentFactSchema = z.safeExtend(provenanceSchema, {
  id: z.string(),
  workerCategories: categories,
  /** Days after the end of the wage period by which wages are due, where the research gives it. */
  withinDaysAfterPeriod: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type WagePaymentFact = z.infer<typeof wagePaymentFactSchema>;

// ---------------------------------------------------------------- a country's rules

export const countryWageDataSchema = z.object({
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  minimumWage: z.array(minimumWageFactSchema),
  hourlyRate: z.array(hourlyRateFactSchema),
  dailyRate: z.array(dailyRateFactSchema),
  overtime: z.array(overtimeFactSchema),
  deductionCaps: z.array(deductionCapFactSchema),
  gratuity: z.array(gratuityFactSchema),
  wagePayment: z.array(wagePaymentFactSchema),
});
export type CountryWageData = z.infer<typeof countryWageDataSchema>;

// ---------------------------------------------------------------- wage claim input

/** The amount is checked after parsing (whole number, sign, currency, size), so that each problem gets its own message on the money field. */
const inputMoney = z.object({ currency: z.string(), minor: z.unknown() });
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** The structure of a WageClaimInput; validate.ts adds the checks that need several fields. */
export const wageClaimInputSchema = z.object({
  country: z.string().check(z.minLength(1)),
  workerCategory: z.optional(z.enum(WORKER_CATEGORIES)),
  employment: z.object({
    // Presence and calendar validity are checked after parsing (error.required / error.date).
    start: z.optional(z.string()),
    end: z.optional(z.string()),
    contractSignedOn: z.optional(z.string()),
    employerSize: z.optional(z.enum(EMPLOYER_SIZES)),
    ending: z.optional(z.enum(GRATUITY_ENDINGS)),
    ended: z.optional(z.boolean()),
  }),
  contract: z.object({
    basicMonthly: inputMoney,
    allowances: z.optional(z.object({ housing: z.optional(inputMoney), food: z.optional(inputMoney), other: z.optional(inputMoney) })),
    housingProvided: z.optional(z.boolean()),
    foodProvided: z.optional(z.boolean()),
  }),
  overtimeHours: z.optional(
    z.object({
      ordinary: z.optional(z.number()),
      night: z.optional(z.number()),
      restDay: z.optional(z.number()),
      publicHoliday: z.optional(z.number()),
    }),
  ),
  paid: inputMoney,
  overtimePaid: z.optional(inputMoney),
  deductions: z.optional(z.array(z.object({ month, amount: inputMoney, kind: z.enum(DEDUCTION_KINDS) }))),
  gratuityPaid: z.optional(inputMoney),
});

export { isoDate as isoDateSchema };
