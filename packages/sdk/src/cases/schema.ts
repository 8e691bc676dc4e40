/**
 * Case documentation schema, version 1. It follows the HURIDOCS "violations approach" (who did
 * what to whom: an event made of acts, a victim, interventions) in the shape of the case schema
 * proposed in shared/research/pathways-protection-rcps.md §5.4, trimmed to what campaigns count.
 *
 * The worker is described without direct identifiers by default. A name, passport number or phone
 * may be kept only when the worker agreed to be shared identified (see IDENTIFYING_SCOPES).
 */
import * as z from 'zod/mini';
import { isCountryCode } from '../geo/index.js';
import { isCurrencyCode } from '../money/index.js';
import { comparePartialDates, isPartialDate } from './partial-date.js';
import {
  ACTION_KINDS,
  ACTION_OUTCOMES,
  AGE_BANDS,
  AMOUNT_VIOLATIONS,
  ANONYMISATION_LEVELS,
  CASE_STATUSES,
  CONSENT_SCOPES,
  GENDERS,
  IDENTIFYING_SCOPES,
  MIGRATION_STATUSES,
  REFERRAL_KINDS,
  SECTORS,
  VIOLATION_TYPES,
  type ConsentScope,
} from './choices.js';

// The thesauri live in a file without zod (`@migrant-rights/sdk/cases/choices`), so a form can
// offer the choices without carrying the schema; they are part of this module's API unchanged.
export * from './choices.js';

export const CASE_SCHEMA_VERSION = 1;

/** A refinement whose failure is reported with our own message id (never zod's English). */
function coded(code: string, path?: PropertyKey[]) {
  return path ? { params: { code }, path } : { params: { code } };
}

const text = (max: number) =>
  z.string().check(z.refine((s) => s.trim().length > 0, coded('error.required')), z.maxLength(max));
/** Patterns shared with the JSON Schema export (the refinements below check the meaning too). */
export const PATTERNS = {
  partialDate: /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
  country: /^[A-Z]{2}$/,
  currency: /^[A-Z]{3}$/,
  caseId: /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/,
  /** A pathway problem id such as `unpaid-wages`, as the pathways module keys them. */
  problemId: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
} as const;

export const partialDateSchema = z.string().check(z.refine(isPartialDate, coded('cases.error.date')));
export const countrySchema = z.string().check(z.refine(isCountryCode, coded('cases.error.country')));
export const currencySchema = z.string().check(z.refine(isCurrencyCode, coded('cases.error.currency')));
export const caseIdSchema = z.string().check(z.refine((s) => PATTERNS.caseId.test(s), coded('cases.error.id')));
export const problemIdSchema = z.string().check(z.refine((s) => PATTERNS.problemId.test(s), coded('cases.error.problem')));
const partialDate = partialDateSchema;
const country = countrySchema;

export const moneySchema = z.object({
  currency: currencySchema,
  minor: z.int().check(z.nonnegative()),
});

const notAfter = (a: unknown, b: unknown) => !isPartialDate(a) || !isPartialDate(b) || comparePartialDates(a, b) <= 0;

export const periodSchema = z
  .object({ from: partialDate, to: z.optional(partialDate) })
  .check(z.refine((p) => notAfter(p.from, p.to), coded('cases.error.periodOrder', ['to'])));

export const violationSchema = z
  .object({
    type: z.enum(VIOLATION_TYPES),
    period: z.optional(periodSchema),
    amount: z.optional(moneySchema),
  })
  .check(
    z.refine((v) => v.amount === undefined || AMOUNT_VIOLATIONS.includes(v.type), coded('cases.error.amountNotApplicable', ['amount'])),
  );

export const identifiersSchema = z.object({
  name: z.optional(text(200)),
  passportNo: z.optional(text(40)),
  phone: z.optional(text(40)),
});

