/**
 * Social protection for migrant workers: which scheme covers which ILO C102 branch, for whom,
 * from when, on what conditions, and on whose word. Names are part of the SDK's API.
 */
import * as z from 'zod/mini';
import { provenanceSchema } from '../provenance/index.js';

/** The nine branches of social security in ILO Convention C102, in the Convention's order of parts. */
export const BRANCHES = [
  'medical-care',
  'sickness',
  'unemployment',
  'old-age',
  'employment-injury',
  'family',
  'maternity',
  'invalidity',
  'survivors',
] as const;
export type Branch = (typeof BRANCHES)[number];

/**
 * How a worker is covered for a branch.
 * `mandatory`: a compulsory scheme covers the worker. `employer-liability`: the employer must pay or
 * insure (often only partly, e.g. work-related death only). `voluntary`: the worker may join.
 * `excluded`: the law shuts this category out. `none`: no scheme found. `unknown`: not verified.
 */
export const COVERAGE_LEVELS = ['mandatory', 'voluntary', 'employer-liability', 'excluded', 'none', 'unknown'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export const WORKER_CATEGORIES = ['general', 'domestic'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];

/** Who runs the scheme: the country of work, the country of origin, or both under an agreement. */
export const SIDES = ['destination', 'origin', 'bilateral'] as const;
export type Side = (typeof SIDES)[number];

/** Protections migrants need that are not C102 branches (unpaid wages above all), shown beside the matrix. */
export const EXTRA_KINDS = [
  'unpaid-wages',
  'end-of-service',
  'return-ticket',
  'repatriation-of-remains',
  'funeral',
  'welfare-assistance',
  'legal-costs',
  'education',
  /** Insurance whose insured risks the research does not state: shown, never mapped to a branch by guess. */
  'other-insurance',
] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/**
 * How far to trust `effectiveFrom`. Absent: the day the law took effect.
 * `approximate`: the research gives the date with "~". `lower-bound`: the research gives no start
 * day, so this is the first day we can show it in force (from a dated source or the encoding date);
 * earlier dates show as unknown, and a widget should say "in force by", not "since".
 */
export const DATE_CERTAINTIES = ['approximate', 'lower-bound'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));
const code = z.string().check(z.regex(/^protection\.[A-Za-z0-9.-]+$/));
const moneySchema = z.object({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  minor: z.int().check(z.nonnegative()),
});

/** Mirrors `LocalisedText` from i18n: English required, other locales optional. */
export const localisedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  ar: z.optional(z.string()),
  ne: z.optional(z.string()),
  bn: z.optional(z.string()),
  hi: z.optional(z.string()),
  id: z.optional(z.string()),
  fil: z.optional(z.string()),
});

/**
 * A condition or detail as a code. Amounts stay Money, dates stay ISO (a year `YYYY`, month
 * `YYYY-MM` or day) and countries stay codes, so a widget formats them in the reader's locale:
 * see `formatConditionParams`.
 */
export const conditionSchema = z.object({
  code,
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  amounts: z.optional(z.record(z.string(), moneySchema)),
  dates: z.optional(z.record(z.string(), z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)))),
  /** ISO 3166 codes, named in the reader's language by `formatConditionParams`. */
  countries: z.optional(z.record(z.string(), countryCode)),
});
export type Condition = z.infer<typeof conditionSchema>;

const dated = {
  ...provenanceSchema.shape,
  effectiveFromCertainty: z.optional(z.enum(DATE_CERTAINTIES)),
};

/** One cell fact: this scheme gives this level for this branch, for these categories, in this period. */
export const branchEntrySchema = z.object({
  ...dated,
  branch: z.enum(BRANCHES),
  level: z.enum(COVERAGE_LEVELS),
  conditions: z.array(conditionSchema),
  /** Narrows the scheme's categories for this entry (e.g. UAE ILOE: `excluded` for domestic only). */
  workerCategories: z.optional(z.array(z.enum(WORKER_CATEGORIES))),
});
export type BranchEntry = z.infer<typeof branchEntrySchema>;

/** A protection outside the nine branches (e.g. Qatar's WSIF paying unpaid wages). */
export const extraEntrySchema = z.object({
  ...dated,
  kind: z.enum(EXTRA_KINDS),
  conditions: z.array(conditionSchema),
  workerCategories: z.optional(z.array(z.enum(WORKER_CATEGORIES))),
});
export type ExtraEntry = z.infer<typeof extraEntrySchema>;

/** A named scheme or legal obligation. Its own provenance dates it as it applies to migrant workers. */
export const schemeSchema = z.object({
  ...dated,
  /** Stable id, `<country>.<slug>`, e.g. `MY.socso-invalidity`. */
  id: z.string().check(z.regex(/^[A-Z]{2}\.[a-z0-9-]+$/)),
  name: localisedTextSchema,
  country: countryCode,
  side: z.enum(SIDES),
  /** For `bilateral` schemes: the other country. */
  partner: z.optional(countryCode),
  workerCategories: z.array(z.enum(WORKER_CATEGORIES)).check(z.minLength(1)),
  branches: z.array(branchEntrySchema),
  extras: z.array(extraEntrySchema),
});
export type Scheme = z.infer<typeof schemeSchema>;

/**
 * What the research found for a branch in a country outside any named scheme: no scheme (`none`),
 * not verified (`unknown`), or a bare legal duty such as a gratuity (`employer-liability`).
 */
export const findingSchema = z.object({
  ...dated,
  country: countryCode,
  side: z.enum(SIDES),
  branch: z.enum(BRANCHES),
  level: z.enum(COVERAGE_LEVELS),
  workerCategories: z.array(z.enum(WORKER_CATEGORIES)).check(z.minLength(1)),
  /** Why, as a code (e.g. `protection.reason.noSchemeFound`). */
  reason: conditionSchema,
  conditions: z.array(conditionSchema),
});
export type Finding = z.infer<typeof findingSchema>;

export const countryProtectionSchema = z.object({
  country: countryCode,
  side: z.enum(['destination', 'origin']),
  schemes: z.array(schemeSchema),
  findings: z.array(findingSchema),
});
export type CountryProtection = z.infer<typeof countryProtectionSchema>;

export const AGREEMENT_KINDS = ['bilateral', 'regional', 'global', 'ilo-convention'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * Who an agreement reaches: `both` (origin and destination must be parties), `either` (one party
 * suffices, e.g. a convention the destination ratified), `all` (a global framework).
 */
export const AGREEMENT_REACH = ['both', 'either', 'all'] as const;
export type AgreementReach = (typeof AGREEMENT_REACH)[number];

export const agreementSchema = z.object({
  ...dated,
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: localisedTextSchema,
  kind: z.enum(AGREEMENT_KINDS),
  reach: z.enum(AGREEMENT_REACH),
  binding: z.boolean(),
  /** What it does, as codes (e.g. adopted, drafting a roadmap, basis for coverage). */
  conditions: z.array(conditionSchema),
  /** The parties, with their own provenance: a member list can be less verified than the text. */
  parties: z.object({ ...dated, countries: z.array(countryCode) }),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** Everything `coverageFor` reads; a caller may pass its own (e.g. a partner's newer, checked data, or countries fetched with `loadProtectionData`). */
export interface ProtectionData {
  destinations: Readonly<Record<string, CountryProtection>>;
  origins: Readonly<Record<string, CountryProtection>>;
  agreements: readonly Agreement[];
}
