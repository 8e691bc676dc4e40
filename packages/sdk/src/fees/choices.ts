/**
 * The vocabulary of the fees module without its law or its schemas: the ids a form offers as
 * choices (what a payment was for, who was paid, jobs, worker categories), the input limits, and
 * the countries of the job that some fee rule names. No zod, no fee caps: a form can show its
 * questions with these alone (`@migrant-rights/sdk/fees/choices`, a few hundred bytes) and fetch
 * the rules when it needs an answer. `@migrant-rights/sdk/fees` exports the very same values.
 */

/** The three kinds of cost in the ILO Definition of Recruitment Fees and Related Costs (2019). */
export const COST_GROUPS = ['recruitment-fee', 'related-cost', 'illegitimate-cost'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

/** ILO categories. `recruitment-fee` is its own group; the next seven are related costs; the last five are illegitimate. */
export const COST_CATEGORIES = [
  'recruitment-fee',
  'medical',
  'insurance',
  'skills-qualification-tests',
  'training-orientation',
  'equipment',
  'travel-lodging',
  'administrative',
  'bribe',
  'bond',
  'deposit',
  'kickback',
  'illegal-cost-recovery',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** What a payment was for, in words a worker recognises (not what the agency called it). */
export const PAYMENT_PURPOSES = [
  'agency-service',
  'visa',
  'work-permit',
  'passport',
  'documents',
  'government-registration',
  'welfare-fund',
  'medical-exam',
  'insurance',
  'skills-test',
  'training',
  'equipment',
  'air-ticket',
  'local-travel',
  'accommodation',
  'deposit',
  'bond',
  'loan-repayment',
  'unofficial-payment',
  'other',
] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

/** Who received the money. */
export const PAYEES = ['recruitment-agency', 'sub-agent', 'employer', 'government', 'training-centre', 'medical-centre', 'other'] as const;
export type Payee = (typeof PAYEES)[number];

/** Who required the payment. `worker-choice`: the worker chose it freely; it was not needed to get the job. */
export const IMPOSERS = ['recruitment-agency', 'sub-agent', 'employer', 'government', 'worker-choice'] as const;
export type Imposer = (typeof IMPOSERS)[number];

export const WORKER_CATEGORIES = ['general', 'domestic'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];

export const WORKER_SEXES = ['female', 'male'] as const;
export type WorkerSex = (typeof WORKER_SEXES)[number];

/** Occupations some caps depend on (Indonesia's ten zero-cost jobs), plus a few common ones. */
export const OCCUPATIONS = [
  'housekeeper',
  'baby-carer',
  'elderly-carer',
  'cook',
  'family-driver',
  'gardener',
  'child-carer',
  'cleaner',
  'farm-plantation-worker',
  'fishing-crew',
  'construction',
  'manufacturing',
  'hospitality',
  'other',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

/** Largest amount accepted, in minor units: keeps sums and conversions exact and in range. */
export const MAX_MINOR = 1_000_000_000_000;
export const MAX_PAYMENTS = 200;
export const MAX_RATES = 30;
export const MAX_CONTRACT_MONTHS = 120;

/**
 * Countries of the job that some fee rule in `FEE_CAP_RULES` names (a destination's own rule, or an
 * origin's rule for work there), sorted. Kept here so a form can offer them without the rules; a
 * test checks it against the rules themselves.
 */
export const FEE_RULE_DESTINATIONS = ['AE', 'BH', 'BN', 'GB', 'HK', 'IE', 'KW', 'MY', 'NL', 'NO', 'NZ', 'OM', 'QA', 'SA', 'SG', 'TH'] as const;