export const workerSchema = z.object({
  /** A name the documenter chose; not the worker's name. */
  pseudonym: text(80),
  gender: z.optional(z.enum(GENDERS)),
  ageBand: z.optional(z.enum(AGE_BANDS)),
  /** ISO 3166-1 alpha-2. */
  nationality: z.optional(country),
  occupation: z.optional(text(120)),
  sector: z.optional(z.enum(SECTORS)),
  migrationStatus: z.optional(z.enum(MIGRATION_STATUSES)),
  /** Direct identifiers: only with `share-identified` consent, dropped by every anonymisation level. */
  identifiers: z.optional(identifiersSchema),
});

export const contractSchema = z.object({
  signedOn: z.optional(partialDate),
  basicMonthly: z.optional(moneySchema),
  /** The worker was made to sign a different, worse contract on arrival. */
  substituted: z.optional(z.boolean()),
});

export const journeySchema = z
  .object({
    origin: z.optional(country),
    /** District, town or village of origin (generalised away from `medium` anonymisation up). */
    originPlace: z.optional(text(120)),
    destination: z.optional(country),
    /** City or emirate of work. */
    destinationPlace: z.optional(text(120)),
    recruiter: z.optional(text(200)),
    subAgent: z.optional(text(200)),
    departureOn: z.optional(partialDate),
    arrivalOn: z.optional(partialDate),
    contract: z.optional(contractSchema),
  })
  .check(z.refine((j) => notAfter(j.departureOn, j.arrivalOn), coded('cases.error.arrivalBeforeDeparture', ['arrivalOn'])));

export const actionSchema = z.object({
  kind: z.enum(ACTION_KINDS),
  /** The body the complaint went to (its id in the pathways data, or its name). */
  body: text(120),
  /** The pathway followed: destination country and problem id, as the pathways module keys them. */
  pathway: z.optional(z.object({ destination: country, problem: problemIdSchema })),
  filedOn: partialDate,
  outcome: z.enum(ACTION_OUTCOMES),
});

export const referralSchema = z.object({
  kind: z.enum(REFERRAL_KINDS),
  organisation: z.optional(text(200)),
  on: z.optional(partialDate),
});

export const consentSchema = z.object({
  /** Must be true: a case is documented only with the worker's informed consent. */
  given: z.boolean().check(z.refine((g) => g === true, coded('cases.error.consentRequired'))),
  scope: z.enum(CONSENT_SCOPES),
  givenOn: partialDate,
});

export const caseSchema = z
  .object({
    /** Random (newCaseId), never derived from the worker's identity. */
    id: caseIdSchema,
    schemaVersion: z.literal(CASE_SCHEMA_VERSION),
    createdOn: partialDate,
    updatedOn: partialDate,
    status: z.enum(CASE_STATUSES),
    /** Set by anonymiseCase: the strongest level applied so far. */
    anonymised: z.optional(z.enum(ANONYMISATION_LEVELS)),
    worker: workerSchema,
    journey: journeySchema,
    violations: z.array(violationSchema).check(z.maxLength(100)),
    actions: z.array(actionSchema).check(z.maxLength(50)),
    referrals: z.array(referralSchema).check(z.maxLength(50)),
    consent: consentSchema,
  })
  .check(
    z.refine((c) => notAfter(c.createdOn, c.updatedOn), coded('cases.error.updatedBeforeCreated', ['updatedOn'])),
    z.refine(
      (c) => c.worker?.identifiers === undefined || (c.consent?.given === true && IDENTIFYING_SCOPES.includes(c.consent.scope)),
      coded('cases.error.identifiersNeedConsent', ['worker', 'identifiers']),
    ),
  );

export type Period = z.infer<typeof periodSchema>;
export type Violation = z.infer<typeof violationSchema>;
export type Worker = z.infer<typeof workerSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type CaseAction = z.infer<typeof actionSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Case = z.infer<typeof caseSchema>;

/** A fresh random case id (UUID v4 from the platform's CSPRNG). */
export function newCaseId(): string {
  return globalThis.crypto.randomUUID();
}

/** True when the worker's consent covers `use` (scopes widen: store ⊂ share-anonymised ⊂ share-identified). */
export function consentAllows(c: Pick<Case, 'consent'>, use: ConsentScope): boolean {
  return c.consent.given === true && CONSENT_SCOPES.indexOf(c.consent.scope) >= CONSENT_SCOPES.indexOf(use);
}
