/**
 * The case schema's vocabulary (`@migrant-rights/sdk/cases/choices`): the thesauri a case is
 * written with (violation types, sectors, statuses, consent scopes…) and their types, without zod.
 * A form offers these choices on its first screen and fetches the schema (`cases/core`) only when
 * it checks or saves a case. Re-exported unchanged by `cases` and `cases/core`.
 */

/** Wage theft as the Justice for Wage Theft campaign defines it: under-payment or non-payment by an employer or recruiter. */
export const WAGE_THEFT_VIOLATIONS = [
  'unpaid-wages',
  'underpayment',
  'unpaid-overtime',
  'illegal-deductions',
  'unpaid-end-of-service',
  'withheld-final-pay',
  'unpaid-leave',
  'delayed-wages',
] as const;

/** The ILO's 11 indicators of forced labour (SAP-FL 2012, kept unchanged in the 2025 revision). */
export const FORCED_LABOUR_INDICATORS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-sexual-violence',
  'intimidation-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-living-conditions',
  'excessive-overtime',
] as const;

/**
 * Facts of the case that are neither wage theft nor an ILO indicator. A fact is never turned into
 * an indicator automatically (document retention is not by itself "retention of identity documents"
 * as an indicator): the documenter records indicators as an assessment of their own.
 */
export const OTHER_VIOLATIONS = ['contract-substitution', 'document-retention', 'recruitment-fees', 'injury-or-death', 'other'] as const;

export const VIOLATION_TYPES = [...WAGE_THEFT_VIOLATIONS, ...OTHER_VIOLATIONS, ...FORCED_LABOUR_INDICATORS] as const;
export type WageTheftViolation = (typeof WAGE_THEFT_VIOLATIONS)[number];
export type ForcedLabourIndicator = (typeof FORCED_LABOUR_INDICATORS)[number];
export type ViolationType = (typeof VIOLATION_TYPES)[number];

/** Violations that can carry an amount of money (wages lost, fees paid, a debt, compensation). */
export const AMOUNT_VIOLATIONS: readonly ViolationType[] = [
  ...WAGE_THEFT_VIOLATIONS,
  'recruitment-fees',
  'withholding-of-wages',
  'debt-bondage',
  'injury-or-death',
  'other',
];

/** Sector thesaurus from the proposed schema (research §5.4), plus three common ones and `other`. */
export const SECTORS = [
  'construction',
  'domestic-work',
  'manufacturing',
  'retail',
  'hospitality',
  'security',
  'agriculture',
  'fishing',
  'cleaning',
  'transport',
  'care',
  'other',
] as const;
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-plus'] as const;
/** Residence situation (research §5.4: valid / expired / absconding report filed; in destination / returned). */
export const MIGRATION_STATUSES = ['valid-permit', 'permit-expired', 'undocumented', 'absconding-report', 'returned-home', 'unknown'] as const;
export const CASE_STATUSES = ['open', 'in-progress', 'resolved', 'closed-unresolved'] as const;
/** What the worker agreed to, from narrowest to widest. */
export const CONSENT_SCOPES = ['store', 'share-anonymised', 'share-identified'] as const;
/** The only scope under which direct identifiers may be kept in the case. */
export const IDENTIFYING_SCOPES: readonly ConsentScope[] = ['share-identified'];
export const ACTION_KINDS = ['complaint'] as const;
export const ACTION_OUTCOMES = ['pending', 'conciliation', 'awarded', 'settled', 'paid', 'rejected', 'withdrawn', 'no-response'] as const;
export const REFERRAL_KINDS = ['embassy', 'migrant-workers-office', 'ngo', 'union', 'shelter', 'legal-aid', 'health', 'other'] as const;
export const ANONYMISATION_LEVELS = ['low', 'medium', 'high'] as const;

export type Sector = (typeof SECTORS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type AnonymisationLevel = (typeof ANONYMISATION_LEVELS)[number];
