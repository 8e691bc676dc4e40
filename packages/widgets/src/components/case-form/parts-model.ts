/**
 * What the parts after consent compute from the form: new list items, whether a part was started,
 * and the hand-offs to the wage calculator and the complaint pathway. It comes with the engine
 * (`engine.ts`), with the parts it serves (`parts.ts`).
 */
import { CURRENCY_OF } from '@migrant-rights/sdk/geo';
import { parseMajor } from '@migrant-rights/sdk/money';
import { WAGE_THEFT_VIOLATIONS, type ViolationType } from '@migrant-rights/sdk/cases/choices';
import type { Problem } from '@migrant-rights/sdk/pathways';
import { typedDate, type ActionDraft, type CaseForm, type MrCaseNavigateDetail, type ReferralDraft, type Section, type ViolationDraft } from './form-model.js';

/**
 * The complaint-pathway problems a complaint can be linked to: the pathways module's list, kept here
 * by type only (importing the module would bundle all its pathway data into the form). A test checks
 * it stays equal to the SDK's `PROBLEMS`.
 */
export const PATHWAY_PROBLEMS = [
  'unpaid-wages',
  'underpayment',
  'end-of-service-unpaid',
  'documents-withheld',
  'contract-substitution',
  'excessive-hours',
  'abuse-violence',
  'change-employer-or-leave',
  'recruitment-fees',
] as const satisfies readonly Problem[];

export function emptyViolation(form: CaseForm): ViolationDraft {
  return { type: '', period: { from: '', to: '' }, amount: '', currency: CURRENCY_OF[form.journey.destination] ?? '' };
}
export const emptyAction = (): ActionDraft => ({ body: '', filedOn: '', outcome: 'pending', problem: '' });
export const emptyReferral = (): ReferralDraft => ({ kind: '', organisation: '', on: '' });

/** True when the person wrote anything in a part (to mark it "started" in the list of parts). */
export function sectionStarted(form: CaseForm, section: Section): boolean {
  const filled = (o: unknown): boolean =>
    typeof o === 'string' ? o.trim() !== '' : typeof o === 'boolean' ? o : Array.isArray(o) ? o.length > 0 : o !== null && typeof o === 'object' && Object.values(o).some(filled);
  switch (section) {
    case 'consent':
      return form.consent.given;
    case 'worker':
      return filled(form.worker);
    case 'journey':
      return filled(form.journey);
    case 'violations':
    case 'actions':
    case 'referrals':
      return form[section].length > 0;
    case 'status':
      return form.status !== 'open';
    case 'export':
      return false;
  }
}

// ---- hand-offs -----------------------------------------------------------------------------

/**
 * The complaint-pathway problem a case violation is about, for the "what to do next" hand-off.
 * Forced-labour indicators that are also a concrete problem map to it; the others have no pathway.
 * (A vocabulary bridge between two SDK modules; a candidate to move into the SDK.)
 */
export const PATHWAY_PROBLEM_OF: Readonly<Partial<Record<ViolationType, Problem>>> = {
  'unpaid-wages': 'unpaid-wages',
  'delayed-wages': 'unpaid-wages',
  'withheld-final-pay': 'unpaid-wages',
  'illegal-deductions': 'unpaid-wages',
  'unpaid-leave': 'unpaid-wages',
  'withholding-of-wages': 'unpaid-wages',
  underpayment: 'underpayment',
  'unpaid-overtime': 'excessive-hours',
  'excessive-overtime': 'excessive-hours',
  'unpaid-end-of-service': 'end-of-service-unpaid',
  'document-retention': 'documents-withheld',
  'retention-of-identity-documents': 'documents-withheld',
  'contract-substitution': 'contract-substitution',
  'recruitment-fees': 'recruitment-fees',
  'physical-sexual-violence': 'abuse-violence',
  'intimidation-threats': 'abuse-violence',
};

/** The problem of the first violation recorded that has a complaint pathway, else unpaid wages. */
export function pathwayProblemOf(form: CaseForm): Problem {
  for (const v of form.violations) {
    const problem = v.type ? PATHWAY_PROBLEM_OF[v.type] : undefined;
    if (problem) return problem;
  }
  return 'unpaid-wages';
}

export function workerCategoryOf(form: CaseForm): 'general' | 'domestic' {
  return form.worker.sector === 'domestic-work' ? 'domestic' : 'general';
}

/** Earliest start and latest end among the wage violations with dates (partial dates, as recorded). */
export function wagePeriodOf(form: CaseForm, wageTypes: readonly string[]): { from: string; to?: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const v of form.violations) {
    if (!wageTypes.includes(v.type)) continue;
    const f = typedDate(v.period.from);
    const t = typedDate(v.period.to);
    if (f && (!from || f < from)) from = f;
    if (t && (!to || t > to)) to = t;
  }
  return from ? (to ? { from, to } : { from }) : undefined;
}

/**
 * What "Calculate the claim" or "What to do next" hands to the other widget: the country of work,
 * the kind of worker and (for the calculator) the wage period and contract wage, or (for the pathway)
 * the problem; never names. Undefined while the country of work is not chosen.
 */
export function handoffDetail(form: CaseForm, to: 'wage-calculator' | 'complaint-pathway', locale: string): MrCaseNavigateDetail | undefined {
  const destination = form.journey.destination;
  if (!destination) return undefined;
  const workerCategory = workerCategoryOf(form);
  if (to === 'complaint-pathway') return { to, destination, workerCategory, problem: pathwayProblemOf(form) };
  const period = wagePeriodOf(form, WAGE_THEFT_VIOLATIONS);
  const c = form.journey.contract;
  const basicMonthly = c.currency && c.basicMonthly.trim() ? parseMajor(c.currency, c.basicMonthly, locale) : undefined;
  return { to, destination, workerCategory, ...(period ? { period } : {}), ...(basicMonthly && basicMonthly.minor >= 0 ? { basicMonthly } : {}) };
}
