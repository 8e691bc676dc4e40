/**
 * Minimum wages, keyed by what the law keys them by: the calendar (Qatar), the contract's signing
 * date (Hong Kong domestic helpers), a new or renewed contract (Kuwait) or the employer's size
 * (Malaysia until 2025-08-01).
 */
import type { IsoDate } from '../dates/index.js';
import { isDestination } from '../geo/index.js';
import { inForce } from '../provenance/index.js';
import type { Coded } from '../i18n/index.js';
import type { CountryWageData, MinimumWageFact } from './schema.js';
import { amountParam } from './facts.js';
import { isClaimDate } from './validate.js';
import type { EmployerSize, MinimumWageQuery, MinimumWageResult, MinimumWageStatus, WageRulesLookup, WorkerCategory } from './types.js';

export interface MinimumContext {
  category: WorkerCategory;
  employerSize?: EmployerSize | undefined;
  contractSignedOn?: IsoDate | undefined;
}

export type MonthlyMinimumFact = MinimumWageFact & { value: Extract<MinimumWageFact['value'], { kind: 'monthly' }> };

/** What the law says for one day: a monthly minimum, none (with the fact saying so), or nothing we hold. */
export type MinimumResolution =
  | { status: 'applies'; fact: MonthlyMinimumFact }
  | { status: 'none'; fact: MinimumWageFact; reason: Coded }
  | { status: 'not-covered'; reason: Coded };

const KEYED_BY_CONTRACT = new Set<MinimumWageFact['appliesBy']>(['contract-signing-date', 'new-or-renewed-contract']);

/**
 * The minimum for `on`. Contract-keyed rules use the contract's signing date; a query without one
 * (`strict` false) reads `on` as that date, while a claim (`strict` true) reports it as needed.
 */
export function resolveMinimum(data: CountryWageData, on: IsoDate, ctx: MinimumContext, strict: boolean): MinimumResolution {
  const facts = data.minimumWage.filter((f) => f.workerCategories.includes(ctx.category));
  let needsContractDate = false;
  let needsEmployerSize = false;
  let best: MinimumWageFact | undefined;
  for (const fact of facts) {
    const keyDate = KEYED_BY_CONTRACT.has(fact.appliesBy) ? (ctx.contractSignedOn ?? (strict ? undefined : on)) : on;
    if (keyDate === undefined) {
      needsContractDate = true;
      continue;
    }
    if (!inForce(fact, keyDate)) continue;
    if (fact.employerSizes) {
      if (!ctx.employerSize) {
        needsEmployerSize = true;
        continue;
      }
      if (!fact.employerSizes.includes(ctx.employerSize)) continue;
    }
    if (!best || fact.effectiveFrom > best.effectiveFrom) best = fact;
  }
  if (!best) {
    if (needsEmployerSize) return { status: 'not-covered', reason: { code: 'wages.minimum.employerSizeNeeded', params: { country: data.country } } };
    if (needsContractDate) return { status: 'not-covered', reason: { code: 'wages.minimum.contractDateNeeded', params: { country: data.country } } };
    return { status: 'not-covered', reason: { code: 'wages.minimum.notCovered', params: { country: data.country, date: on } } };
  }
  const value = best.value;
  if (value.kind === 'monthly') return { status: 'applies', fact: best as MonthlyMinimumFact };
  if (value.kind === 'none') return { status: 'none', fact: best, reason: { code: value.reason, params: { country: data.country } } };
  // An hourly minimum (Hong Kong SMW) cannot be turned into a monthly one without the hours worked.
  return {
    status: 'none',
    fact: best,
    reason: { code: 'wages.minimum.none.hourlyOnly', params: { country: data.country, hourly: amountParam(value.hourly), currency: value.hourly.currency, since: best.effectiveFrom } },
  };
}

/** The public shape of a monthly minimum: `monthly` is the minimum (basic) wage; allowances due in cash unless given in kind are `components`. */
export function toMinimumWageResult(fact: MonthlyMinimumFact): MinimumWageResult {
  const { basic, housing, food } = fact.value;
  return {
    monthly: basic,
    ...(housing || food ? { components: { basic, ...(food ? { food } : {}), ...(housing ? { housing } : {}) } } : {}),
    effectiveFrom: fact.effectiveFrom,
    ...(fact.effectiveTo ? { effectiveTo: fact.effectiveTo } : {}),
    appliesBy: fact.appliesBy,
    sources: fact.sources,
    verification: fact.verification,
    ...(fact.note ? { note: fact.note } : {}),
  };
}

/** Whether a minimum wage applies, none is set by law, or we hold no rule, and why, under the rules `lookup` gives. Never throws. */
export function minimumWageStatusWith(query: MinimumWageQuery, lookup: WageRulesLookup): MinimumWageStatus {
  const q = (query ?? {}) as Partial<MinimumWageQuery>;
  if (!isDestination(q.country)) return { status: 'not-covered', reason: { code: 'error.countryNotCovered', params: { country: String(q.country ?? '') } } };
  if (!isClaimDate(q.on)) return { status: 'not-covered', reason: { code: 'error.date', params: { field: 'on' } } };
  if (q.contractSignedOn !== undefined && !isClaimDate(q.contractSignedOn)) {
    return { status: 'not-covered', reason: { code: 'error.date', params: { field: 'contractSignedOn' } } };
  }
  const data = lookup(q.country);
  if (!data) return { status: 'not-covered', reason: { code: 'error.countryNotCovered', params: { country: q.country } } };
  const category: WorkerCategory = q.workerCategory === 'domestic' ? 'domestic' : 'general';
  const employerSize = q.employerSize === 'under-5' || q.employerSize === '5-or-more' ? q.employerSize : undefined;
  const resolved = resolveMinimum(data, q.on, { category, employerSize, contractSignedOn: q.contractSignedOn }, false);
  switch (resolved.status) {
    case 'applies':
      return { status: 'applies', rule: toMinimumWageResult(resolved.fact) };
    case 'none':
      return {
        status: 'none',
        reason: resolved.reason,
        sources: resolved.fact.sources,
        verification: resolved.fact.verification,
        ...(resolved.fact.note ? { note: resolved.fact.note } : {}),
      };
    default:
      return resolved;
  }
}
